-- Meetings of the bodies, their agenda and attendance (Features/Meetings/Meeting.cs).
-- Tables and indexes from `schema-script sqlite`.

CREATE TABLE "Meetings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Meetings" PRIMARY KEY AUTOINCREMENT,
    "BodyId" INTEGER NOT NULL,
    "StartsAt" TEXT NOT NULL,
    "EndsAt" TEXT NOT NULL,
    "Place" TEXT NOT NULL,
    "VideoLink" TEXT NOT NULL,
    "Mode" TEXT NOT NULL,
    "IsPublic" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "FirstConvocationId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Meetings_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Meetings_Meetings_FirstConvocationId" FOREIGN KEY ("FirstConvocationId") REFERENCES "Meetings" ("Id") ON DELETE SET NULL
);

CREATE TABLE "AgendaItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AgendaItems" PRIMARY KEY AUTOINCREMENT,
    "MeetingId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "DossierId" INTEGER NULL,
    "Description" TEXT NOT NULL,
    CONSTRAINT "FK_AgendaItems_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_AgendaItems_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Attendances" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Attendances" PRIMARY KEY AUTOINCREMENT,
    "MeetingId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "Presence" TEXT NOT NULL,
    "ProxyHolderId" INTEGER NULL,
    "RecordedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Attendances_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Attendances_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Attendances_People_ProxyHolderId" FOREIGN KEY ("ProxyHolderId") REFERENCES "People" ("Id") ON DELETE SET NULL
);

CREATE INDEX "IX_AgendaItems_DossierId" ON "AgendaItems" ("DossierId");
CREATE UNIQUE INDEX "IX_AgendaItems_MeetingId_Number" ON "AgendaItems" ("MeetingId", "Number");
CREATE UNIQUE INDEX "IX_Attendances_MeetingId_PersonId" ON "Attendances" ("MeetingId", "PersonId");
CREATE INDEX "IX_Attendances_PersonId" ON "Attendances" ("PersonId");
CREATE INDEX "IX_Attendances_ProxyHolderId" ON "Attendances" ("ProxyHolderId");
CREATE INDEX "IX_Meetings_BodyId_StartsAt" ON "Meetings" ("BodyId", "StartsAt");
CREATE INDEX "IX_Meetings_FirstConvocationId" ON "Meetings" ("FirstConvocationId");
CREATE INDEX "IX_Meetings_StartsAt" ON "Meetings" ("StartsAt");
