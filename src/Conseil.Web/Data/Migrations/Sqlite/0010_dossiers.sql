-- Dossiers (issue 8): the work programme, referrals and their dossiers, documents, hearings, contributions,
-- working groups with their calls for candidates and threads, and notification preferences.
-- Tables and indexes from `schema-script sqlite`.

CREATE TABLE "WorkProgrammes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkProgrammes" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NOT NULL,
    "AdoptedOn" TEXT NULL,
    "Introduction" TEXT NOT NULL
);

CREATE TABLE "NotificationPreferences" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_NotificationPreferences" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "Mode" TEXT NOT NULL,
    "UnsubscribeToken" TEXT NOT NULL,
    CONSTRAINT "FK_NotificationPreferences_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PendingNotifications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PendingNotifications" PRIMARY KEY AUTOINCREMENT,
    "PersonId" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Link" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PendingNotifications_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Axes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Axes" PRIMARY KEY AUTOINCREMENT,
    "WorkProgrammeId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    CONSTRAINT "FK_Axes_WorkProgrammes_WorkProgrammeId" FOREIGN KEY ("WorkProgrammeId") REFERENCES "WorkProgrammes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Dossiers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Dossiers" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "ReceivedOn" TEXT NOT NULL,
    "Deadline" TEXT NULL,
    "BodyId" INTEGER NULL,
    "AxisId" INTEGER NULL,
    "State" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "LetterDocumentId" INTEGER NULL,
    CONSTRAINT "FK_Dossiers_Axes_AxisId" FOREIGN KEY ("AxisId") REFERENCES "Axes" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Dossiers_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "WorkItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkItems" PRIMARY KEY AUTOINCREMENT,
    "AxisId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "BodyId" INTEGER NULL,
    "Deliverable" TEXT NOT NULL,
    "PlannedOn" TEXT NULL,
    "Progress" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_WorkItems_Axes_AxisId" FOREIGN KEY ("AxisId") REFERENCES "Axes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_WorkItems_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Contributions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Contributions" PRIMARY KEY AUTOINCREMENT,
    "DossierId" INTEGER NULL,
    "AxisId" INTEGER NULL,
    "ContributorKind" TEXT NOT NULL,
    "AuthorName" TEXT NOT NULL,
    "AuthorEmail" TEXT NULL,
    "OrganisationName" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "OriginalText" TEXT NULL,
    "SharedText" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Findings" TEXT NOT NULL,
    "ReceivedAt" TEXT NOT NULL,
    "RedactedAt" TEXT NULL,
    "Consented" INTEGER NOT NULL,
    "PolicyAreas" TEXT NOT NULL,
    CONSTRAINT "FK_Contributions_Axes_AxisId" FOREIGN KEY ("AxisId") REFERENCES "Axes" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Contributions_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE SET NULL
);

CREATE TABLE "DossierDocuments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DossierDocuments" PRIMARY KEY AUTOINCREMENT,
    "DossierId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "IsPublic" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_DossierDocuments_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DossierMinistries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DossierMinistries" PRIMARY KEY AUTOINCREMENT,
    "DossierId" INTEGER NOT NULL,
    "OrganisationId" INTEGER NOT NULL,
    CONSTRAINT "FK_DossierMinistries_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DossierMinistries_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DossierMoves" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DossierMoves" PRIMARY KEY AUTOINCREMENT,
    "DossierId" INTEGER NOT NULL,
    "From" TEXT NULL,
    "To" TEXT NOT NULL,
    "On" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "ByName" TEXT NOT NULL,
    "Comment" TEXT NOT NULL,
    CONSTRAINT "FK_DossierMoves_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DossierQuestions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DossierQuestions" PRIMARY KEY AUTOINCREMENT,
    "DossierId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_DossierQuestions_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DossierThemes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DossierThemes" PRIMARY KEY AUTOINCREMENT,
    "DossierId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    CONSTRAINT "FK_DossierThemes_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Hearings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Hearings" PRIMARY KEY AUTOINCREMENT,
    "DossierId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "Place" TEXT NOT NULL,
    "Notes" TEXT NOT NULL,
    "Minutes" TEXT NOT NULL,
    CONSTRAINT "FK_Hearings_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "WorkingGroups" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkingGroups" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Mission" TEXT NOT NULL,
    "DossierId" INTEGER NULL,
    "AxisId" INTEGER NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NOT NULL,
    "ClosedOn" TEXT NULL,
    CONSTRAINT "FK_WorkingGroups_Axes_AxisId" FOREIGN KEY ("AxisId") REFERENCES "Axes" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_WorkingGroups_Dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "Dossiers" ("Id") ON DELETE SET NULL
);

