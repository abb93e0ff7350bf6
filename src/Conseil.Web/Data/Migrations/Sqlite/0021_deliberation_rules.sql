-- How each body deliberates (Features/Meetings/Rules/DeliberationRules.cs), CRPA defaults for the bodies already there,
-- and the quorum rule a meeting was concluded under (Features/Meetings/Meeting.cs). Columns from `schema-script sqlite`.

ALTER TABLE "Bodies" ADD COLUMN "Quorum" TEXT NOT NULL DEFAULT 'HalfOfMembers';
ALTER TABLE "Bodies" ADD COLUMN "SecondConvocationWithoutQuorum" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Bodies" ADD COLUMN "Majority" TEXT NOT NULL DEFAULT 'MembersPresentOrRepresented';
ALTER TABLE "Bodies" ADD COLUMN "MaxProxiesHeld" INTEGER NOT NULL DEFAULT 1;

ALTER TABLE "Meetings" ADD COLUMN "Quorum" TEXT NULL;
UPDATE "Meetings" SET "Quorum" = CASE WHEN "FirstConvocationId" IS NULL THEN 'HalfOfMembers' ELSE 'None' END
WHERE "Status" IN ('Held', 'Postponed');
