import type { OutgoingMessage } from "../core/messages.ts";
import type { Db } from "../domain/db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { PlannedMessage } from "./job.ts";

const BATCH = 500;

/**
 * Writes the outbox rows of planned messages: one Delivery per reachable chat account of each recipient, keyed
 * "<key>:<platform>" so the same message is never queued twice. Call it inside the transaction that claimed the
 * job's period. Returns how many rows were written. (When the outbox exposes its own enqueue, this calls it.)
 */
export async function enqueueDeliveries(tx: Db, planned: readonly PlannedMessage[], now: Date): Promise<number> {
  const rows: Prisma.DeliveryCreateManyInput[] = [];
  for (const { recipient, key, message } of planned) {
    for (const identity of recipient.identities) {
      rows.push({
        dedupeKey: `${key}:${identity.platform}`,
        personId: recipient.id,
        platform: identity.platform,
        chatId: identity.chatId,
        payload: toPayload(message),
        notBefore: now,
        createdAt: now,
      });
    }
  }
  let written = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    const { count } = await tx.delivery.createMany({ data: rows.slice(i, i + BATCH), skipDuplicates: true });
    written += count;
  }
  return written;
}

/** The neutral message as stored in Delivery.payload: text, choices and an optional photo, nothing platform-bound. */
function toPayload(message: OutgoingMessage): Prisma.InputJsonValue {
  return {
    text: message.text,
    ...(message.choices?.length ? { choices: message.choices.map(({ value, label }) => ({ value, label })) } : {}),
    ...(message.photoUrl ? { photoUrl: message.photoUrl } : {}),
  };
}
