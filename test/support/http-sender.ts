import type { Pacer } from "../../src/channels/outbound/pacer.ts";
import type { ChannelSender, SendResult } from "../../src/core/channel.ts";
import type { OutgoingMessage, Platform } from "../../src/core/messages.ts";

/** Codes of network errors that happen before a request leaves: safe to retry, nothing was delivered. */
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH"]);

/**
 * A ChannelSender that POSTs `{ chatId, text }` to `<url>/<platform>` (the recording server), mapping answers the
 * way the real channels do: 429 → retry after `retry_after`, 5xx → retry, 403 → unreachable, a lost answer → uncertain.
 */
export function httpSender(platform: Platform, url: string, pacer?: Pacer): ChannelSender {
  return {
    platform,
    chatDelayMs: (chatId) => pacer?.chatDelayMs(chatId) ?? 0,
    async send(chatId: string, message: OutgoingMessage): Promise<SendResult> {
      // Paced as the real senders are (src/channels/outbound/pacer.ts); a 429 pauses the bot's budget.
      await pacer?.wait(chatId);
      let res: Response;
      try {
        res = await fetch(`${url}/${platform}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ chatId, text: message.text }),
          signal: AbortSignal.timeout(10_000),
        });
      } catch (error) {
        const code = (error as { cause?: { code?: string } }).cause?.code ?? "";
        if (NOT_SENT.has(code)) return { ok: false, kind: "retry", error: code };
        return { ok: false, kind: "uncertain", error: String(error) };
      }
      const body = (await res.json().catch(() => ({}))) as {
        result?: { message_id?: number };
        parameters?: { retry_after?: number };
      };
      if (res.ok) return { ok: true, messageIds: [String(body.result?.message_id ?? "")] };
      if (res.status === 429) {
        await pacer?.pause((body.parameters?.retry_after ?? 1) * 1000);
        return { ok: false, kind: "retry", error: "429", retryAfterMs: (body.parameters?.retry_after ?? 1) * 1000 };
      }
      if (res.status === 403) return { ok: false, kind: "unreachable", error: "403" };
      if (res.status >= 500) return { ok: false, kind: "retry", error: String(res.status) };
      return { ok: false, kind: "failed", error: String(res.status) };
    },
  };
}
