-- AlterTable: an update is "processed" only once its answer has left, the claim and the stored replies say how far
-- its handling got.
ALTER TABLE "InboundUpdate" ADD COLUMN "claimedAt" TIMESTAMP(3),
ADD COLUMN "replies" JSONB;

-- Existing unfinished claims keep their claim time, so they are taken over after the same stale period as before.
UPDATE "InboundUpdate" SET "claimedAt" = "receivedAt" WHERE "processedAt" IS NULL;

-- AlterTable: a message of several platform calls resumes after the parts already sent.
ALTER TABLE "Delivery" ADD COLUMN "partsSent" INTEGER NOT NULL DEFAULT 0;
