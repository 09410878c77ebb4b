import type { OutgoingMessage, Platform } from "../core/messages.ts";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { toPayload } from "./payload.ts";

/** One message to one chat on one platform, to be sent by the outbox worker. */
export interface DeliveryInput {
  platform: Platform;
  chatId: string;
  message: OutgoingMessage;
  personId?: string | null;
  broadcastId?: string | null;
  /**
   * Makes this message to this recipient unique, so a job that runs twice (or a retried transaction) enqueues it
   * once: e.g. "weekly-education:2026-W48:<identityId>". Rows of a broadcast are unique per (broadcast, platform, chat).
   */
  dedupeKey?: string | null;
  /** Not sent before this time (a scheduled broadcast). Defaults to now. */
  notBefore?: Date;
}

type Tx = Prisma.TransactionClient | PrismaClient;

const CHUNK = 1000;

/**
 * Writes deliveries in the caller's transaction, so the business change and the messages it causes commit together.
 * Rows whose dedupeKey (or broadcast, platform and chat) already exist are skipped. Returns how many were added.
 */
export async function enqueue(tx: Tx, deliveries: readonly DeliveryInput[], now: Date = new Date()): Promise<number> {
  let added = 0;
  for (let i = 0; i < deliveries.length; i += CHUNK) {
    const { count } = await tx.delivery.createMany({
      data: deliveries.slice(i, i + CHUNK).map((d) => ({
        platform: d.platform,
        chatId: d.chatId,
        payload: toPayload(d.message),
        personId: d.personId ?? null,
        broadcastId: d.broadcastId ?? null,
        dedupeKey: d.dedupeKey ?? null,
        notBefore: d.notBefore ?? now,
        createdAt: now,
      })),
      skipDuplicates: true,
    });
    added += count;
  }
  return added;
}

/**
 * After thousands of rows arrive at once, fresh planner statistics keep the worker's claim on its index (PostgreSQL's
 * autovacuum would get there later; the embedded database has none). Outside any transaction.
 */
export async function refreshOutboxStatistics(prisma: PrismaClient, added: number): Promise<void> {
  if (added >= 500) await prisma.$executeRawUnsafe('ANALYZE "Delivery"');
}
