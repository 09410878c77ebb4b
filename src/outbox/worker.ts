import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Clock } from "../clock.ts";
import type { ChannelSender, SendResult } from "../core/channel.ts";
import type { OutgoingMessage, Platform } from "../core/messages.ts";
import { parsePending, prepareNotice, recordNotice } from "../core/pending.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import { type ClaimedDelivery, claimDue, markInterrupted } from "./claims.ts";
import { fromPayload } from "./payload.ts";

export interface OutboxWorkerOptions {
  prisma: PrismaClient;
  clock: Clock;
  logger: Logger;
  senders: readonly ChannelSender[];
  /** Deliveries `sending` at once in this instance: after a crash at most this many may arrive twice. */
  maxInFlight: number;
  maxAttempts: number;
  /** PostgreSQL: a `sending` row claimed longer ago than this by another (vanished) instance becomes uncertain. */
  claimTimeoutMs: number;
  uncertain: "resend" | "hold";
  /** True on PGlite: one process owns the database, so every `sending` row at start-up is an interrupted one. */
  singleProcess: boolean;
  instanceId?: string;
  batchSize?: number;
  /** How long an idle platform loop sleeps before looking for due rows again (wake() cuts it short). */
  pollMs?: number;
  /** First back-off after a transient error; doubles each attempt up to five minutes. */
  retryBaseMs?: number;
  /** Called every `tickMs` and once when the worker stops (broadcast progress and summaries). */
  onTick?: () => Promise<void>;
  /** How long outcomes gather before they are written together (default 100 ms: one transaction for many sends). */
  flushDelayMs?: number;
  tickMs?: number;
}

type Outcome = {
  row: ClaimedDelivery;
  platform: Platform;
  message: OutgoingMessage | null;
  result: SendResult;
  /** Put back unsent (per-chat pace) until this time: no attempt used, no error recorded. */
  requeueAt?: Date;
};

const MAX_BACKOFF_MS = 5 * 60_000;

/** Stops a sleep early. */
class Waker {
  private waiters = new Set<() => void>();
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
    });
  }
  wakeAll(): void {
    for (const w of [...this.waiters]) w();
  }
}

/**
 * The one sending path for everything the bot sends without being asked. Claims due deliveries in batches, sends
 * them through each platform's ChannelSender (which paces them: src/channels/outbound/pacer.ts), and records each
 * outcome. See docs/features.md, "Broadcasts and the outbox".
 */
export class OutboxWorker {
  readonly instanceId: string;
  private readonly senders = new Map<Platform, ChannelSender>();
  /** Rows claimed and not yet recorded, per platform. */
  private readonly claimed = new Map<Platform, number>();
  private readonly waker = new Waker();
  private readonly slotWaker = new Waker();
  private running = false;
  private loops: Promise<void>[] = [];
  /** Claimed and not yet recorded: counts against maxInFlight until its outcome is written. */
  private inFlight = 0;
  private readonly tasks = new Set<Promise<void>>();
  /** When each paced chat's put-back messages are due again (ms): see deferChat. */
  private readonly chatsDeferred = new Map<string, number>();
  private outcomes: { outcome: Outcome; done: () => void }[] = [];
  private flushing: Promise<void> | null = null;
  private tickTimer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | null = null;

  constructor(private readonly o: OutboxWorkerOptions) {
    this.instanceId = o.instanceId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
    for (const sender of o.senders) {
      this.senders.set(sender.platform, sender);
    }
  }

  get platforms(): Platform[] {
    return [...this.senders.keys()];
  }

  /** Declares interrupted sends uncertain, then starts one sending loop per platform. */
  async start(): Promise<void> {
    if (this.running) return;
    await this.recoverInterrupted();
    // Fresh statistics, so the claim walks its index even right after thousands of rows were added.
    await this.o.prisma.$executeRawUnsafe('ANALYZE "Delivery"');
    this.running = true;
    this.loops = this.platforms.map((p) => this.platformLoop(p));
    this.tickTimer = setInterval(() => void this.tick(), this.o.tickMs ?? 1000);
    this.tickTimer.unref();
  }