CREATE TABLE "ContributionAttachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ContributionAttachments" PRIMARY KEY AUTOINCREMENT,
    "ContributionId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "StorageName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "IsHeld" INTEGER NOT NULL,
    CONSTRAINT "FK_ContributionAttachments_Contributions_ContributionId" FOREIGN KEY ("ContributionId") REFERENCES "Contributions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DocumentVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DocumentVersions" PRIMARY KEY AUTOINCREMENT,
    "DocumentId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "StorageName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "Comment" TEXT NOT NULL,
    CONSTRAINT "FK_DocumentVersions_DossierDocuments_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "DossierDocuments" ("Id") ON DELETE CASCADE
);

CREATE TABLE "HearingParticipants" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_HearingParticipants" PRIMARY KEY AUTOINCREMENT,
    "HearingId" INTEGER NOT NULL,
    "FullName" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Organisation" TEXT NOT NULL,
    "ConsentsToPublication" INTEGER NOT NULL,
    CONSTRAINT "FK_HearingParticipants_Hearings_HearingId" FOREIGN KEY ("HearingId") REFERENCES "Hearings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "HearingThemes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_HearingThemes" PRIMARY KEY AUTOINCREMENT,
    "HearingId" INTEGER NOT NULL,
    "DossierThemeId" INTEGER NOT NULL,
    CONSTRAINT "FK_HearingThemes_DossierThemes_DossierThemeId" FOREIGN KEY ("DossierThemeId") REFERENCES "DossierThemes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_HearingThemes_Hearings_HearingId" FOREIGN KEY ("HearingId") REFERENCES "Hearings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CallsForCandidates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CallsForCandidates" PRIMARY KEY AUTOINCREMENT,
    "WorkingGroupId" INTEGER NOT NULL,
    "Description" TEXT NOT NULL,
    "OpensOn" TEXT NOT NULL,
    "ClosesOn" TEXT NOT NULL,
    "DecidedOn" TEXT NULL,
    CONSTRAINT "FK_CallsForCandidates_WorkingGroups_WorkingGroupId" FOREIGN KEY ("WorkingGroupId") REFERENCES "WorkingGroups" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GroupMembers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GroupMembers" PRIMARY KEY AUTOINCREMENT,
    "WorkingGroupId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    CONSTRAINT "FK_GroupMembers_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_GroupMembers_WorkingGroups_WorkingGroupId" FOREIGN KEY ("WorkingGroupId") REFERENCES "WorkingGroups" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GroupThreads" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GroupThreads" PRIMARY KEY AUTOINCREMENT,
    "WorkingGroupId" INTEGER NOT NULL,
    "Subject" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_GroupThreads_WorkingGroups_WorkingGroupId" FOREIGN KEY ("WorkingGroupId") REFERENCES "WorkingGroups" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Candidacies" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Candidacies" PRIMARY KEY AUTOINCREMENT,
    "CallForCandidatesId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "Motivation" TEXT NOT NULL,
    "SubmittedAt" TEXT NOT NULL,
    "Decision" TEXT NOT NULL,
    CONSTRAINT "FK_Candidacies_CallsForCandidates_CallForCandidatesId" FOREIGN KEY ("CallForCandidatesId") REFERENCES "CallsForCandidates" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Candidacies_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GroupPosts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GroupPosts" PRIMARY KEY AUTOINCREMENT,
    "GroupThreadId" INTEGER NOT NULL,
    "PersonId" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    CONSTRAINT "FK_GroupPosts_GroupThreads_GroupThreadId" FOREIGN KEY ("GroupThreadId") REFERENCES "GroupThreads" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_GroupPosts_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_Axes_WorkProgrammeId_Number" ON "Axes" ("WorkProgrammeId", "Number");

CREATE INDEX "IX_CallsForCandidates_WorkingGroupId_OpensOn" ON "CallsForCandidates" ("WorkingGroupId", "OpensOn");

CREATE UNIQUE INDEX "IX_Candidacies_CallForCandidatesId_PersonId" ON "Candidacies" ("CallForCandidatesId", "PersonId");

