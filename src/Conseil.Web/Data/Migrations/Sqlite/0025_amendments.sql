-- The amendments proposed to a deliverable's draft, and their fate (Features/Deliverables/Amendments/).
-- Table and indexes from `schema-script sqlite`.

CREATE TABLE "Amendments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Amendments" PRIMARY KEY AUTOINCREMENT,
    "DeliverableId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "SectionId" INTEGER NULL,
    "RecommendationId" INTEGER NULL,
    "Target" TEXT NOT NULL,
    "OriginalText" TEXT NOT NULL,
    "ProposedText" TEXT NOT NULL,
    "Justification" TEXT NOT NULL,
    "PersonId" INTEGER NULL,
    "AuthorName" TEXT NOT NULL,
    "ProposedAt" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "DecidedAt" TEXT NULL,
    "DecidedBy" TEXT NOT NULL,
    "VersionNumber" INTEGER NULL,
    CONSTRAINT "FK_Amendments_DeliverableSections_SectionId" FOREIGN KEY ("SectionId") REFERENCES "DeliverableSections" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Amendments_Deliverables_DeliverableId" FOREIGN KEY ("DeliverableId") REFERENCES "Deliverables" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Amendments_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Amendments_Recommendations_RecommendationId" FOREIGN KEY ("RecommendationId") REFERENCES "Recommendations" ("Id") ON DELETE SET NULL
);

CREATE UNIQUE INDEX "IX_Amendments_DeliverableId_Number" ON "Amendments" ("DeliverableId", "Number");

CREATE INDEX "IX_Amendments_PersonId" ON "Amendments" ("PersonId");

CREATE INDEX "IX_Amendments_RecommendationId" ON "Amendments" ("RecommendationId");

CREATE INDEX "IX_Amendments_SectionId" ON "Amendments" ("SectionId");
