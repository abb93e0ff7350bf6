-- Initial schema, generated from the EF model by `schema-script sqlite`.
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "UserName" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL
);


CREATE TABLE "Bodies" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Bodies" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "CompositionRule" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL
);


CREATE TABLE "Colleges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Colleges" PRIMARY KEY AUTOINCREMENT,
    "Number" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Quota" INTEGER NOT NULL,
    "QuotaDetail" TEXT NOT NULL,
    "HasSubstitutes" INTEGER NOT NULL
);


CREATE TABLE "LocalCommittees" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LocalCommittees" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "TerritoryLevel" TEXT NOT NULL,
    "TerritoryCode" TEXT NOT NULL,
    "TerritoryName" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "CreatedYear" INTEGER NULL
);


CREATE TABLE "Organisations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Acronym" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Website" TEXT NULL
);


CREATE TABLE "People" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_People" PRIMARY KEY AUTOINCREMENT,
    "GivenName" TEXT NOT NULL,
    "FamilyName" TEXT NOT NULL,
    "Gender" TEXT NOT NULL,
    "Email" TEXT NULL,
    "IsDemo" INTEGER NOT NULL
);


CREATE TABLE "Terms" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Terms" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NOT NULL,
    "AppointingAct" TEXT NOT NULL
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Seats" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Seats" PRIMARY KEY AUTOINCREMENT,
    "CollegeId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "Label" TEXT NOT NULL,
    "OrganisationId" INTEGER NULL,
    CONSTRAINT "FK_Seats_Colleges_CollegeId" FOREIGN KEY ("CollegeId") REFERENCES "Colleges" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Seats_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "PersonId" INTEGER NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE SET NULL
);


CREATE TABLE "BodyMemberships" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BodyMemberships" PRIMARY KEY AUTOINCREMENT,
    "BodyId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NULL,
    CONSTRAINT "FK_BodyMemberships_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_BodyMemberships_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Offices" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Offices" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NULL,
    "Note" TEXT NOT NULL,
    CONSTRAINT "FK_Offices_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Mandates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Mandates" PRIMARY KEY AUTOINCREMENT,
    "SeatId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "TermId" INTEGER NOT NULL,
    "OrganisationId" INTEGER NULL,
    "Role" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NOT NULL,
    "AppointingAct" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    CONSTRAINT "FK_Mandates_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Mandates_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Mandates_Seats_SeatId" FOREIGN KEY ("SeatId") REFERENCES "Seats" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Mandates_Terms_TermId" FOREIGN KEY ("TermId") REFERENCES "Terms" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE INDEX "IX_AspNetUsers_PersonId" ON "AspNetUsers" ("PersonId");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE INDEX "IX_AuditEntries_At" ON "AuditEntries" ("At");


CREATE INDEX "IX_AuditEntries_EntityType_EntityId" ON "AuditEntries" ("EntityType", "EntityId");


CREATE UNIQUE INDEX "IX_Bodies_Slug" ON "Bodies" ("Slug");


CREATE UNIQUE INDEX "IX_BodyMemberships_BodyId_PersonId_StartDate" ON "BodyMemberships" ("BodyId", "PersonId", "StartDate");


CREATE INDEX "IX_BodyMemberships_PersonId" ON "BodyMemberships" ("PersonId");


CREATE UNIQUE INDEX "IX_Colleges_Number" ON "Colleges" ("Number");


CREATE INDEX "IX_LocalCommittees_TerritoryCode" ON "LocalCommittees" ("TerritoryCode");


CREATE INDEX "IX_Mandates_EndDate" ON "Mandates" ("EndDate");


CREATE INDEX "IX_Mandates_OrganisationId" ON "Mandates" ("OrganisationId");


CREATE INDEX "IX_Mandates_PersonId_TermId" ON "Mandates" ("PersonId", "TermId");


CREATE INDEX "IX_Mandates_SeatId_StartDate" ON "Mandates" ("SeatId", "StartDate");


CREATE INDEX "IX_Mandates_TermId" ON "Mandates" ("TermId");


CREATE INDEX "IX_Offices_Kind_StartDate" ON "Offices" ("Kind", "StartDate");


CREATE INDEX "IX_Offices_PersonId" ON "Offices" ("PersonId");


CREATE UNIQUE INDEX "IX_Organisations_Acronym" ON "Organisations" ("Acronym");


CREATE INDEX "IX_People_FamilyName_GivenName" ON "People" ("FamilyName", "GivenName");


CREATE UNIQUE INDEX "IX_Seats_CollegeId_Number" ON "Seats" ("CollegeId", "Number");


CREATE INDEX "IX_Seats_OrganisationId" ON "Seats" ("OrganisationId");


CREATE UNIQUE INDEX "IX_Terms_Name" ON "Terms" ("Name");