CREATE INDEX "IX_Candidacies_PersonId" ON "Candidacies" ("PersonId");

CREATE INDEX "IX_ContributionAttachments_ContributionId" ON "ContributionAttachments" ("ContributionId");

CREATE UNIQUE INDEX "IX_ContributionAttachments_StorageName" ON "ContributionAttachments" ("StorageName");

CREATE INDEX "IX_Contributions_AxisId" ON "Contributions" ("AxisId");

CREATE INDEX "IX_Contributions_DossierId_ReceivedAt" ON "Contributions" ("DossierId", "ReceivedAt");

CREATE INDEX "IX_Contributions_Status_ReceivedAt" ON "Contributions" ("Status", "ReceivedAt");

CREATE UNIQUE INDEX "IX_DocumentVersions_DocumentId_Number" ON "DocumentVersions" ("DocumentId", "Number");

CREATE UNIQUE INDEX "IX_DocumentVersions_StorageName" ON "DocumentVersions" ("StorageName");

CREATE INDEX "IX_DossierDocuments_DossierId_CreatedAt" ON "DossierDocuments" ("DossierId", "CreatedAt");

CREATE UNIQUE INDEX "IX_DossierMinistries_DossierId_OrganisationId" ON "DossierMinistries" ("DossierId", "OrganisationId");

CREATE INDEX "IX_DossierMinistries_OrganisationId" ON "DossierMinistries" ("OrganisationId");

CREATE INDEX "IX_DossierMoves_DossierId_At" ON "DossierMoves" ("DossierId", "At");

CREATE UNIQUE INDEX "IX_DossierQuestions_DossierId_Number" ON "DossierQuestions" ("DossierId", "Number");

CREATE INDEX "IX_Dossiers_AxisId" ON "Dossiers" ("AxisId");

CREATE INDEX "IX_Dossiers_BodyId" ON "Dossiers" ("BodyId");

CREATE INDEX "IX_Dossiers_State_Deadline" ON "Dossiers" ("State", "Deadline");

CREATE UNIQUE INDEX "IX_DossierThemes_DossierId_Number" ON "DossierThemes" ("DossierId", "Number");

CREATE INDEX "IX_GroupMembers_PersonId" ON "GroupMembers" ("PersonId");

CREATE UNIQUE INDEX "IX_GroupMembers_WorkingGroupId_PersonId" ON "GroupMembers" ("WorkingGroupId", "PersonId");

CREATE INDEX "IX_GroupPosts_GroupThreadId_At" ON "GroupPosts" ("GroupThreadId", "At");

CREATE INDEX "IX_GroupPosts_PersonId" ON "GroupPosts" ("PersonId");

CREATE INDEX "IX_GroupThreads_WorkingGroupId_CreatedAt" ON "GroupThreads" ("WorkingGroupId", "CreatedAt");

CREATE INDEX "IX_HearingParticipants_HearingId" ON "HearingParticipants" ("HearingId");

CREATE INDEX "IX_Hearings_DossierId_At" ON "Hearings" ("DossierId", "At");

CREATE INDEX "IX_HearingThemes_DossierThemeId" ON "HearingThemes" ("DossierThemeId");

CREATE UNIQUE INDEX "IX_HearingThemes_HearingId_DossierThemeId" ON "HearingThemes" ("HearingId", "DossierThemeId");

CREATE UNIQUE INDEX "IX_NotificationPreferences_PersonId" ON "NotificationPreferences" ("PersonId");

CREATE UNIQUE INDEX "IX_NotificationPreferences_UnsubscribeToken" ON "NotificationPreferences" ("UnsubscribeToken");

CREATE INDEX "IX_PendingNotifications_PersonId_CreatedAt" ON "PendingNotifications" ("PersonId", "CreatedAt");

CREATE INDEX "IX_WorkingGroups_AxisId" ON "WorkingGroups" ("AxisId");

CREATE INDEX "IX_WorkingGroups_DossierId" ON "WorkingGroups" ("DossierId");

CREATE INDEX "IX_WorkItems_AxisId_SortOrder" ON "WorkItems" ("AxisId", "SortOrder");

CREATE INDEX "IX_WorkItems_BodyId" ON "WorkItems" ("BodyId");

CREATE INDEX "IX_WorkProgrammes_StartDate" ON "WorkProgrammes" ("StartDate");
