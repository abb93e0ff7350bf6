-- The deliverables of the dossiers: their parts and chapters, themes and numbered recommendations with their addressees
-- and evidence, and the versions saved (Features/Deliverables/). Tables and indexes from `schema-script sqlite`.

CREATE TABLE "Deliverables" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Deliverables" PRIMARY KEY AUTOINCREMENT,
    "DossierId" INTEGER NOT NULL,
    "BodyId" INTEGER NULL,
    "Kind" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "EasyRead" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Deliverables_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Deliverables_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DeliverableSections" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeliverableSections" PRIMARY KEY AUTOINCREMENT,
    "DeliverableId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Level" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_DeliverableSections_Deliverables_DeliverableId" FOREIGN KEY ("DeliverableId") REFERENCES "Deliverables" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RecommendationThemes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RecommendationThemes" PRIMARY KEY AUTOINCREMENT,
    "DeliverableId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    CONSTRAINT "FK_RecommendationThemes_Deliverables_DeliverableId" FOREIGN KEY ("DeliverableId") REFERENCES "Deliverables" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Recommendations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Recommendations" PRIMARY KEY AUTOINCREMENT,
    "DeliverableId" INTEGER NOT NULL,
    "ThemeId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Priority" TEXT NOT NULL,
    CONSTRAINT "FK_Recommendations_Deliverables_DeliverableId" FOREIGN KEY ("DeliverableId") REFERENCES "Deliverables" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Recommendations_RecommendationThemes_ThemeId" FOREIGN KEY ("ThemeId") REFERENCES "RecommendationThemes" ("Id")
);

CREATE TABLE "RecommendationAddressees" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RecommendationAddressees" PRIMARY KEY AUTOINCREMENT,
    "RecommendationId" INTEGER NOT NULL,
    "OrganisationId" INTEGER NOT NULL,
    CONSTRAINT "FK_RecommendationAddressees_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_RecommendationAddressees_Recommendations_RecommendationId" FOREIGN KEY ("RecommendationId") REFERENCES "Recommendations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RecommendationEvidence" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RecommendationEvidence" PRIMARY KEY AUTOINCREMENT,
    "RecommendationId" INTEGER NOT NULL,
    "HearingId" INTEGER NULL,
    "ContributionId" INTEGER NULL,
    "DocumentId" INTEGER NULL,
    CONSTRAINT "FK_RecommendationEvidence_Contributions_ContributionId" FOREIGN KEY ("ContributionId") REFERENCES "Contributions" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RecommendationEvidence_DossierDocuments_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "DossierDocuments" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RecommendationEvidence_Hearings_HearingId" FOREIGN KEY ("HearingId") REFERENCES "Hearings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_RecommendationEvidence_Recommendations_RecommendationId" FOREIGN KEY ("RecommendationId") REFERENCES "Recommendations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DeliverableVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeliverableVersions" PRIMARY KEY AUTOINCREMENT,
    "DeliverableId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "SavedAt" TEXT NOT NULL,
    "SavedBy" TEXT NOT NULL,
    "Note" TEXT NOT NULL,
    "Content" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    CONSTRAINT "FK_DeliverableVersions_Deliverables_DeliverableId" FOREIGN KEY ("DeliverableId") REFERENCES "Deliverables" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Deliverables_BodyId" ON "Deliverables" ("BodyId");

CREATE INDEX "IX_Deliverables_DossierId" ON "Deliverables" ("DossierId");

CREATE INDEX "IX_DeliverableSections_DeliverableId_Position" ON "DeliverableSections" ("DeliverableId", "Position");

CREATE INDEX "IX_RecommendationThemes_DeliverableId_Position" ON "RecommendationThemes" ("DeliverableId", "Position");

CREATE INDEX "IX_Recommendations_DeliverableId_Number" ON "Recommendations" ("DeliverableId", "Number");

CREATE INDEX "IX_Recommendations_ThemeId" ON "Recommendations" ("ThemeId");

CREATE INDEX "IX_RecommendationAddressees_OrganisationId" ON "RecommendationAddressees" ("OrganisationId");

CREATE UNIQUE INDEX "IX_RecommendationAddressees_RecommendationId_OrganisationId" ON "RecommendationAddressees" ("RecommendationId", "OrganisationId");

CREATE INDEX "IX_RecommendationEvidence_ContributionId" ON "RecommendationEvidence" ("ContributionId");

CREATE INDEX "IX_RecommendationEvidence_DocumentId" ON "RecommendationEvidence" ("DocumentId");

CREATE INDEX "IX_RecommendationEvidence_HearingId" ON "RecommendationEvidence" ("HearingId");

CREATE INDEX "IX_RecommendationEvidence_RecommendationId" ON "RecommendationEvidence" ("RecommendationId");

CREATE UNIQUE INDEX "IX_DeliverableVersions_DeliverableId_Number" ON "DeliverableVersions" ("DeliverableId", "Number");
