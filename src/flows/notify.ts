import type { OutgoingMessage } from "../core/messages.ts";
import type { Db } from "../domain/db.ts";
import { toJson } from "./store.ts";

/**
 * Queues a message to a person on every chat account they linked, as Delivery rows in the caller's transaction.
 * A stand-in for the outbox's enqueue: the outbox worker sends pending Delivery rows.
 */
export async function queueForPerson(
  db: Db,
  personId: string,
  message: OutgoingMessage,
  dedupeKey: string,
  now: Date,
): Promise<number> {
  const identities = await db.platformIdentity.findMany({ where: { personId, unreachableAt: null } });
  let queued = 0;
  for (const identity of identities) {
    const { count } = await db.delivery.createMany({
      data: [
        {
          dedupeKey: `${dedupeKey}:${identity.id}`,
          personId,
          platform: identity.platform,
          chatId: identity.chatId,
          payload: toJson(message),
          notBefore: now,
          createdAt: now,
        },
      ],
      skipDuplicates: true,
    });
    queued += count;
  }
  return queued;
}
