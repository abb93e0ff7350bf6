-- Contributions (Features/Contributions): calls for contributions opening a dossier or an axis to the public form,
-- the receipt number given to the contributor, the date of the secretariat's decision, and what the scan found in
-- each attachment. Columns from `schema-script sqlite`.
CREATE TABLE "ContributionCalls" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContributionCalls" PRIMARY KEY AUTOINCREMENT,
    "DossierId" INTEGER NULL,
    "AxisId" INTEGER NULL,
    "Invitation" TEXT NOT NULL,
    "OpensOn" TEXT NOT NULL,
    "ClosesOn" TEXT NULL,
    CONSTRAINT "FK_ContributionCalls_Axes_AxisId" FOREIGN KEY ("AxisId") REFERENCES "Axes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ContributionCalls_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_ContributionCalls_AxisId" ON "ContributionCalls" ("AxisId");
CREATE UNIQUE INDEX "IX_ContributionCalls_DossierId" ON "ContributionCalls" ("DossierId");

ALTER TABLE "Contributions" ADD COLUMN "Receipt" TEXT NULL;
ALTER TABLE "Contributions" ADD COLUMN "DecidedAt" TEXT NULL;
CREATE UNIQUE INDEX "IX_Contributions_Receipt" ON "Contributions" ("Receipt");

ALTER TABLE "ContributionAttachments" ADD COLUMN "Findings" TEXT NOT NULL DEFAULT '';
