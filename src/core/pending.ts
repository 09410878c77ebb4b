import { createHash, randomBytes } from "node:crypto";
import type { SqlClient } from "../db/database.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { matchLabel, typedNumber } from "./choices.ts";
import type { Tx } from "./db.ts";
import { type Choice, isNumbered, type OutgoingMessage } from "./messages.ts";

/**
 * The one owner of a chat account's pending choices: what a typed number or label answers, and which button presses
 * are still current. Stored in `PlatformIdentity.pendingChoices` and written only here: `storeReplyPrompts` (the
 * dispatcher, after its replies) and `recordNotice` (the outbox worker, after a delivery); a test keeps it so
 * (test/architecture/pending-writer.test.ts).
 *
 * Rules:
 * - A reply with choices (the bot answering what the person just did) replaces every open prompt; its numbers start
 *   at 1.
 * - A notice (an outbox delivery: a reminder, a quiz, a registration to approve) never replaces anything: its numbers
 *   continue after the open prompts' ("3. …" after a reminder's "1." and "2."), so each message's choices stay
 *   reachable, and the choices of an active conversation are never overwritten.
 * - A typed number selects only numbered choices; while the latest reply asks for a number, a typed number is that
 *   answer and selects nothing. Security-relevant choices (`Choice.secure`) take no number at all: their typed label
 *   asks for a confirmation first.
 * - A typed word that matches nothing leaves every prompt open; a prompt whose choice was taken is closed.
 */
export interface PendingPrompt {
  promptId: string;
  /** The message's text (shortened), to show the question again after a stale press. */
  text: string;
  choices: Choice[];
  /** The number of its first numbered choice. */
  first: number;
  source: "reply" | "notice";
  /** The question asks for a typed number (see OutgoingMessage.expectsNumber). */
  expectsNumber?: boolean;
  /** When it was shown (ISO). */
  at: string;
}

export interface Pending {
  prompts: PendingPrompt[];
}

/** Open prompts kept per chat account; the oldest notices go first. */
export const MAX_PROMPTS = 6;
/** A prompt older than this is closed: a number typed days later is not taken as an answer to it. */
export const PROMPT_TTL_MS = 7 * 24 * 3_600_000;
const TEXT_KEPT = 1500;

export const EMPTY: Pending = { prompts: [] };

function parseChoices(value: unknown): Choice[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((c) => typeof c?.value === "string" && typeof c?.label === "string")
    .map((c) => ({
      value: c.value,
      label: c.label,
      ...(c.secure === true ? { secure: true } : {}),
      ...(c.unnumbered === true ? { unnumbered: true } : {}),
    }));
}

/** Reads the stored value (either shape: one `{ promptId, choices }` as stored before, or `{ prompts }`). */
export function parsePending(value: unknown, now: Date): Pending {
  if (!value || typeof value !== "object") return { prompts: [] };
  const v = value as { prompts?: unknown; promptId?: unknown; choices?: unknown };
  const raw: unknown[] = Array.isArray(v.prompts) ? v.prompts : typeof v.promptId === "string" ? [v] : [];
  const prompts: PendingPrompt[] = [];
  for (const item of raw) {
    const p = item as Partial<PendingPrompt>;
    if (typeof p?.promptId !== "string") continue;
    const at = typeof p.at === "string" ? p.at : now.toISOString();
    if (now.getTime() - new Date(at).getTime() > PROMPT_TTL_MS) continue;
    prompts.push({
      promptId: p.promptId,
      text: typeof p.text === "string" ? p.text : "",
      choices: parseChoices(p.choices),
      first: typeof p.first === "number" && p.first >= 1 ? p.first : 1,
      source: p.source === "notice" ? "notice" : "reply",
      ...(p.expectsNumber === true ? { expectsNumber: true } : {}),
      at,
    });
  }
  return { prompts };
}

/** The JSON to store (null when nothing is open). */
export function storedPending(pending: Pending): Pending | null {
  return pending.prompts.length > 0 ? pending : null;
}

function numbered(prompt: PendingPrompt): Choice[] {
  return prompt.choices.filter(isNumbered);
}

/** The number the next notice's first choice gets. */
export function nextNumber(pending: Pending): number {
  let next = 1;
  for (const p of pending.prompts) next = Math.max(next, p.first + numbered(p).length);
  return next;
}

/** What typed text means against the open prompts. */
export type TypedMatch =
  | { kind: "choice"; choice: Choice; prompt: PendingPrompt }
  /** A security-relevant choice named by its label: ask for a confirmation before taking it. */
  | { kind: "confirm"; choice: Choice; prompt: PendingPrompt };

export function matchTyped(pending: Pending, text: string): TypedMatch | undefined {
  // Replies first (the conversation the person is in), then notices, newest first.
  const ordered = [
    ...pending.prompts.filter((p) => p.source === "reply"),
    ...pending.prompts.filter((p) => p.source === "notice").reverse(),
  ];
  const n = typedNumber(text);
  if (n !== undefined) {
    if (ordered[0]?.source === "reply" && ordered[0].expectsNumber) return undefined;
    for (const prompt of ordered) {
      const choice = numbered(prompt)[n - prompt.first];
      if (choice) return { kind: "choice", choice, prompt };
    }
    return undefined;
  }
  for (const prompt of ordered) {
    const choice = matchLabel(text, prompt.choices);
    if (choice) return { kind: choice.secure ? "confirm" : "choice", choice, prompt };
  }
  return undefined;
}

