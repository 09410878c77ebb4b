import { createHash, randomFillSync } from "node:crypto";
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
 * One statement per chunk, whatever its size: the rows travel as one JSON array (`json_to_recordset`), as short as
 * they can be, since passing the text to the driver costs about as much as the insert: each row names its message by
 * its place in the chunk's list of ids ($4), leaves out what is null, and gives only what follows the key prefix all
 * the chunk's dedupe keys share ($3). `ON CONFLICT DO NOTHING` skips a row whose dedupeKey already exists, as Prisma's
 * `createMany({ skipDuplicates })` did, at a fraction of its per-row cost in the client. Ids are made here (the
 * embedded database's `gen_random_uuid()` costs more than the insert), in order (see `orderedId`); times are UTC in
 * `timestamp without time zone`, as everywhere else.
 */
const INSERT_DELIVERIES = `
INSERT INTO "Delivery" ("id", "platform", "chatId", "messageId", "personId", "broadcastId", "dedupeKey", "notBefore", "createdAt")
SELECT r.i, r.f::"Platform", r.c, messages.id, r.p, r.b, $3 || r.k, COALESCE(r.n, $2)::timestamp(3), $2::timestamp(3)
FROM json_to_recordset($1::json) AS r(i text, f text, c text, m int, p text, b text, k text, n text)
JOIN json_array_elements_text($4::json) WITH ORDINALITY AS messages(id, place) ON messages.place = r.m
ON CONFLICT DO NOTHING`;

/** What all the keys begin with ("weekly-education:2026-W49:" for a week's fan-out); "" when none is shared. */
function sharedPrefix(keys: readonly string[]): string {
  let prefix = keys[0] ?? "";
  for (const key of keys) {
    while (!key.startsWith(prefix)) prefix = prefix.slice(0, -1);
    if (prefix === "") break;
  }
  return prefix;
}

let lastMs = 0;
let counter = 0;
const random = Buffer.alloc(8);

/**
 * A version 7 UUID: the time in milliseconds, then a counter, then random bits, so the ids of a fan-out's rows
 * increase and each lands at the right end of the primary key's index instead of on a random page of it (a third
 * less work for the insert at 100,000 rows). The time is the enqueue's `now` (the injected clock); the counter keeps
 * the ids increasing when that clock stands still, as a test's does.
 */
export function orderedId(now: Date): string {
  const ms = now.getTime();
  if (ms > lastMs) {
    lastMs = ms;
    counter = 0;
  } else if (++counter > 0xfff) {
    lastMs++;
    counter = 0;
  }
  randomFillSync(random);
  const time = lastMs.toString(16).padStart(12, "0");
  const rand = random.toString("hex");
  const variant = ((random[0] as number) & 0x3f) | 0x80;
  return `${time.slice(0, 8)}-${time.slice(8)}-7${counter.toString(16).padStart(3, "0")}-${variant.toString(16)}${rand.slice(2, 4)}-${rand.slice(4, 16)}`;
}

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
    const placeOf = new Map<OutgoingMessage, number>();
    const places = new Map<string, number>();
    const messages: { id: string; payload: string }[] = [];
    const prefix = sharedPrefix(chunk.flatMap((d) => (d.dedupeKey ? [d.dedupeKey] : [])));
    const rows = chunk.map((d) => {
      let place = placeOf.get(d.message);
      if (place === undefined) {
        const payload = JSON.stringify(toPayload(d.message));
        const id = messageId(payload);
        place = places.get(id);
        if (place === undefined) {
          place = messages.push({ id, payload });
          places.set(id, place);
        }
        placeOf.set(d.message, place);
      }
      const row: Record<string, string | number> = { i: orderedId(now), f: d.platform, c: d.chatId, m: place };
      if (d.personId) row.p = d.personId;
      if (d.broadcastId) row.b = d.broadcastId;
      if (d.dedupeKey) row.k = d.dedupeKey.slice(prefix.length);
      if (d.notBefore) row.n = d.notBefore.toISOString();
      return row;
    });
    const stored = messages.map((m) => `{"id":${JSON.stringify(m.id)},"payload":${m.payload}}`);
    await tx.$executeRawUnsafe(UPSERT_MESSAGES, `[${stored.join(",")}]`, at);
    added += await tx.$executeRawUnsafe(
      INSERT_DELIVERIES,
      JSON.stringify(rows),
      at,
      prefix,
      JSON.stringify(messages.map((m) => m.id)),
    );
  }
  return added;
}

/**
 * After thousands of rows arrive at once, fresh planner statistics keep the worker's claim on its index (PostgreSQL's
 * autovacuum would get there later; the embedded database has none). Outside any transaction.
 */
export async function refreshOutboxStatistics(prisma: PrismaClient, added: number): Promise<void> {
  if (added >= 500) await prisma.$executeRawUnsafe('ANALYZE "Delivery", "OutboxMessage"');
}
