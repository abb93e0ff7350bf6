-- The answers of the people convened to a meeting, and the proxies they give (Features/Meetings/Replies/ConvocationReply.cs).
-- Table and indexes from `schema-script sqlite`.

CREATE TABLE "ConvocationReplies" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ConvocationReplies" PRIMARY KEY AUTOINCREMENT,
    "MeetingId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "Answer" TEXT NOT NULL,
    "ProxyHolderId" INTEGER NULL,
    "RepliedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ConvocationReplies_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ConvocationReplies_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ConvocationReplies_People_ProxyHolderId" FOREIGN KEY ("ProxyHolderId") REFERENCES "People" ("Id") ON DELETE SET NULL
);

CREATE UNIQUE INDEX "IX_ConvocationReplies_MeetingId_PersonId" ON "ConvocationReplies" ("MeetingId", "PersonId");
CREATE INDEX "IX_ConvocationReplies_PersonId" ON "ConvocationReplies" ("PersonId");
CREATE INDEX "IX_ConvocationReplies_ProxyHolderId" ON "ConvocationReplies" ("ProxyHolderId");
