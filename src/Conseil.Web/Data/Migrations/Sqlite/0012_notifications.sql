-- Notifications (Features/Notifications): the deadlines already announced to a dossier's groups, so the daily job
-- tells them once; the one-click unsubscribe address of news messages (List-Unsubscribe headers, RFC 8058).
-- Statements from `schema-script sqlite`.
CREATE TABLE "DeadlineNotices" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeadlineNotices" PRIMARY KEY AUTOINCREMENT,
    "DossierId" INTEGER NOT NULL,
    "Deadline" TEXT NOT NULL,
    "AnnouncedAt" TEXT NOT NULL,
    CONSTRAINT "FK_DeadlineNotices_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_DeadlineNotices_DossierId_Deadline" ON "DeadlineNotices" ("DossierId", "Deadline");

ALTER TABLE "OutboxMessages" ADD COLUMN "ListUnsubscribe" TEXT NULL;
