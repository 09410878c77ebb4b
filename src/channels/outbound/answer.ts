import type { SendResult } from "../../core/channel.ts";
import type { Dispatcher } from "../../core/dispatcher.ts";
import type { IncomingMessage, OutgoingMessage } from "../../core/messages.ts";
import type { Logger } from "../../logger.ts";

/** The update is handled elsewhere right now, or its replies could not be sent: the platform should deliver it again. */
export class UpdateNotAnsweredError extends Error {}

/**
 * Handles one update and sends its replies, in order; the update counts as processed only once they have left
 * (or a platform refused one for good: blocked, rejected). When a reply could not be sent for a passing reason the
 * claim is released and this throws, so a webhook answers with an error and the platform's next delivery sends the
 * stored replies again. A delivery of an update another instance is handling throws as well.
 */
export async function answerUpdate(
  dispatcher: Dispatcher,
  msg: IncomingMessage,
  send: (reply: OutgoingMessage, index: number) => Promise<SendResult>,
  logger: Logger,
): Promise<void> {
  const turn = await dispatcher.receive(msg);
  if (turn.status === "done") return;
  if (turn.status === "busy") throw new UpdateNotAnsweredError(`update ${msg.updateKey} is being handled elsewhere`);
  if (turn.replayed) logger.info({ updateKey: msg.updateKey }, "sending the stored replies of an update again");
  for (const [index, reply] of turn.replies.entries()) {
    const result = await send(reply, index);
    if (result.ok) continue;
    logger.warn({ updateKey: msg.updateKey, kind: result.kind, error: result.error }, "reply not sent");
    if (result.kind === "retry") {
      await dispatcher.release(turn);
      throw new UpdateNotAnsweredError(`reply to update ${msg.updateKey} not sent: ${result.error}`);
    }
    break;
  }
  dispatcher.answered(turn);
}
