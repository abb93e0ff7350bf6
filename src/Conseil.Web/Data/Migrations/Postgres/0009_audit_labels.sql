-- The audit log names each record in words when it is saved (Infrastructure/Audit, RecordLabels): "Mandat de … au siège 3 du collège 2".
ALTER TABLE "AuditEntries" ADD COLUMN "Label" character varying(400);
