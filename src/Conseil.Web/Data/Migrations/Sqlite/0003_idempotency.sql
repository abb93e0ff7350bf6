-- Answers to API writes sent with an Idempotency-Key (Infrastructure/Idempotency), from `schema-script sqlite`.
CREATE TABLE "IdempotencyRecords" (
    "UserId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Method" TEXT NOT NULL,
    "Path" TEXT NOT NULL,
    "RequestHash" TEXT NOT NULL,
    "StatusCode" INTEGER NOT NULL,
    "ContentType" TEXT NULL,
    "Location" TEXT NULL,
    "ResponseBody" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "PK_IdempotencyRecords" PRIMARY KEY ("Key", "UserId")
);

CREATE INDEX "IX_IdempotencyRecords_CreatedAt" ON "IdempotencyRecords" ("CreatedAt");
