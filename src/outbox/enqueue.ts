import { randomUUID } from "node:crypto";
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

/** Rows per statement: a fan-out's batch (JOB_BATCH_SIZE, 1,000 by default) is one statement. */
const CHUNK = 5000;

/**
 * One statement per chunk, whatever its size: the rows travel as one JSON array (`json_to_recordset`) and each
 * distinct message's payload once (a fan-out's 1,000 rows share one or two payloads of a kilobyte or more), joined by
 * position. `ON CONFLICT DO NOTHING` skips a row whose dedupeKey, or (broadcast, platform, chat), already exists, as
 * Prisma's `createMany({ skipDuplicates })` did, at a fraction of its per-row cost in the client. Ids are version 4
 * UUIDs made here, as Prisma makes them (the embedded database's `gen_random_uuid()` costs more than the insert); times are UTC in `timestamp without time zone`, as everywhere else.
 */
const INSERT_DELIVERIES = `
WITH payloads AS (
  SELECT (e.ord - 1)::int AS i, e.value AS payload FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(value, ord)
)
INSERT INTO "Delivery" ("id", "platform", "chatId", "payload", "personId", "broadcastId", "dedupeKey", "notBefore", "createdAt")
SELECT r.i, r.f::"Platform", r.c, payloads.payload, r.p, r.b, r.k, COALESCE(r.n, $3)::timestamp(3),
  $3::timestamp(3)
FROM json_to_recordset($1::json) AS r(i text, f text, c text, p text, b text, k text, n text, m int)
JOIN payloads ON payloads.i = r.m
ON CONFLICT DO NOTHING`;

/**
 * Writes deliveries in the caller's transaction, so the business change and the messages it causes commit together.
 * Rows whose dedupeKey (or broadcast, platform and chat) already exist are skipped. Returns how many were added.
 * Deliveries sharing one message object share its stored payload (built once): give a fan-out's recipients the same
 * object per language.
 */
export async function enqueue(tx: Tx, deliveries: readonly DeliveryInput[], now: Date = new Date()): Promise<number> {
  let added = 0;
  for (let i = 0; i < deliveries.length; i += CHUNK) {
    const chunk = deliveries.slice(i, i + CHUNK);
    const byMessage = new Map<OutgoingMessage, number>();
    const byPayload = new Map<string, number>();
    const payloads: string[] = [];
    const rows = chunk.map((d) => {
      let m = byMessage.get(d.message);
      if (m === undefined) {
        const payload = JSON.stringify(toPayload(d.message));
        m = byPayload.get(payload);
        if (m === undefined) {
          m = payloads.push(payload) - 1;
          byPayload.set(payload, m);
        }
        byMessage.set(d.message, m);
      }
      return {
        i: randomUUID(),
        f: d.platform,
        c: d.chatId,
        p: d.personId ?? null,
        b: d.broadcastId ?? null,
        k: d.dedupeKey ?? null,
        n: d.notBefore?.toISOString() ?? null,
        m,
      };
    });
    added += await tx.$executeRawUnsafe(
      INSERT_DELIVERIES,
      JSON.stringify(rows),
      `[${payloads.join(",")}]`,
      now.toISOString(),
    );
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
