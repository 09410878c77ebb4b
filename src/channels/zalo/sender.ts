import type { ChannelSender, SendProgress, SendResult } from "../../core/channel.ts";
import type { OutgoingImage, OutgoingMessage } from "../../core/messages.ts";
import { renderChoicesAsList, splitText } from "../../core/messages.ts";
import { scrubSecrets } from "../../logger.ts";
import type { Pacer } from "../outbound/pacer.ts";
import { sendParts } from "../outbound/parts.ts";
import { type FailureKind, type RetryPolicy, withRetries } from "../outbound/retry.ts";
import { ZaloApiError, type ZaloClient, ZaloNetworkError } from "./client.ts";

export const ZALO_TEXT_LIMIT = 2000;

type ZaloStep =
  | { kind: "text"; text: string }
  | { kind: "photo"; url: string }
  /** A picture of the bot's own, sent by a link made when it is sent; with the message's text as its caption. */
  | { kind: "image"; image: OutgoingImage; caption?: string };

/**
 * Zalo has no buttons: choices become a numbered list (answered by number or label), files a note of their names.
 * A picture of the bot's own (a chart) goes as a photo when `imagesByLink` (the sender can make a link Zalo fetches):
 * with the text as its caption when that fits, else after the text; otherwise its `alt` text goes instead.
 */
export function renderZalo(message: OutgoingMessage, options: { imagesByLink?: boolean } = {}): ZaloStep[] {
  let text = message.text;
  if (message.choices?.length) text = `${text}\n\n${renderChoicesAsList(message.choices, message.numberFrom)}`;
  const image = message.image && options.imagesByLink ? message.image : undefined;
  if (image && text.length <= ZALO_TEXT_LIMIT && !message.photoUrl && !message.files?.length) {
    return [{ kind: "image", image, ...(text.trim() ? { caption: text } : {}) }];
  }
  // Zalo takes pictures only by a URL it fetches itself: without a link, a picture of the bot's own goes as its text.
  if (message.image && !image) text = `${text}\n\n${message.image.alt}`;
  // Zalo takes no uploads; a file is named so the person knows to ask for it on another channel.
  for (const file of message.files ?? []) text = `${text}\n[${file.name}]`;
  const steps: ZaloStep[] =
    text.trim() === "" ? [] : splitText(text, ZALO_TEXT_LIMIT).map((t) => ({ kind: "text", text: t }));
  if (message.photoUrl) steps.push({ kind: "photo", url: message.photoUrl });
  if (image) steps.push({ kind: "image", image });
  return steps;
}

export function classifyZaloError(error: unknown, rateLimitWaitMs: number): FailureKind {
  if (error instanceof ZaloApiError) {
    if (error.errorCode === 429 || error.httpStatus === 429) {
      return { kind: "retry", retryAfterMs: (error.retryAfterSeconds ?? rateLimitWaitMs / 1000) * 1000 };
    }
    if (error.errorCode >= 500 || error.httpStatus >= 500) return { kind: "retry" };
    // A definite refusal for this recipient (blocked the bot, not reachable).
    if (error.errorCode === 403 || error.errorCode === 404) return { kind: "unreachable" };
    return { kind: "failed" };
  }
  if (error instanceof ZaloNetworkError) return error.sent ? { kind: "uncertain" } : { kind: "retry" };
  return { kind: "failed" };
}

export interface ZaloSenderOptions {
  client: ZaloClient;
  pacer: Pacer;
  policy: RetryPolicy;
  rateLimitWaitMs: number;
  onUnreachable(chatId: string): Promise<void>;
  /**
   * A public URL for a picture of the bot's own, made when it is sent (src/http/image-links.ts); absent when this
   * service cannot serve one (no PUBLIC_URL or link secret): pictures then go as text.
   */
  imageUrl?: (image: OutgoingImage) => Promise<string>;
}

/** Sends neutral messages to Zalo with pacing and retries; used for direct replies and by the outbox. */
export class ZaloSender implements ChannelSender {
  readonly platform = "zalo" as const;

  constructor(private readonly options: ZaloSenderOptions) {}

  send(chatId: string, message: OutgoingMessage, progress?: SendProgress): Promise<SendResult> {
    const { client, pacer, policy, rateLimitWaitMs } = this.options;
    const { imageUrl } = this.options;
    const steps = renderZalo(message, { imagesByLink: imageUrl !== undefined });
    const parts = steps.map((step) => ({
      // A photo after the text is an extra part; a picture carrying the text as its caption is the message itself.
      extra: step.kind === "photo" || (step.kind === "image" && steps.length > 1),
      send: async () => {
        // The link is made now, however late the outbox sends: it need only work while Zalo fetches it.
        let url: string | undefined;
        if (step.kind === "image" && imageUrl) {
          try {
            url = await imageUrl(step.image);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            return {
              ok: false as const,
              kind: "retry" as const,
              error: `the picture's link could not be made: ${message}`,
            };
          }
        }
        const call = <T>(request: () => Promise<T>) =>
          withRetries(
            policy,
            request,
            (error) => classifyZaloError(error, rateLimitWaitMs),
            (error) => scrubSecrets(error instanceof Error ? error.message : String(error)),
            { wait: () => pacer.wait(chatId), pause: (ms) => pacer.pause(ms) },
          );
        let result = await call(() =>
          step.kind === "text"
            ? client.sendMessage(chatId, step.text)
            : step.kind === "photo"
              ? client.sendPhoto(chatId, step.url)
              : client.sendPhoto(chatId, url as string, step.caption),
        );
        // Zalo refused the picture for good (it could not fetch the link, say): the same facts go as text instead.
        if (!result.ok && result.kind === "failed" && step.kind === "image") {
          const text = [step.caption, step.image.alt].filter((t) => t?.trim()).join("\n\n");
          for (const chunk of splitText(text, ZALO_TEXT_LIMIT)) {
            result = await call(() => client.sendMessage(chatId, chunk));
            if (!result.ok) break;
          }
        }
        if (!result.ok) {
          if (result.kind === "unreachable") await this.options.onUnreachable(chatId);
          return result;
        }
        return { ok: true as const, messageId: result.value.message_id };
      },
    }));
    return sendParts(parts, progress);
  }

  chatDelayMs(chatId: string): number {
    return this.options.pacer.chatDelayMs(chatId);
  }
}
