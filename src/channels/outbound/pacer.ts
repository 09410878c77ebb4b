import type { Database, SqlClient } from "../../db/database.ts";

/**
 * A reservation-based rate limit (generic cell rate algorithm): each send books the earliest slot that keeps
 * `interval` between sends on average with up to `burst` sends at once. Booking is synchronous, so concurrent
 * senders in one process queue up fairly without a lock.
 */
export class RateSlot {
  private tat = 0;

  constructor(
    private readonly intervalMs: number,
    private readonly burst = 1,
  ) {}

  /** Books a slot at or after `at` (ms) and returns its time. */
  reserve(at: number): number {
    if (this.intervalMs <= 0) return at;
    const tolerance = this.intervalMs * (this.burst - 1);
    const start = Math.max(at, this.tat - tolerance);
    this.tat = Math.max(this.tat, start) + this.intervalMs;
    return start;
  }

  /** How long after `at` the next slot is free (0: now). */
  delayAt(at: number): number {
    if (this.intervalMs <= 0) return 0;
    return Math.max(0, this.tat - this.intervalMs * (this.burst - 1) - at);
  }

  /** Nothing before `until` (a 429's retry_after). */
  holdUntil(until: number): void {
    this.tat = Math.max(this.tat, until);
  }

  /** True when nothing is booked past `at` (the slot can be forgotten). */
  idleAt(at: number): boolean {
    return this.tat <= at;
  }
}

/**
 * One bot's budget of sends: every send of that bot (replies and the outbox alike) takes one slot. `reserve` books
 * the next slot and says how long to wait for it; `pause` keeps every sender of the bot quiet after a 429.
 */
export interface SendBudget {
  reserve(): Promise<number>;
  pause(ms: number): Promise<void>;
}

/** A budget for one process alone (the terminal, tests): strict spacing of 1000/perSecond ms. */
export class LocalBudget implements SendBudget {
  private readonly slot: RateSlot;

  constructor(
    perSecond: number,
    private readonly now: () => number = Date.now,
  ) {
    this.slot = new RateSlot(1000 / perSecond, 1);
  }

  async reserve(): Promise<number> {
    const now = this.now();
    return this.slot.reserve(now) - now;
  }

  async pause(ms: number): Promise<void> {
    this.slot.holdUntil(this.now() + ms);
  }
}

/** Books $2 microseconds of the bot's sends; answers how long until the first of them, in microseconds. */
const BOOK_SLOTS = `
WITH t AS (SELECT (extract(epoch FROM clock_timestamp()) * 1000000)::bigint AS us)
INSERT INTO "SendBudget" AS b (key, "nextAtUs")
SELECT $1, t.us + $2::bigint FROM t
ON CONFLICT (key) DO UPDATE
  SET "nextAtUs" = GREATEST(b."nextAtUs", (SELECT us FROM t)) + $2::bigint
RETURNING b."nextAtUs" - $2::bigint - (SELECT us FROM t) AS "waitUs"`;

/** Nothing of the bot's goes for $2 microseconds from now. */
const PAUSE_SENDS = `
WITH t AS (SELECT (extract(epoch FROM clock_timestamp()) * 1000000)::bigint AS us)
INSERT INTO "SendBudget" AS b (key, "nextAtUs")
SELECT $1, t.us + $2::bigint FROM t
ON CONFLICT (key) DO UPDATE SET "nextAtUs" = GREATEST(b."nextAtUs", (SELECT us FROM t) + $2::bigint)`;

/**
 * A bot's budget shared through the database by every instance sending for it: one `SendBudget` row per bot holds
 * the time its next send may go, and each booking moves it on by 1000/perSecond ms per slot in one atomic
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING`. Any number of instances together therefore space the bot's sends as
 * one would. Times come from the database's own clock: the one clock every instance shares, so no instance's drift
 * can squeeze two sends together. Microseconds, so that 1000/30 ms stays exact enough.
 *
 * The sends of one process that ask while a booking is in flight are booked together by the next statement (n slots
 * at once): every booking takes the row's lock, and fifty replies booking one by one queued on it.
 */
export class DatabaseBudget implements SendBudget {
  private readonly intervalUs: bigint;
  private waiting: { resolve: (waitMs: number) => void; reject: (error: unknown) => void }[] = [];
  private booking = false;

