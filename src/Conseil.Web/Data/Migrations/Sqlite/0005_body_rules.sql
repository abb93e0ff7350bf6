-- Rules of the bodies (Features/Composition/BodyRules): a maximum of members, one representative per college,
-- and the college each member represents. Columns from `schema-script sqlite`.
ALTER TABLE "Bodies" ADD COLUMN "MaxMembers" INTEGER NULL;
ALTER TABLE "Bodies" ADD COLUMN "OnePerCollege" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "BodyMemberships" ADD COLUMN "RepresentedCollegeId" INTEGER NULL
    CONSTRAINT "FK_BodyMemberships_Colleges_RepresentedCollegeId" REFERENCES "Colleges" ("Id") ON DELETE RESTRICT;
CREATE INDEX "IX_BodyMemberships_RepresentedCollegeId" ON "BodyMemberships" ("RepresentedCollegeId");

-- The texts' defaults for the two reference bodies (fresh databases get them from ReferenceBodies).
UPDATE "Bodies" SET "MaxMembers" = 12 WHERE "Slug" = 'commission-permanente';
UPDATE "Bodies" SET "OnePerCollege" = 1 WHERE "Slug" = 'cedts';

-- Current CEDTS members who hold no presidency or vice-presidency represent the college of their current mandate.
UPDATE "BodyMemberships" SET "RepresentedCollegeId" = (
    SELECT s."CollegeId" FROM "Mandates" m
    JOIN "Seats" s ON s."Id" = m."SeatId"
    JOIN "Colleges" c ON c."Id" = s."CollegeId"
    WHERE m."PersonId" = "BodyMemberships"."PersonId" AND m."Status" = 'Active'
      AND m."StartDate" <= date('now') AND date('now') <= m."EndDate"
    ORDER BY c."Number" LIMIT 1)
WHERE "BodyId" IN (SELECT "Id" FROM "Bodies" WHERE "Slug" = 'cedts')
  AND ("EndDate" IS NULL OR "EndDate" > date('now'))
  AND NOT EXISTS (SELECT 1 FROM "Offices" o
      WHERE o."PersonId" = "BodyMemberships"."PersonId" AND o."Kind" IN ('President', 'VicePresident')
        AND o."StartDate" <= date('now') AND (o."EndDate" IS NULL OR date('now') <= o."EndDate"));
