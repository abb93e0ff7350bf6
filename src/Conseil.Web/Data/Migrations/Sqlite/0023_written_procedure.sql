-- The written procedure: a body's members consulted by personal link until a deadline, and their votes
-- (Features/Meetings/Written/WrittenConsultation.cs). Tables and indexes from `schema-script sqlite`.

CREATE TABLE "WrittenConsultations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WrittenConsultations" PRIMARY KEY AUTOINCREMENT,
    "BodyId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Proposal" TEXT NOT NULL,
    "Majority" TEXT NOT NULL,
    "OpenedAt" TEXT NOT NULL,
    "ClosesAt" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ClosedAt" TEXT NULL,
    "Consulted" INTEGER NOT NULL,
    "For" INTEGER NOT NULL,
    "Against" INTEGER NOT NULL,
    "Abstain" INTEGER NOT NULL,
    "Required" INTEGER NOT NULL,
    "Outcome" TEXT NULL,
    CONSTRAINT "FK_WrittenConsultations_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE CASCADE
);

CREATE TABLE "WrittenBallots" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WrittenBallots" PRIMARY KEY AUTOINCREMENT,
    "WrittenConsultationId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "Choice" TEXT NULL,
    "CastAt" TEXT NULL,
    CONSTRAINT "FK_WrittenBallots_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_WrittenBallots_WrittenConsultations_WrittenConsultationId" FOREIGN KEY ("WrittenConsultationId") REFERENCES "WrittenConsultations" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_WrittenBallots_PersonId" ON "WrittenBallots" ("PersonId");
CREATE UNIQUE INDEX "IX_WrittenBallots_TokenHash" ON "WrittenBallots" ("TokenHash");
CREATE UNIQUE INDEX "IX_WrittenBallots_WrittenConsultationId_PersonId" ON "WrittenBallots" ("WrittenConsultationId", "PersonId");
CREATE INDEX "IX_WrittenConsultations_BodyId_ClosesAt" ON "WrittenConsultations" ("BodyId", "ClosesAt");
CREATE INDEX "IX_WrittenConsultations_ClosesAt" ON "WrittenConsultations" ("ClosesAt");
