import { type Api, GrammyError, HttpError, InputFile } from "grammy";
import type { ChannelSender, SendProgress, SendResult } from "../../core/channel.ts";
import type { OutgoingMessage } from "../../core/messages.ts";
import { scrubSecrets } from "../../logger.ts";
import type { Pacer } from "../outbound/pacer.ts";
import { sendParts } from "../outbound/parts.ts";
import { type FailureKind, networkCode, notSentCodes, type RetryPolicy, withRetries } from "../outbound/retry.ts";
import { renderTelegram, type TelegramStep } from "./render.ts";

/** Telegram 400 descriptions that mean the person cannot be reached at all. */
const GONE = /chat not found|user is deactivated|bot was blocked|bot can't initiate|PEER_ID_INVALID/i;

export function classifyTelegramError(error: unknown): FailureKind {
  if (error instanceof GrammyError) {
    if (error.error_code === 429) {
      const seconds = error.parameters?.retry_after;
      return { kind: "retry", retryAfterMs: seconds === undefined ? undefined : seconds * 1000 };
    }
    if (error.error_code === 403) return { kind: "unreachable" };
    if (error.error_code === 400 && GONE.test(error.description)) return { kind: "unreachable" };
    if (error.error_code >= 500) return { kind: "retry" };
    return { kind: "failed" };
  }
  if (error instanceof HttpError) {
    const code = networkCode(error);
    // Sent or not? Only a connection that was never made is safe to repeat: sendMessage has no idempotency key.
    return code && notSentCodes.has(code) ? { kind: "retry" } : { kind: "uncertain" };
  }
  return { kind: "failed" };
}

function describe(error: unknown): string {
  return scrubSecrets(error instanceof Error ? error.message : String(error));
}

export interface TelegramSenderOptions {
  api: Api;
  pacer: Pacer;
  policy: RetryPolicy;
  /** Called once when a chat turns out to be unreachable (blocked the bot). */
  onUnreachable(chatId: string): Promise<void>;
}

/** Sends neutral messages to Telegram with pacing and retries; used for direct replies and by the outbox. */
export class TelegramSender implements ChannelSender {
  readonly platform = "telegram" as const;

  constructor(private readonly options: TelegramSenderOptions) {}

  send(chatId: string, message: OutgoingMessage, progress?: SendProgress): Promise<SendResult> {
    return this.sendWith(chatId, message, {}, progress);
  }

  async sendWith(
    chatId: string,
    message: OutgoingMessage,
    render: { removeKeyboard?: boolean } = {},
    progress?: SendProgress,
  ): Promise<SendResult> {
    const parts = renderTelegram(message, render).map((step) => ({
      extra: step.kind !== "text",
      send: async () => {
        const result = await withRetries(
          this.options.policy,
          () => this.call(chatId, step),
          classifyTelegramError,
          describe,
          this.paceFor(chatId),
        );
        if (!result.ok) {
          if (result.kind === "unreachable") await this.options.onUnreachable(chatId);
          return result;
        }
        return { ok: true as const, messageId: String(result.value) };
      },
    }));
    return sendParts(parts, progress);
  }

  /** Replaces the text of a message sent earlier (a broadcast's progress); an unchanged text is not an error. */
  async edit(chatId: string, messageId: string, message: OutgoingMessage): Promise<SendResult> {
    const result = await withRetries(
      this.options.policy,
      async () => {
        try {
          await this.options.api.editMessageText(chatId, Number(messageId), message.text);
        } catch (error) {
          if (!(error instanceof GrammyError && /message is not modified/i.test(error.description))) throw error;
        }
        return messageId;
      },
      classifyTelegramError,
      describe,
      this.paceFor(chatId),
    );
    return result.ok ? { ok: true, messageIds: [messageId] } : result;
  }

  chatDelayMs(chatId: string): number {
    return this.options.pacer.chatDelayMs(chatId);
  }

  private paceFor(chatId: string) {
    const { pacer } = this.options;
    return { wait: () => pacer.wait(chatId), pause: (ms: number) => pacer.pause(ms) };
  }

  private async call(chatId: string, step: TelegramStep): Promise<number> {
    const { api } = this.options;
    switch (step.kind) {
      case "text":
        return (await api.sendMessage(chatId, step.text, { reply_markup: step.markup })).message_id;
      case "photo":
        return (await api.sendPhoto(chatId, step.url)).message_id;
      case "upload-photo": {
        const photo = new InputFile(step.image.data, step.image.name);
        return (await api.sendPhoto(chatId, photo, step.caption ? { caption: step.caption } : {})).message_id;
      }
      case "document":
        return (await api.sendDocument(chatId, new InputFile(step.file.data, step.file.name))).message_id;
    }
  }
}
