-- Votes on agenda items: the vote (its method, majority, tally and outcome), one ballot per vote counted (unique per
-- member and vote: a ballot is recorded once), and the conflicts of interest declared (Features/Meetings/Votes/Vote.cs).
-- Tables and indexes from `schema-script sqlite`.

CREATE TABLE "Votes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Votes" PRIMARY KEY AUTOINCREMENT,
    "AgendaItemId" INTEGER NOT NULL,
    "Method" TEXT NOT NULL,
    "Majority" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "OpenedAt" TEXT NOT NULL,
    "ClosedAt" TEXT NULL,
    "Entitled" INTEGER NOT NULL,
    "For" INTEGER NOT NULL,
    "Against" INTEGER NOT NULL,
    "Abstain" INTEGER NOT NULL,
    "Required" INTEGER NOT NULL,
    "Outcome" TEXT NULL,
    "CastingVote" TEXT NULL,
    "ByCastingVote" INTEGER NOT NULL,
    CONSTRAINT "FK_Votes_AgendaItems_AgendaItemId" FOREIGN KEY ("AgendaItemId") REFERENCES "AgendaItems" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Ballots" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Ballots" PRIMARY KEY AUTOINCREMENT,
    "VoteId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "HolderId" INTEGER NOT NULL,
    "Choice" TEXT NULL,
    "CastAt" TEXT NULL,
    CONSTRAINT "FK_Ballots_People_HolderId" FOREIGN KEY ("HolderId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Ballots_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Ballots_Votes_VoteId" FOREIGN KEY ("VoteId") REFERENCES "Votes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ConflictsOfInterest" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ConflictsOfInterest" PRIMARY KEY AUTOINCREMENT,
    "AgendaItemId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "DeclaredAt" TEXT NOT NULL,
    CONSTRAINT "FK_ConflictsOfInterest_AgendaItems_AgendaItemId" FOREIGN KEY ("AgendaItemId") REFERENCES "AgendaItems" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ConflictsOfInterest_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Ballots_HolderId" ON "Ballots" ("HolderId");
CREATE INDEX "IX_Ballots_PersonId" ON "Ballots" ("PersonId");
CREATE UNIQUE INDEX "IX_Ballots_VoteId_PersonId" ON "Ballots" ("VoteId", "PersonId");
CREATE UNIQUE INDEX "IX_ConflictsOfInterest_AgendaItemId_PersonId" ON "ConflictsOfInterest" ("AgendaItemId", "PersonId");
CREATE INDEX "IX_ConflictsOfInterest_PersonId" ON "ConflictsOfInterest" ("PersonId");
CREATE UNIQUE INDEX "IX_Votes_AgendaItemId" ON "Votes" ("AgendaItemId");
