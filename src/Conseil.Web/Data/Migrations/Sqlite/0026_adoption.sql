-- The adoption of a deliverable: the agenda item that puts one version to the vote, and on the deliverable the version
-- adopted, when, and the date it was handed over (Features/Deliverables/Adoption/). Columns from `schema-script sqlite`.
ALTER TABLE "AgendaItems" ADD COLUMN "DeliverableVersionId" INTEGER NULL
    CONSTRAINT "FK_AgendaItems_DeliverableVersions_DeliverableVersionId" REFERENCES "DeliverableVersions" ("Id") ON DELETE SET NULL;
CREATE INDEX "IX_AgendaItems_DeliverableVersionId" ON "AgendaItems" ("DeliverableVersionId");
ALTER TABLE "Deliverables" ADD COLUMN "AdoptedVersionNumber" INTEGER NULL;
ALTER TABLE "Deliverables" ADD COLUMN "AdoptedAt" TEXT NULL;
ALTER TABLE "Deliverables" ADD COLUMN "HandedOverOn" TEXT NULL;
