-- A work item of the programme may name the dossier that carries it (Features/Programme/WorkProgramme.cs, WorkItem.DossierId).
-- Columns from `schema-script sqlite`.
ALTER TABLE "WorkItems" ADD COLUMN "DossierId" INTEGER NULL
    CONSTRAINT "FK_WorkItems_Dossiers_DossierId" REFERENCES "Dossiers" ("Id") ON DELETE SET NULL;
CREATE INDEX "IX_WorkItems_DossierId" ON "WorkItems" ("DossierId");
