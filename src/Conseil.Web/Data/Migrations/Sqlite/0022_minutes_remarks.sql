-- The remarks the people convened make on a circulated procès-verbal (Features/Meetings/Minutes/MinutesRemark.cs).
-- Table and indexes from `schema-script sqlite`.

CREATE TABLE "MinutesRemarks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MinutesRemarks" PRIMARY KEY AUTOINCREMENT,
    "MeetingMinutesId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "AgendaItemId" INTEGER NULL,
    "Text" TEXT NOT NULL,
    "MadeAt" TEXT NOT NULL,
    CONSTRAINT "FK_MinutesRemarks_AgendaItems_AgendaItemId" FOREIGN KEY ("AgendaItemId") REFERENCES "AgendaItems" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MinutesRemarks_MeetingMinutes_MeetingMinutesId" FOREIGN KEY ("MeetingMinutesId") REFERENCES "MeetingMinutes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MinutesRemarks_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_MinutesRemarks_AgendaItemId" ON "MinutesRemarks" ("AgendaItemId");
CREATE INDEX "IX_MinutesRemarks_MeetingMinutesId_MadeAt" ON "MinutesRemarks" ("MeetingMinutesId", "MadeAt");
CREATE INDEX "IX_MinutesRemarks_PersonId" ON "MinutesRemarks" ("PersonId");
