-- The meeting pack: the document versions joined to each agenda item (Features/Meetings/Pack/PackDocument.cs), and the
-- text a vote is bound to, with its SHA-256 when the vote opened (Features/Meetings/Votes/Vote.cs).
-- Table and indexes from `schema-script sqlite`.

CREATE TABLE "PackDocuments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PackDocuments" PRIMARY KEY AUTOINCREMENT,
    "AgendaItemId" INTEGER NOT NULL,
    "DocumentVersionId" INTEGER NOT NULL,
    "AddedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PackDocuments_AgendaItems_AgendaItemId" FOREIGN KEY ("AgendaItemId") REFERENCES "AgendaItems" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PackDocuments_DocumentVersions_DocumentVersionId" FOREIGN KEY ("DocumentVersionId") REFERENCES "DocumentVersions" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_PackDocuments_AgendaItemId_DocumentVersionId" ON "PackDocuments" ("AgendaItemId", "DocumentVersionId");
CREATE INDEX "IX_PackDocuments_DocumentVersionId" ON "PackDocuments" ("DocumentVersionId");

ALTER TABLE "Votes" ADD COLUMN "TextVersionId" INTEGER NULL;
ALTER TABLE "Votes" ADD COLUMN "TextSha256" TEXT NOT NULL DEFAULT '';
