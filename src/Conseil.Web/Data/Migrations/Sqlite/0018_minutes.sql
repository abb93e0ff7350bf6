-- The procès-verbal of a meeting and its summary of the debate on each agenda item (Features/Meetings/Minutes/Minutes.cs).
-- Tables and indexes from `schema-script sqlite`.

CREATE TABLE "MeetingMinutes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MeetingMinutes" PRIMARY KEY AUTOINCREMENT,
    "MeetingId" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Opening" TEXT NOT NULL,
    "CirculatedAt" TEXT NULL,
    "ApprovedAt" TEXT NULL,
    "ApprovedByItemId" INTEGER NULL,
    CONSTRAINT "FK_MeetingMinutes_AgendaItems_ApprovedByItemId" FOREIGN KEY ("ApprovedByItemId") REFERENCES "AgendaItems" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_MeetingMinutes_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "MinutesEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MinutesEntries" PRIMARY KEY AUTOINCREMENT,
    "MeetingMinutesId" INTEGER NOT NULL,
    "AgendaItemId" INTEGER NOT NULL,
    "Debate" TEXT NOT NULL,
    CONSTRAINT "FK_MinutesEntries_AgendaItems_AgendaItemId" FOREIGN KEY ("AgendaItemId") REFERENCES "AgendaItems" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MinutesEntries_MeetingMinutes_MeetingMinutesId" FOREIGN KEY ("MeetingMinutesId") REFERENCES "MeetingMinutes" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_MeetingMinutes_ApprovedByItemId" ON "MeetingMinutes" ("ApprovedByItemId");
CREATE UNIQUE INDEX "IX_MeetingMinutes_MeetingId" ON "MeetingMinutes" ("MeetingId");
CREATE INDEX "IX_MinutesEntries_AgendaItemId" ON "MinutesEntries" ("AgendaItemId");
CREATE UNIQUE INDEX "IX_MinutesEntries_MeetingMinutesId_AgendaItemId" ON "MinutesEntries" ("MeetingMinutesId", "AgendaItemId");
