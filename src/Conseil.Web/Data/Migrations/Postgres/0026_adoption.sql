-- The adoption of a deliverable: the agenda item that puts one version to the vote, and on the deliverable the version
-- adopted, when, and the date it was handed over (Features/Deliverables/Adoption/). Columns from `schema-script postgres`.
ALTER TABLE "AgendaItems" ADD COLUMN "DeliverableVersionId" integer
    CONSTRAINT "FK_AgendaItems_DeliverableVersions_DeliverableVersionId" REFERENCES "DeliverableVersions" ("Id") ON DELETE SET NULL;
CREATE INDEX "IX_AgendaItems_DeliverableVersionId" ON "AgendaItems" ("DeliverableVersionId");
ALTER TABLE "Deliverables" ADD COLUMN "AdoptedVersionNumber" integer;
ALTER TABLE "Deliverables" ADD COLUMN "AdoptedAt" timestamp with time zone;
ALTER TABLE "Deliverables" ADD COLUMN "HandedOverOn" date;
