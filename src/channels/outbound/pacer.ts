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

  /** Books a slot at or after `at` (ms since epoch) and returns its time. */
  reserve(at: number): number {
    if (this.intervalMs <= 0) return at;
    const tolerance = this.intervalMs * (this.burst - 1);
    const start = Math.max(at, this.tat - tolerance);
    this.tat = Math.max(this.tat, start) + this.intervalMs;
    return start;
  }

  /** True when nothing is booked past `at` (the slot can be forgotten). */
  idleAt(at: number): boolean {
    return this.tat <= at;
  }
}

export interface PacingLimits {
  perSecond: number;
  chatIntervalMs: number;
  chatBurst: number;
}

/** A global send rate and a per-chat one, for one platform in one process. */
export class Pacer {
  private readonly global: RateSlot;
  private readonly chats = new Map<string, RateSlot>();
  private lastSweep = 0;

  constructor(
    private readonly limits: PacingLimits,
    private readonly now: () => number = Date.now,
  ) {
    // A small global burst absorbs a reply of two or three parts without delay.
    this.global = new RateSlot(1000 / limits.perSecond, Math.max(1, Math.min(5, Math.floor(limits.perSecond / 5))));
  }

  /** Waits until one more message may go to this chat. */
  async wait(chatId: string): Promise<void> {
    const now = this.now();
    this.sweep(now);
    let chat = this.chats.get(chatId);
    if (!chat) {
      chat = new RateSlot(this.limits.chatIntervalMs, this.limits.chatBurst);
      this.chats.set(chatId, chat);
    }
    const at = this.global.reserve(chat.reserve(now));
    if (at > now) await sleep(at - now);
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
