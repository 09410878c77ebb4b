-- A delivery's content is stored once per distinct message instead of on every row: a fan-out's 100,000 rows share
-- one or two payloads of a kilobyte or more. The id is the message's SHA-256 (base64url), so the same message
-- enqueued again is the same row.
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "Delivery" ADD COLUMN "messageId" TEXT;

-- The rows already queued or kept: one message per distinct payload (hashed from its stored text, so a later
-- identical message may get a row of its own, which changes nothing).
INSERT INTO "OutboxMessage" ("id", "payload", "createdAt")
SELECT translate(rtrim(encode(sha256(convert_to("payload"::text, 'UTF8')), 'base64'), '='), '+/', '-_'), "payload",
       min("createdAt")
FROM "Delivery"
GROUP BY "payload";

UPDATE "Delivery"
SET "messageId" = translate(rtrim(encode(sha256(convert_to("payload"::text, 'UTF8')), 'base64'), '='), '+/', '-_');

ALTER TABLE "Delivery" ALTER COLUMN "messageId" SET NOT NULL;
ALTER TABLE "Delivery" DROP COLUMN "payload";

-- A broadcast's row is unique per (broadcast, platform, chat) through its dedupeKey from now on: one unique index
-- less to write for every delivery of every job.
UPDATE "Delivery"
SET "dedupeKey" = 'broadcast:' || "broadcastId" || ':' || "platform"::text || ':' || "chatId"
WHERE "broadcastId" IS NOT NULL AND "dedupeKey" IS NULL;

DROP INDEX "Delivery_broadcastId_platform_chatId_key";

-- The worker's claim and its count use the (status, platform, notBefore) index.
DROP INDEX "Delivery_status_notBefore_idx";

-- No foreign key from Delivery to OutboxMessage: its check would run for each of a fan-out's 100,000 rows (a third
-- of the insert). The rows hold together by how they are written instead: enqueue upserts the message, moving its
-- time on and locking it, in the transaction that adds the deliveries, and retention removes only a message older
-- than the deliveries it keeps that no delivery names.
-- Nor to Broadcast, for the same cost: a broadcast's rows are written in transactions that hold its row locked, and
-- a broadcast is never deleted.
ALTER TABLE "Delivery" DROP CONSTRAINT "Delivery_broadcastId_fkey";