  /** Rows left `sending` by a dead process (or, on PostgreSQL, by an instance silent for longer than the timeout). */
  async recoverInterrupted(options: { atStart: boolean } = { atStart: true }): Promise<number> {
    const now = this.o.clock.now();
    const count = await markInterrupted(this.o.prisma, {
      now,
      // At start-up nothing of ours is in flight, so rows under our (stable) name were interrupted.
      instanceId: options.atStart ? this.instanceId : "",
      staleBefore: new Date(now.getTime() - this.o.claimTimeoutMs),
      all: options.atStart && this.o.singleProcess,
      giveUpAtAttempts: this.o.uncertain === "resend" ? this.o.maxAttempts : 2_147_483_647,
    });
    if (count > 0) this.o.logger.warn({ count }, "outbox: deliveries interrupted while sending are now uncertain");
    return count;
  }

  /**
   * Edits a message sent earlier, paced with the platform's sends. False when the platform cannot edit or the edit
   * failed (progress updates are best effort: the summary still goes through the outbox).
   */
  async edit(platform: Platform, chatId: string, messageId: string, message: OutgoingMessage): Promise<boolean> {
    const sender = this.senders.get(platform);
    if (!sender?.edit) return false;
    const result = await sender.edit(chatId, messageId, message).catch(() => null);
    return result?.ok === true;
  }

  /** Something was enqueued: look now rather than at the next poll. */
  wake(): void {
    this.waker.wakeAll();
  }

