-- Rules of the bodies (Features/Composition/BodyRules): a maximum of members, one representative per college,
-- and the college each member represents. Columns from `schema-script postgres`.
ALTER TABLE "Bodies" ADD COLUMN "MaxMembers" integer;
ALTER TABLE "Bodies" ADD COLUMN "OnePerCollege" boolean NOT NULL DEFAULT FALSE;
ALTER TABLE "BodyMemberships" ADD COLUMN "RepresentedCollegeId" integer
    CONSTRAINT "FK_BodyMemberships_Colleges_RepresentedCollegeId" REFERENCES "Colleges" ("Id") ON DELETE RESTRICT;
CREATE INDEX "IX_BodyMemberships_RepresentedCollegeId" ON "BodyMemberships" ("RepresentedCollegeId");

-- The texts' defaults for the two reference bodies (fresh databases get them from ReferenceBodies).
UPDATE "Bodies" SET "MaxMembers" = 12 WHERE "Slug" = 'commission-permanente';
UPDATE "Bodies" SET "OnePerCollege" = TRUE WHERE "Slug" = 'cedts';

-- Current CEDTS members who hold no presidency or vice-presidency represent the college of their current mandate.
UPDATE "BodyMemberships" AS b SET "RepresentedCollegeId" = (
    SELECT s."CollegeId" FROM "Mandates" m
    JOIN "Seats" s ON s."Id" = m."SeatId"
    JOIN "Colleges" c ON c."Id" = s."CollegeId"
    WHERE m."PersonId" = b."PersonId" AND m."Status" = 'Active'
      AND m."StartDate" <= CURRENT_DATE AND CURRENT_DATE <= m."EndDate"
    ORDER BY c."Number" LIMIT 1)
WHERE b."BodyId" IN (SELECT "Id" FROM "Bodies" WHERE "Slug" = 'cedts')
  AND (b."EndDate" IS NULL OR b."EndDate" > CURRENT_DATE)
  AND NOT EXISTS (SELECT 1 FROM "Offices" o
      WHERE o."PersonId" = b."PersonId" AND o."Kind" IN ('President', 'VicePresident')
        AND o."StartDate" <= CURRENT_DATE AND (o."EndDate" IS NULL OR CURRENT_DATE <= o."EndDate"));
