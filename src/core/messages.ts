import { type Platform, Platform as PlatformNames } from "../generated/prisma/enums.ts";

export type { Platform } from "../generated/prisma/enums.ts";

/** Whether a word (a typed argument, a stored value) names a platform. */
export function isPlatform(value: unknown): value is Platform {
  return typeof value === "string" && Object.hasOwn(PlatformNames, value);
}

/** What a person sent, whatever the platform. Channels build it; the core never sees a platform's own types. */
export type IncomingContent =
  | { kind: "text"; text: string }
  | { kind: "command"; name: string; args: string }
  /** A button press, or a typed number or label that the core matched to the last choices shown. */
  | {
      kind: "choice";
      value: string;
      promptId?: string;
      typed?: string;
      /** A button that carried only its place in a long prompt (`promptId#index`): resolved from the stored prompt. */
      ref?: number;
    }
  | { kind: "contact"; phone: string; isOwn: boolean }
  | { kind: "unsupported" };

export interface IncomingMessage {
  platform: Platform;
  chatId: string;
  chatType: "private" | "group";
  sender: { externalId: string; displayName?: string; username?: string; languageCode?: string };
  content: IncomingContent;
  receivedAt: Date;
  /** Platform update id for de-duplication, e.g. "telegram:<bot>:<update_id>". */
  updateKey?: string;
  /**
   * Where the person can write to the bot privately, set by a channel that has such a link (Telegram:
   * https://t.me/<bot>?start=from_group). Group chats are answered with it for everything personal.
   */
  privateChatLink?: string;
}

export interface Choice {
  value: string;
  label: string;
  /**
   * A security-relevant action (approve or refuse a registration, approve or return a report, cancel a broadcast):
   * taken by its button, or by its typed label followed by a confirmation, never by a typed number.
   */
  secure?: boolean;
  /** Offered without a number where choices are a typed list (e.g. "Keep" on a step that asks for a number). */
  unnumbered?: boolean;
}

export interface OutgoingFile {
  name: string;
  mimeType: string;
  data: Buffer;
}

/**
 * A picture sent as bytes (a chart rendered by the bot), shown under the message's text where the platform takes
 * pictures (`ChannelCapabilities.images`: uploaded, or by a signed link the platform fetches). Elsewhere `alt` goes in
 * its place: the same facts as text.
 */
export interface OutgoingImage {
  name: string;
  /** PNG bytes. */
  data: Buffer;
  /** Said instead of the picture where it cannot be shown (the numbers it draws, and why there is no picture). */
  alt: string;
}

/** A reply or notification in neutral form; each channel renders choices its own way (buttons or a numbered list). */
export interface OutgoingMessage {
  text: string;
  choices?: Choice[];
  /** Ask for the person's phone number (Telegram's contact button; elsewhere ignored). */
  requestContact?: boolean;
  /** Text of the contact button where one exists (in the recipient's language). */
  contactLabel?: string;
  files?: OutgoingFile[];
  /**
   * Said to the person, in their language, when the message's text went out but its files could not be sent
   * (set by the dispatcher on every reply with files; a channel sends it after a failed file).
   */
  fileFailedText?: string;
  photoUrl?: string;
  /** A picture of the bot's own (a chart), uploaded by the channel; see `OutgoingImage`. */
  image?: OutgoingImage;
  /** Set by the dispatcher on messages with choices, so answers to older prompts can be recognised as stale. */
  promptId?: string;
  /** The number of the first numbered choice in a typed list (set by src/core/pending.ts; 1 when absent). */
  numberFrom?: number;
  /** The question asks for a typed number: a typed number is its answer, never one of the choices. */
  expectsNumber?: boolean;
}

/** Turns typed text into a command when it starts with "/" ("/start CODE", "/help@DoanBot"). */
export function contentFromText(text: string): IncomingContent {
  const trimmed = text.trim();
  const match = /^\/([A-Za-z0-9_]+)(?:@[A-Za-z0-9_]+)?(?:\s+([\s\S]*))?$/.exec(trimmed);
  if (match?.[1]) return { kind: "command", name: match[1].toLowerCase(), args: (match[2] ?? "").trim() };
  return { kind: "text", text };
}

/** Splits a long text at line boundaries (then at spaces, then hard) into pieces of at most `limit` characters. */
export function splitText(text: string, limit: number): string[] {
  if (text.length <= limit) return [text];
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf("\n", limit);
    if (cut <= 0) cut = rest.lastIndexOf(" ", limit);
    if (cut <= 0) cut = limit;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^[\n ]/, "");
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

/** Whether a typed number may select this choice (see `Choice.secure` and `Choice.unnumbered`). */
export function isNumbered(choice: Choice): boolean {
  return !choice.secure && !choice.unnumbered;
}

/**
 * The list used where there are no buttons (Zalo, the terminal): numbered from `from`, while choices that take no
 * number (security-relevant ones, "Keep" on a number step) are answered by typing their label.
 */
export function renderChoicesAsList(choices: Choice[], from = 1): string {
  let n = from;
  return choices.map((c) => (isNumbered(c) ? `${n++}. ${c.label}` : `• ${c.label}`)).join("\n");
}
