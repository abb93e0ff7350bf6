-- Hearings (Features/Dossiers/Hearings/HearingDocument.cs): the dossier's documents attached to a hearing (its minutes).
-- Statements from `schema-script sqlite`.
CREATE TABLE "HearingDocuments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_HearingDocuments" PRIMARY KEY AUTOINCREMENT,
    "HearingId" INTEGER NOT NULL,
    "DocumentId" INTEGER NOT NULL,
    CONSTRAINT "FK_HearingDocuments_DossierDocuments_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "DossierDocuments" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_HearingDocuments_Hearings_HearingId" FOREIGN KEY ("HearingId") REFERENCES "Hearings" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_HearingDocuments_DocumentId" ON "HearingDocuments" ("DocumentId");
CREATE UNIQUE INDEX "IX_HearingDocuments_HearingId_DocumentId" ON "HearingDocuments" ("HearingId", "DocumentId");
