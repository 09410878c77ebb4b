import type { OutgoingMessage, Platform } from "./messages.ts";

/** The outcome of one send, in terms the outbox can act on without knowing the platform. */
export type SendResult =
  | { ok: true; messageIds: string[] }
  /** The person blocked the bot or cannot be reached: stop trying. */
  | { ok: false; kind: "unreachable"; error: string }
  /** Worth another try later (429, 5xx, a network error before the request left). */
  | { ok: false; kind: "retry"; error: string; retryAfterMs?: number }
  /** The request may or may not have been delivered (the answer was lost): never retried blindly. */
  | { ok: false; kind: "uncertain"; error: string }
  | { ok: false; kind: "failed"; error: string };

/** Sends neutral messages to one platform. Implemented by each channel; used by the outbox. */
export interface ChannelSender {
  platform: Platform;
  send(chatId: string, message: OutgoingMessage): Promise<SendResult>;
  /**
   * Replaces the text of a message sent earlier (a broadcast's progress, shown in place). Optional: a platform
   * without it simply gets no progress updates, only the start and summary messages.
   */
  edit?(chatId: string, messageId: string, message: OutgoingMessage): Promise<SendResult>;
}

/** A running connection to one platform (or the terminal). */
export interface Channel {
  name: string;
  start(): Promise<void>;
  /** Stops taking updates and waits for those in flight. Safe to call twice. */
  stop(): Promise<void>;
  /** Resolves when the channel ends by itself (the terminal at end of input). */
  finished?: Promise<void>;
  sender?: ChannelSender;
  /** For the health check. */
  isRunning(): boolean;
}