export function findPrompt(pending: Pending, promptId: string | undefined): PendingPrompt | undefined {
  return promptId === undefined ? undefined : pending.prompts.find((p) => p.promptId === promptId);
}

/** The prompt shown most recently, to show again after a stale press. */
export function latestPrompt(pending: Pending): PendingPrompt | undefined {
  return [...pending.prompts].sort((a, b) => a.at.localeCompare(b.at)).at(-1);
}

/** The message of an open prompt, as it was shown. */
export function promptMessage(prompt: PendingPrompt): OutgoingMessage {
  return {
    text: prompt.text,
    choices: prompt.choices,
    promptId: prompt.promptId,
    numberFrom: prompt.first,
    ...(prompt.expectsNumber ? { expectsNumber: true } : {}),
  };
}

function toPrompt(message: OutgoingMessage, source: PendingPrompt["source"], now: Date): PendingPrompt {
  return {
    promptId: message.promptId as string,
    text: [...message.text].slice(0, TEXT_KEPT).join(""),
    choices: (message.choices ?? []).map((c) => ({ ...c })),
    first: message.numberFrom ?? 1,
    source,
    ...(message.expectsNumber ? { expectsNumber: true } : {}),
    at: now.toISOString(),
  };
}

/**
 * After the dispatcher answered a message: gives each reply with choices its prompt id and numbers, and returns the
 * prompts now open. `answered` is the prompt whose choice the message took (it is closed).
 */
export function afterReplies(
  pending: Pending,
  replies: OutgoingMessage[],
  answered: string | undefined,
  now: Date,
): Pending {
  // A question that asks for a number is kept even without choices: while it is open, typed numbers are its answer.
  const asking = replies.filter((r) => r.choices?.length || r.expectsNumber);
  if (asking.length > 0) {
    let next = 1;
    const prompts = asking.map((r) => {
      r.promptId ??= randomBytes(4).toString("hex");
      r.numberFrom = next;
      next += (r.choices ?? []).filter(isNumbered).length;
      return toPrompt(r, "reply", now);
    });
    return { prompts };
  }
  // The bot answered without asking anything: a number typed next no longer answers an earlier number question.
  const prompts = pending.prompts
    .filter((p) => p.promptId !== answered)
    .map((p) => (replies.length > 0 && p.expectsNumber ? { ...p, expectsNumber: undefined } : p))
    .map(({ expectsNumber, ...p }) => (expectsNumber ? { ...p, expectsNumber } : p));
  return answered === undefined && replies.length === 0 ? pending : { prompts };
}

/** A stable prompt id for an outbox delivery, so a resend renders the same buttons. */
export function noticePromptId(deliveryId: string): string {
  return createHash("sha256").update(deliveryId).digest("hex").slice(0, 8);
}

/** Before a notice is sent: its prompt id and where its numbers start. */
export function prepareNotice(pending: Pending, message: OutgoingMessage, deliveryId: string): void {
  if (!message.choices?.length) return;
  message.promptId ??= noticePromptId(deliveryId);
  message.numberFrom = nextNumber(pending);
}

/** After a notice was delivered: its prompt joins the open ones (the oldest notices leave when there are too many). */
export function addNotice(pending: Pending, message: OutgoingMessage, now: Date): Pending {
  if (!message.choices?.length || !message.promptId) return pending;
  const prompts = [...pending.prompts.filter((p) => p.promptId !== message.promptId), toPrompt(message, "notice", now)];
  while (prompts.length > MAX_PROMPTS) {
    const oldest = prompts.findIndex((p) => p.source === "notice");
    prompts.splice(Math.max(oldest, 0), 1);
  }
  return { prompts };
}

/** Stores the prompts now open for one chat account, after the dispatcher answered it. */
export async function storeReplyPrompts(sql: SqlClient, identityId: string, pending: Pending): Promise<void> {
  const stored = storedPending(pending);
  await sql.execute(`UPDATE "PlatformIdentity" SET "pendingChoices" = $1::jsonb WHERE "id" = $2`, [
    stored === null ? null : JSON.stringify(stored),
    identityId,
  ]);
}

/** After a notice was delivered to a chat: its prompt joins the open ones of every account of that chat. */
export async function recordNotice(
  tx: Tx,
  chat: { platform: Prisma.PlatformIdentityWhereInput["platform"]; chatId: string },
  message: OutgoingMessage,
  now: Date,
): Promise<void> {
  if (!message.choices?.length || !message.promptId) return;
  const identities = await tx.platformIdentity.findMany({
    where: { platform: chat.platform, chatId: chat.chatId },
    select: { id: true, pendingChoices: true },
  });
  for (const identity of identities) {
    const next = storedPending(addNotice(parsePending(identity.pendingChoices, now), message, now));
    await tx.platformIdentity.update({
      where: { id: identity.id },
      data: { pendingChoices: next === null ? Prisma.DbNull : (next as unknown as Prisma.InputJsonValue) },
    });
  }
}
