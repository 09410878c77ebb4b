import type { Db } from "../core/db.ts";
import type { OutgoingMessage } from "../core/messages.ts";
import { enqueue } from "./enqueue.ts";

/** A message for one person; `dedupeKey` names it once, the chat account's id is appended per account. */
export interface PersonMessage {
  personId: string;
  message: OutgoingMessage;
  dedupeKey: string;
}

/**
 * "Notify a person": queues each message on every chat account its person linked and can be reached on, in the
 * caller's transaction, keyed "<dedupeKey>:<identity id>" so the same message is never queued twice for one account.
 * The one way from a person to their chats to the outbox. A deactivated person gets nothing (see `person deactivate`).
 * Returns how many rows were added and which of the people have a chat account to be reached on.
 */
export async function queueForPeople(
  db: Db,
  messages: readonly PersonMessage[],
  now: Date,
): Promise<{ added: number; reached: Set<string> }> {
  if (messages.length === 0) return { added: 0, reached: new Set() };
  const identities = await db.platformIdentity.findMany({
    where: {
      personId: { in: [...new Set(messages.map((m) => m.personId))] },
      unreachableAt: null,
      person: { active: true },
    },
    orderBy: { id: "asc" },
  });
  const byPerson = new Map<string, typeof identities>();
  for (const identity of identities) {
    const list = byPerson.get(identity.personId as string) ?? [];
    list.push(identity);
    byPerson.set(identity.personId as string, list);
  }
  const added = await enqueue(
    db,
    messages.flatMap(({ personId, message, dedupeKey }) =>
      (byPerson.get(personId) ?? []).map((identity) => ({
        platform: identity.platform,
        chatId: identity.chatId,
        personId,
        message,
        dedupeKey: `${dedupeKey}:${identity.id}`,
      })),
    ),
    now,
  );
  return { added, reached: new Set(byPerson.keys()) };
}

/** Queues a message to one person on every chat account they can be reached on (see `queueForPeople`). */
export async function queueForPerson(
  db: Db,
  personId: string,
  message: OutgoingMessage,
  dedupeKey: string,
  now: Date,
): Promise<number> {
  return (await queueForPeople(db, [{ personId, message, dedupeKey }], now)).added;
}
