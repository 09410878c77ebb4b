import type { Db } from "../core/db.ts";
import type { OutgoingMessage } from "../core/messages.ts";
import { enqueue } from "./enqueue.ts";

/** Queues a message to a person on every chat account they linked (and can be reached on), in the caller's transaction. */
export async function queueForPerson(
  db: Db,
  personId: string,
  message: OutgoingMessage,
  dedupeKey: string,
  now: Date,
): Promise<number> {
  // A deactivated person gets nothing (see `person deactivate`).
  const identities = await db.platformIdentity.findMany({
    where: { personId, unreachableAt: null, person: { active: true } },
  });
  return enqueue(
    db,
    identities.map((identity) => ({
      platform: identity.platform,
      chatId: identity.chatId,
      personId,
      message,
      dedupeKey: `${dedupeKey}:${identity.id}`,
    })),
    now,
  );
}
