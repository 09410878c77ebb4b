import { createHash, randomUUID } from "node:crypto";
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
   * once: e.g. "weekly-education:2026-W48:<identityId>", or "broadcast:<id>:<platform>:<chat>" for a broadcast's.
   */
  dedupeKey?: string | null;
  /** Not sent before this time (a scheduled broadcast). Defaults to now. */
  notBefore?: Date;
}

type Tx = Prisma.TransactionClient | PrismaClient;

/** Rows per statement: a fan-out's batch (JOB_BATCH_SIZE, 1,000 by default) is one statement. */
const CHUNK = 5000;

/**
 * Each distinct message of a chunk, once: a message already stored (the same text sent again, or a resumed fan-out)
 * is kept and its time moved on, which also locks it against the retention's removal until this transaction ends.
 */
const UPSERT_MESSAGES = `
INSERT INTO "OutboxMessage" ("id", "payload", "createdAt")
SELECT m.id, m.payload, $2::timestamp(3) FROM jsonb_to_recordset($1::jsonb) AS m(id text, payload jsonb)
ON CONFLICT ("id") DO UPDATE SET "createdAt" = EXCLUDED."createdAt"`;

/**
 * One statement per chunk, whatever its size: the rows travel as one JSON array (`json_to_recordset`), each naming
 * its message by id. `ON CONFLICT DO NOTHING` skips a row whose dedupeKey already exists, as Prisma's
 * `createMany({ skipDuplicates })` did, at a fraction of its per-row cost in the client. Ids are version 4 UUIDs
 * made here, as Prisma makes them (the embedded database's `gen_random_uuid()` costs more than the insert); times
 * are UTC in `timestamp without time zone`, as everywhere else.
 */
const INSERT_DELIVERIES = `
INSERT INTO "Delivery" ("id", "platform", "chatId", "messageId", "personId", "broadcastId", "dedupeKey", "notBefore", "createdAt")
SELECT r.i, r.f::"Platform", r.c, r.m, r.p, r.b, r.k, COALESCE(r.n, $2)::timestamp(3), $2::timestamp(3)
FROM json_to_recordset($1::json) AS r(i text, f text, c text, m text, p text, b text, k text, n text)
ON CONFLICT DO NOTHING`;

/** A stored message's id: the SHA-256 of its stored JSON, so the same message is stored once. */
export function messageId(payloadJson: string): string {
  return createHash("sha256").update(payloadJson).digest("base64url");
}

/**
 * Writes deliveries in the caller's transaction, so the business change and the messages it causes commit together.
 * Rows whose dedupeKey already exists are skipped. Returns how many were added. Each distinct message is stored once
 * (see OutboxMessage); deliveries sharing one message object have it serialised and hashed once: give a fan-out's
 * recipients the same object per language.
 */
export async function enqueue(tx: Tx, deliveries: readonly DeliveryInput[], now: Date = new Date()): Promise<number> {
  let added = 0;
  const at = now.toISOString();
  for (let i = 0; i < deliveries.length; i += CHUNK) {
    const chunk = deliveries.slice(i, i + CHUNK);
    const idOf = new Map<OutgoingMessage, string>();
    const messages = new Map<string, string>();
    const rows = chunk.map((d) => {
      let id = idOf.get(d.message);
      if (id === undefined) {
        const payload = JSON.stringify(toPayload(d.message));
        id = messageId(payload);
        messages.set(id, payload);
        idOf.set(d.message, id);
      }
      return {
        i: randomUUID(),
        f: d.platform,
        c: d.chatId,
        m: id,
        p: d.personId ?? null,
        b: d.broadcastId ?? null,
        k: d.dedupeKey ?? null,
        n: d.notBefore?.toISOString() ?? null,
      };
    });
    const stored = [...messages].map(([id, payload]) => `{"id":${JSON.stringify(id)},"payload":${payload}}`);
    await tx.$executeRawUnsafe(UPSERT_MESSAGES, `[${stored.join(",")}]`, at);
    added += await tx.$executeRawUnsafe(INSERT_DELIVERIES, JSON.stringify(rows), at);
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
