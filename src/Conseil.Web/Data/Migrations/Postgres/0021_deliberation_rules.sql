-- How each body deliberates (Features/Meetings/Rules/DeliberationRules.cs), CRPA defaults for the bodies already there,
-- and the quorum rule a meeting was concluded under (Features/Meetings/Meeting.cs). Columns from `schema-script postgres`.

ALTER TABLE "Bodies" ADD COLUMN "Quorum" character varying(40) NOT NULL DEFAULT 'HalfOfMembers';
ALTER TABLE "Bodies" ADD COLUMN "SecondConvocationWithoutQuorum" boolean NOT NULL DEFAULT TRUE;
ALTER TABLE "Bodies" ADD COLUMN "Majority" character varying(40) NOT NULL DEFAULT 'MembersPresentOrRepresented';
ALTER TABLE "Bodies" ADD COLUMN "MaxProxiesHeld" integer NOT NULL DEFAULT 1;

ALTER TABLE "Meetings" ADD COLUMN "Quorum" character varying(40);
UPDATE "Meetings" SET "Quorum" = CASE WHEN "FirstConvocationId" IS NULL THEN 'HalfOfMembers' ELSE 'None' END
WHERE "Status" IN ('Held', 'Postponed');
