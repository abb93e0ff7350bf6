-- Accounts for real members (Features/Accounts): deactivation, and single-use links of invitations and forgotten passwords.
ALTER TABLE "AspNetUsers" ADD COLUMN "DeactivatedAt" TEXT NULL;

CREATE TABLE "AccountTokens" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AccountTokens" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "UsedAt" TEXT NULL,
    CONSTRAINT "FK_AccountTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_AccountTokens_TokenHash" ON "AccountTokens" ("TokenHash");
CREATE INDEX "IX_AccountTokens_UserId" ON "AccountTokens" ("UserId");
