import type { SendProgress, SendResult } from "../../core/channel.ts";

type Failure = Exclude<SendResult, { ok: true }>;

/** One platform call of a message; `extra` marks a part that may fail without failing the message (a photo). */
export interface Part {
  extra: boolean;
  send(): Promise<{ ok: true; messageId: string } | Failure>;
}

/**
 * Sends the parts of one message in order, starting after those an earlier attempt sent. A failure reports how many
 * parts have left, so the next attempt resumes there instead of sending the text again. An extra part (a photo)
 * refused for good after earlier parts arrived makes the message "sent, photo failed" rather than a failure.
 */
export async function sendParts(parts: readonly Part[], progress: SendProgress = {}): Promise<SendResult> {
  const ids: string[] = [];
  let partFailed: string | undefined;
  const from = Math.max(0, Math.min(progress.fromPart ?? 0, parts.length));
  for (let i = from; i < parts.length; i++) {
    const part = parts[i] as Part;
    const result = await part.send();
    if (!result.ok) {
      if (part.extra && i > 0 && (result.kind === "failed" || result.kind === "uncertain")) {
        partFailed = result.error;
        continue;
      }
      return { ...result, partsSent: i };
    }
    ids.push(result.messageId);
    if (i + 1 < parts.length) await progress.onPart?.(i + 1, result.messageId);
  }
  return partFailed === undefined ? { ok: true, messageIds: ids } : { ok: true, messageIds: ids, partFailed };
}
