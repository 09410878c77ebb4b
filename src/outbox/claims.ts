import type { Platform } from "../core/messages.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";

export interface ClaimedDelivery {
  id: string;
  chatId: string;
  payload: unknown;
  attempts: number;
  broadcastId: string | null;
  uncertainAt: Date | null;
  partsSent: number;
}

/**
 * Claims up to `limit` due deliveries of one platform and marks them `sending` in the same statement, committed
 * before anything is sent: a crash after this point leaves them visibly `sending`, never silently pending.
 * `FOR UPDATE SKIP LOCKED` lets several instances on one PostgreSQL take disjoint batches; on PGlite (one process,
 * one worker) the same statement simply never meets a lock.
 * With `resendUncertain`, deliveries whose earlier send may or may not have arrived are taken again.
 */
export async function claimDue(
  prisma: PrismaClient,
  o: {
    platform: Platform;
    limit: number;
    now: Date;
    instanceId: string;
    resendUncertain: boolean;
    maxAttempts: number;
  },
): Promise<ClaimedDelivery[]> {
  if (o.limit <= 0) return [];
  // Interrupted sends first (rare), then the queue; each statement walks the (status, platform, notBefore) index.
  const again = o.resendUncertain ? await claimWithStatus(prisma, "uncertain", o) : [];
  return again.length >= o.limit
    ? again
    : [...again, ...(await claimWithStatus(prisma, "pending", { ...o, limit: o.limit - again.length }))];
}

async function claimWithStatus(
  prisma: PrismaClient,
  status: "pending" | "uncertain",
  o: { platform: Platform; limit: number; now: Date; instanceId: string; maxAttempts: number },
): Promise<ClaimedDelivery[]> {
  // A chat's messages go in the order they were queued: ties in notBefore fall to the id, which grows with the
  // enqueue (see orderedId), and the rows come back in that order, which UPDATE … RETURNING alone does not promise.
  return prisma.$queryRaw<ClaimedDelivery[]>`
    WITH claimed AS (
    UPDATE "Delivery" AS d
       SET status = 'sending', "claimedAt" = ${o.now}, "claimedBy" = ${o.instanceId}, attempts = d.attempts + 1
      FROM "OutboxMessage" AS m
     WHERE m.id = d."messageId" AND d.id IN (
       SELECT id FROM "Delivery"
        WHERE status = ${status}::"DeliveryStatus"
          AND platform = ${o.platform}::"Platform"
          AND "notBefore" <= ${o.now}
          AND attempts < ${o.maxAttempts}
        ORDER BY "notBefore", id
        LIMIT ${o.limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING d.id, d."chatId", m.payload, d.attempts, d."broadcastId", d."uncertainAt", d."partsSent", d."notBefore")
    SELECT id, "chatId", payload, attempts, "broadcastId", "uncertainAt", "partsSent" FROM claimed
     ORDER BY "notBefore", id`;
}

/**
 * Deliveries left `sending` by a process that died: their send may or may not have reached the person. They become
 * `uncertain` (with the time, kept forever, and who had them), never silently pending again nor dropped.
 * `all` is for the embedded database, where a `sending` row at start-up can only come from a dead process.
 */
export async function markInterrupted(
  prisma: PrismaClient,
  o: { now: Date; instanceId: string; staleBefore: Date; all: boolean; giveUpAtAttempts: number },
): Promise<number> {
  // A row that will not be re-sent (its attempts are used up, when uncertain rows are re-sent) ends `failed`, still
  // marked by uncertainAt: it may have arrived.
  return prisma.$executeRaw`
    UPDATE "Delivery"
       SET status = CASE WHEN attempts >= ${o.giveUpAtAttempts} THEN 'failed'::"DeliveryStatus"
                         ELSE 'uncertain'::"DeliveryStatus" END,
           "uncertainAt" = COALESCE("uncertainAt", ${o.now}),
           "lastError" = 'interrupted while sending (claimed by ' || COALESCE("claimedBy", '?') || ')'
     WHERE status = 'sending'
       AND (${o.all} OR "claimedBy" = ${o.instanceId} OR "claimedAt" < ${o.staleBefore})`;
}
