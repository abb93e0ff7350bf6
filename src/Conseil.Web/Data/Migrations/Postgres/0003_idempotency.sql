-- Answers to API writes sent with an Idempotency-Key (Infrastructure/Idempotency), from `schema-script postgres`.
CREATE TABLE "IdempotencyRecords" (
    "UserId" character varying(450) NOT NULL,
    "Key" character varying(100) NOT NULL,
    "Method" character varying(10) NOT NULL,
    "Path" character varying(400) NOT NULL,
    "RequestHash" character varying(64) NOT NULL,
    "StatusCode" integer NOT NULL,
    "ContentType" character varying(200),
    "Location" character varying(400),
    "ResponseBody" text NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_IdempotencyRecords" PRIMARY KEY ("Key", "UserId")
);

CREATE INDEX "IX_IdempotencyRecords_CreatedAt" ON "IdempotencyRecords" ("CreatedAt");
