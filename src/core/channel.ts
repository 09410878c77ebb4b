import type { OutgoingMessage, Platform } from "./messages.ts";

/**
 * What a chat platform can do, declared by its channel (src/channels/<platform>/capabilities.ts) and handed to the
 * core by the composition (`AppDeps.capabilities`, `ChatContext.capabilities`). Code outside src/channels asks these,
 * never a platform's name: a new platform is a new declaration, not a hunt for `platform === "…"`.
 */
export interface ChannelCapabilities {
  /** Replaces the text of a message sent earlier (a broadcast's progress shown in place). */
  canEdit: boolean;
  /** Offers a button that shares the person's own phone number, in a private chat (the quickest way to link). */
  canShareContact: boolean;
  /** Delivers files (documents, spreadsheets); without it a signed link or an explanation goes instead. */
  canReceiveFiles: boolean;
  /**
   * How a picture of the bot's own (`OutgoingMessage.image`, a chart) reaches the chat: "upload" sends its bytes
   * (Telegram); "link" sends a short-lived signed URL the platform fetches (Zalo, when PUBLIC_URL and
   * DOCUMENT_LINK_SECRET are set); "none" sends the picture's `alt` text instead.
   */
  images: "upload" | "link" | "none";
  /** The longest button value, in UTF-8 bytes, a choice may carry; Infinity where choices are answered by typing. */
  maxChoiceValueBytes: number;
  /**
   * Offered to every broadcast author as an audience of its own ("everyone on Telegram"); a platform without it (the
   * local terminal) is offered only to an author writing from it.
   */
  listedAsAudience: boolean;
}

/**
 * The outcome of one send, in terms the outbox can act on without knowing the platform. A message may take several
 * platform calls (a long text in parts, text then photo or file): `partsSent` on a failure says how many had left,
 * so the next attempt resumes after them; `partFailed` on a success says a later part (a photo, a file) was refused
 * for good after the text arrived.
 */
export type SendResult =
  | { ok: true; messageIds: string[]; partFailed?: string }
  | ({ ok: false; partsSent?: number } /** The person blocked the bot or cannot be reached: stop trying. */ & (
      | { kind: "unreachable"; error: string }
      /** Worth another try later (429, 5xx, a network error before the request left). */
      | { kind: "retry"; error: string; retryAfterMs?: number }
      /** The request may or may not have been delivered (the answer was lost): never retried blindly. */
      | { kind: "uncertain"; error: string }
      | { kind: "failed"; error: string }
    ));

/** Where a message of several platform calls stands. */
export interface SendProgress {
  /** Parts already sent by an earlier attempt: sending resumes after them. */
  fromPart?: number;
  /**
   * Called when a part has left and another follows (`partsSent` counts from the start of the message), so that an
   * attempt cut short by a crash resumes after it. Not called for a message of one part.
   */
  onPart?(partsSent: number, messageId: string): Promise<void>;
}

/** Sends neutral messages to one platform. Implemented by each channel; used by the outbox. */
export interface ChannelSender {
  platform: Platform;
  send(chatId: string, message: OutgoingMessage, progress?: SendProgress): Promise<SendResult>;
  /**
   * Replaces the text of a message sent earlier (a broadcast's progress, shown in place). Optional: a platform
   * without it simply gets no progress updates, only the start and summary messages.
   */
  edit?(chatId: string, messageId: string, message: OutgoingMessage): Promise<SendResult>;
  /**
   * How long before this chat may receive one more message without waiting (its per-chat pace). The outbox puts a
   * message that is early back in its queue instead of holding a send slot. Absent: never early.
   */
  chatDelayMs?(chatId: string): number;
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
