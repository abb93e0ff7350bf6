-- French a person reads (Infrastructure/French, Infrastructure/Search): the article an organisation's name takes
-- ("de l'AMF", "de la CNAF"), and the folded key people are searched and sorted by. Columns from `schema-script postgres`.
ALTER TABLE "Organisations" ADD COLUMN "Article" character varying(40) NOT NULL DEFAULT 'None';
-- "C": the key sorts by code point, as SQLite and .NET's ordinal comparison do, whatever the cluster's locale.
ALTER TABLE "People" ADD COLUMN "SearchKey" character varying(201) COLLATE "C" NOT NULL DEFAULT '';
CREATE INDEX "IX_People_SearchKey" ON "People" ("SearchKey");
-- The key is folded by .NET code (Infrastructure/Search/SearchKey.cs), not by SQL: existing people get theirs at
-- start-up (SearchKeys.BackfillAsync), so both databases hold exactly the same keys.

-- The articles of the organisations the texts name (fresh databases get them from ReferenceOrganisations).
UPDATE "Organisations" SET "Article" = 'Elided' WHERE "Acronym" IN ('AMF', 'ADF', 'ANAS', 'Unccas', 'Odas', 'Uniopss');
UPDATE "Organisations" SET "Article" = 'La' WHERE "Acronym" IN ('DGCS', 'CNAF', 'CNAM', 'CNAV', 'CCMSA', 'FAS');

-- The reference seats named after them, written before the article existed ("Représentant de AMF").
UPDATE "Seats" SET "Label" = 'Représentant de l''' || substr("Label", 17)
WHERE "Label" IN ('Représentant de AMF', 'Représentant de ADF', 'Représentant de Unccas', 'Représentant de Odas', 'Représentant de Uniopss');
UPDATE "Seats" SET "Label" = 'Représentant de la ' || substr("Label", 17)
WHERE "Label" IN ('Représentant de CNAF', 'Représentant de CNAM', 'Représentant de CNAV', 'Représentant de CCMSA', 'Représentant de FAS');