  constructor(
    /** Plain SQL (src/db/database.ts): a booking sits in front of every reply, and Prisma's query compiling cost more. */
    private readonly sql: SqlClient,
    /** Names the bot, never its secret: "telegram:<bot id>". */
    private readonly key: string,
    perSecond: number,
  ) {
    this.intervalUs = BigInt(Math.ceil(1_000_000 / perSecond));
  }

  reserve(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      if (!this.booking) void this.bookWaiting();
    });
  }

  private async bookWaiting(): Promise<void> {
    this.booking = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0);
        try {
          const firstWaitMs = await this.book(BigInt(batch.length));
          const intervalMs = Number(this.intervalUs) / 1000;
          for (const [i, w] of batch.entries()) w.resolve(Math.max(0, firstWaitMs + i * intervalMs));
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      this.booking = false;
    }
  }

  /**
   * Books `slots` consecutive slots; returns how long until the first, counted from the answer's arrival as if the
   * database had read its clock halfway through the round trip.
   */
  private async book(slots: bigint): Promise<number> {
    const asked = performance.now();
    const span = this.intervalUs * slots;
    const [row] = await this.sql.query<{ waitUs: string | bigint }>(
      BOOK_SLOTS,
      [this.key, String(span)],
      "book-send-slots",
    );
    return Number(row?.waitUs ?? 0) / 1000 - (performance.now() - asked) / 2;
  }

  async pause(ms: number): Promise<void> {
    const pauseUs = BigInt(Math.ceil(ms * 1000));
    await this.sql.execute(PAUSE_SENDS, [this.key, String(pauseUs)]);
  }
}

/**
 * The budget of one bot on this database. The embedded database has one owner process (src/db/folder-lock.ts), so
 * nothing else sends for the bot and an in-process budget is exact; it also spares the single PGlite connection one
 * statement per message, which at a few hundred messages a second delayed the answers and bunched sends into 429s.
 * On PostgreSQL any number of instances may send, so the budget lives in the database.
 */
export function botBudget(db: Pick<Database, "kind" | "sql">, key: string, perSecond: number): SendBudget {
  return db.kind === "pglite" ? new LocalBudget(perSecond) : new DatabaseBudget(db.sql, key, perSecond);
}

/** The bot part of a `<bot id>:<secret>` token (Telegram and Zalo alike): names the budget, reveals nothing. */
export function botKey(platform: string, token: string): string {
  return `${platform}:${token.split(":")[0]}`;
}

export interface ChatLimits {
  chatIntervalMs: number;
  chatBurst: number;
}

/**
 * The one pacing layer of every send to a platform: a per-chat rate (in this process: a chat's messages come from
 * the instance handling it) and the bot's budget (shared by every instance through the database). A 429 pauses the
 * whole bot, on every instance. Retries are not here but in `withRetries` (retry.ts), the one place for them.
 */
export class Pacer {
  private readonly chats = new Map<string, RateSlot>();
  private lastSweep = 0;

  constructor(
    private readonly limits: ChatLimits,
    private readonly budget: SendBudget,
    private readonly now: () => number = Date.now,
  ) {}

  /** How long before one more message may go to this chat (0: now): the outbox puts it back rather than wait. */
  chatDelayMs(chatId: string): number {
    return this.chats.get(chatId)?.delayAt(this.now()) ?? 0;
  }

  /** Waits until one more message may go to this chat, then for the bot's next slot. */
  async wait(chatId: string): Promise<void> {
    const now = this.now();
    this.sweep(now);
    let chat = this.chats.get(chatId);
    if (!chat) {
      chat = new RateSlot(this.limits.chatIntervalMs, this.limits.chatBurst);
      this.chats.set(chatId, chat);
    }
    const at = chat.reserve(now);
    if (at > now) await sleep(at - now);
    const wait = await this.budget.reserve();
    if (wait > 0) await sleep(wait);
  }

  /** The platform said "too many requests": nothing more from this bot until then. */
  pause(ms: number): Promise<void> {
    return this.budget.pause(ms);
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [id, slot] of this.chats) if (slot.idleAt(now)) this.chats.delete(id);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
