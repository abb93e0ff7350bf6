-- Convocations by e-mail and iCalendar feeds (Features/Meetings/Calendar, Features/Meetings/ConvocationMails.cs):
-- a meeting's invitation version and the last convocation sent, private calendar addresses (hashed secrets), and
-- files attached to the outbox's messages (the .ics invitation).

ALTER TABLE "Meetings" ADD COLUMN "Sequence" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Meetings" ADD COLUMN "ConvokedAt" TEXT NULL;
ALTER TABLE "Meetings" ADD COLUMN "ConvokedSequence" INTEGER NULL;

CREATE TABLE "CalendarFeeds" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CalendarFeeds" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NULL,
    "BodyId" INTEGER NULL,
    "TokenHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_CalendarFeeds_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CalendarFeeds_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_CalendarFeeds_BodyId" ON "CalendarFeeds" ("BodyId");
CREATE INDEX "IX_CalendarFeeds_PersonId" ON "CalendarFeeds" ("PersonId");
CREATE UNIQUE INDEX "IX_CalendarFeeds_TokenHash" ON "CalendarFeeds" ("TokenHash");

CREATE TABLE "OutboxAttachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxAttachments" PRIMARY KEY AUTOINCREMENT,
    "OutboxMessageId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    CONSTRAINT "FK_OutboxAttachments_OutboxMessages_OutboxMessageId" FOREIGN KEY ("OutboxMessageId") REFERENCES "OutboxMessages" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_OutboxAttachments_OutboxMessageId" ON "OutboxAttachments" ("OutboxMessageId");