  /** Stops claiming, lets the sends in flight finish and be recorded, then runs the last progress tick. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.waker.wakeAll();
    this.slotWaker.wakeAll();
    await Promise.all(this.loops);
    await Promise.all([...this.tasks]);
    await this.flushing;
    if (this.tickTimer) clearInterval(this.tickTimer);
    await this.tick();
  }

  /** Waits until nothing is due or in flight (the terminal demo, tests). False on timeout. */
  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      // Rows due before the deadline count too (a message put back by the per-chat pace is due a second later).
      const horizon = deadline - Date.now();
      if (this.inFlight === 0 && (await this.dueCount(horizon)) === 0) {
        await this.tick();
        if ((await this.dueCount(horizon)) === 0) return true;
      }
      this.wake();
      await new Promise((r) => setTimeout(r, 20));
    }
    return false;
  }

  private async dueCount(withinMs: number): Promise<number> {
    const statuses: ("pending" | "uncertain")[] =
      this.o.uncertain === "resend" ? ["pending", "uncertain"] : ["pending"];
    return this.o.prisma.delivery.count({
      where: {
        platform: { in: this.platforms },
        notBefore: { lte: new Date(this.o.clock.now().getTime() + withinMs) },
        OR: [{ status: "pending" }, { status: { in: statuses }, attempts: { lt: this.o.maxAttempts } }],
      },
    });
  }

  /** Periodic work: another instance's abandoned claims (PostgreSQL), then broadcast progress. */
  private async tick(): Promise<void> {
    const work = async () => {
      if (!this.o.singleProcess) await this.recoverInterrupted({ atStart: false });
      await this.o.onTick?.();
    };
    this.ticking ??= work().catch((err) => this.o.logger.error({ err }, "outbox: periodic tick failed"));
    const current = this.ticking;
    await current;
    if (this.ticking === current) this.ticking = null;
  }

  private async platformLoop(platform: Platform): Promise<void> {
    // Each platform gets its share of the sends in flight, so a slow one (its pacer's budget) never holds them all.
    const share = Math.max(1, Math.floor(this.o.maxInFlight / this.senders.size));
    while (this.running) {
      const claimed = this.claimed.get(platform) ?? 0;
      const free = Math.min(this.o.maxInFlight - this.inFlight, share - claimed);
      // Claim in batches: waiting until half the room is free keeps database round trips per message low.
      const busy = claimed > 0;
      if (free <= 0 || (busy && free < Math.ceil(share / 2))) {
        await this.slotWaker.sleep(250);
        continue;
      }
      let rows: ClaimedDelivery[] = [];
      try {
        // Counted before the claim commits, so the bound holds even while the claim is on its way.
        this.inFlight += free;
        rows = await claimDue(this.o.prisma, {
          platform,
          limit: free,
          now: this.o.clock.now(),
          instanceId: this.instanceId,
          resendUncertain: this.o.uncertain === "resend",
          maxAttempts: this.o.maxAttempts,
        });
      } catch (err) {
        this.o.logger.error({ err, platform }, "outbox: claim failed");
      } finally {
        this.inFlight -= free - rows.length;
      }
      this.claimed.set(platform, (this.claimed.get(platform) ?? 0) + rows.length);
      for (const row of rows) {
        this.track(
          this.deliver(platform, row).finally(() => {
            this.claimed.set(platform, (this.claimed.get(platform) ?? 1) - 1);
          }),
        );
      }
      if (rows.length === 0) await this.waker.sleep(this.o.pollMs ?? 1000);
      else if (rows.length < free) await this.waker.sleep(Math.min(this.o.pollMs ?? 1000, 50));
    }
  }

  /**
   * A later message to a chat is never due before an earlier one put back: the gap is measured a moment later for
   * it, so it could come out a millisecond shorter and overtake (the claim breaks equal times by queue order).
   */
  private deferChat(platform: Platform, chatId: string, gapMs: number): Date {
    const now = this.o.clock.now().getTime();
    const key = `${platform}:${chatId}`;
    const at = Math.max(now + Math.ceil(gapMs), this.chatsDeferred.get(key) ?? 0);
    if (this.chatsDeferred.size >= 10_000) {
      for (const [k, due] of this.chatsDeferred) if (due < now) this.chatsDeferred.delete(k);
    }
    this.chatsDeferred.set(key, at);
    return new Date(at);
  }

  private track(task: Promise<void>): void {
    this.tasks.add(task);
    task.finally(() => this.tasks.delete(task));
  }

  private async deliver(platform: Platform, row: ClaimedDelivery): Promise<void> {
    const message = fromPayload(row.payload);
    let result: SendResult;
    if (!message) {
      result = { ok: false, kind: "failed", error: "unreadable payload" };
    } else {
      const sender = this.senders.get(platform) as ChannelSender;
      const gap = sender.chatDelayMs?.(row.chatId) ?? 0;
      if (gap > 0) {
        // Too soon after the previous messages to this chat: back in the queue, unsent, and not counted as a try.
        result = { ok: false, kind: "retry", error: "per-chat pace" };
        await this.record({ row, platform, message, result, requeueAt: this.deferChat(platform, row.chatId, gap) });
        return;
      }
      if (message.choices?.length) {
        // Its numbers continue after the prompts the person still has open (src/core/pending.ts).
        const identity = await this.o.prisma.platformIdentity.findFirst({
          where: { platform, chatId: row.chatId },
          select: { pendingChoices: true },
        });
        prepareNotice(parsePending(identity?.pendingChoices, this.o.clock.now()), message, row.id);
      }
      try {
        result = await (this.senders.get(platform) as ChannelSender).send(row.chatId, message, {
          fromPart: row.partsSent,
          // Written at once: a crash before the rest leaves resumes after this part, not from the start.
          onPart: async (partsSent) => {
            await this.o.prisma.delivery.update({ where: { id: row.id }, data: { partsSent } });
          },
        });
      } catch (err) {
        // A sender should return a result; a throw means we cannot tell whether the message left.
        result = { ok: false, kind: "uncertain", error: err instanceof Error ? err.message : String(err) };
      }
    }
    await this.record({ row, platform, message, result });
  }

  /** Queues an outcome for the next batched write; resolves once it is written (then the slot is free). */
  private record(outcome: Outcome): Promise<void> {
    return new Promise((resolve) => {
      this.outcomes.push({ outcome, done: resolve });
      // A short wait gathers the outcomes of many sends into one transaction.
      this.flushing ??= new Promise((r) => setTimeout(r, this.o.flushDelayMs ?? 100)).then(() => this.flushLoop());
    });
  }

  private async flushLoop(): Promise<void> {
    try {
      while (this.outcomes.length > 0) {
        const batch = this.outcomes;
        this.outcomes = [];
        for (let attempt = 0; ; attempt++) {
          try {
            await this.write(batch.map((b) => b.outcome));
            break;
          } catch (err) {
            // The sends happened; their outcome must be written. Keep trying while the database is away.
            this.o.logger.error({ err, attempt }, "outbox: recording outcomes failed");
            await new Promise((r) => setTimeout(r, Math.min(5000, 100 * 2 ** attempt)));
          }
        }
        this.inFlight -= batch.length;
        for (const b of batch) b.done();
        this.slotWaker.wakeAll();
      }
    } finally {
      this.flushing = null;
    }
  }

  private async write(outcomes: Outcome[]): Promise<void> {
    const now = this.o.clock.now();
    const sent = outcomes.filter((o) => o.result.ok);
    await this.o.prisma.$transaction(async (tx) => {
      if (sent.length > 0) {
        // The common case in one statement: a broadcast's thousands of "sent" must not cost a round trip each.
        const ids = sent.map((o) => o.row.id);
        const messageIds = sent.map((o) => (o.result.ok ? o.result.messageIds.join(",") : ""));
        await tx.$executeRaw`
          UPDATE "Delivery" AS d SET status = 'sent', "sentAt" = ${now}, "platformMessageId" = NULLIF(u.mid, '')
            FROM unnest(${ids}::text[], ${messageIds}::text[]) AS u(id, mid)
           WHERE d.id = u.id`;
      }
      for (const { row, platform, message, result, requeueAt } of outcomes) {
        const where = { id: row.id };
        if (result.ok && result.partFailed) {
          // The text arrived; only a photo or file was refused: sent, with what failed kept visible.
          await tx.delivery.update({ where, data: { lastError: `part failed: ${result.partFailed}`.slice(0, 500) } });
        }
        if (!result.ok && result.partsSent !== undefined && result.partsSent > row.partsSent) {
          await tx.delivery.update({ where, data: { partsSent: result.partsSent } });
        }
        if (result.ok) {
          // The notice joins the open prompts; it never replaces a conversation's (src/core/pending.ts).
          if (message) await recordNotice(tx, { platform, chatId: row.chatId }, message, now);
          continue;
        }
        const error = result.error.slice(0, 500);
        switch (result.kind) {
          case "retry": {
            // A 429's wait is the platform's pace, not a failure: it does not use up an attempt.
            const counts = !requeueAt && !result.retryAfterMs;
            if (counts && row.attempts >= this.o.maxAttempts) {
              await tx.delivery.update({ where, data: { status: "failed", lastError: error } });
              break;
            }
            const delay = Math.max(result.retryAfterMs ?? 0, counts ? this.backoff(row.attempts) : 0);
            await tx.delivery.update({
              where,
              data: {
                status: "pending",
                notBefore: requeueAt ?? new Date(now.getTime() + delay),
                attempts: counts ? row.attempts : row.attempts - 1,
                ...(requeueAt ? {} : { lastError: error }),
              },
            });
            break;
          }
          case "unreachable":
            await tx.delivery.update({ where, data: { status: "unreachable", lastError: error } });
            await tx.platformIdentity.updateMany({
              where: { platform, chatId: row.chatId, unreachableAt: null },
              data: { unreachableAt: now },
            });
            break;
          case "uncertain":
            await tx.delivery.update({
              where,
              data: {
                // Marked either way; `failed` when it would never be re-sent, so its broadcast can finish.
                status: this.o.uncertain === "resend" && row.attempts >= this.o.maxAttempts ? "failed" : "uncertain",
                uncertainAt: row.uncertainAt ?? now,
                lastError: error,
                notBefore: new Date(now.getTime() + this.backoff(row.attempts)),
              },
            });
            break;
          case "failed":
            await tx.delivery.update({ where, data: { status: "failed", lastError: error } });
            break;
        }
      }
    });
  }

  private backoff(attempts: number): number {
    const base = (this.o.retryBaseMs ?? 1000) * 2 ** Math.max(0, attempts - 1);
    return Math.min(MAX_BACKOFF_MS, Math.round(base * (0.8 + Math.random() * 0.4)));
  }
}
