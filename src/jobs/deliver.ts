import type { Db } from "../core/db.ts";
import { enqueue } from "../outbox/enqueue.ts";
import type { PlannedMessage } from "./job.ts";

/**
 * Writes the outbox rows of planned messages: one Delivery per reachable chat account of each recipient, keyed
 * "<key>:<platform>" so the same message is never queued twice. Call it inside the transaction that claimed the
 * job's period. Returns how many rows were written.
 */
export async function enqueueDeliveries(tx: Db, planned: readonly PlannedMessage[], now: Date): Promise<number> {
  return enqueue(
    tx,
    planned.flatMap(({ recipient, key, message }) =>
      recipient.identities.map((identity) => ({
        platform: identity.platform,
        chatId: identity.chatId,
        personId: recipient.id,
        message,
        dedupeKey: `${key}:${identity.platform}`,
      })),
    ),
    now,
  );
}
