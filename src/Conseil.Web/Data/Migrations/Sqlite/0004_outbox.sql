-- The mail outbox (Infrastructure/Mail): messages written with the change that causes them, then sent, from `schema-script sqlite`.
CREATE TABLE "OutboxMessages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY AUTOINCREMENT,
    "MessageId" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "TextBody" TEXT NOT NULL,
    "HtmlBody" TEXT NOT NULL,
    "Sensitive" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "ClaimedUntil" TEXT NULL,
    "LastError" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    "PurgedAt" TEXT NULL
);

CREATE UNIQUE INDEX "IX_OutboxMessages_MessageId" ON "OutboxMessages" ("MessageId");

CREATE INDEX "IX_OutboxMessages_Status_NextAttemptAt" ON "OutboxMessages" ("Status", "NextAttemptAt");
