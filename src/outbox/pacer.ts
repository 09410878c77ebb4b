/**
 * Paces one platform's sends in this process: never more than `ratePerSecond` sends in any window of one second
 * (a sliding window over the actual send times, the way the platforms count), and no two sends closer than half
 * the even spacing: after a stall it catches up at twice the rate at most, never in one burst. A 429 pauses the platform for its `retry_after` (flood control is per bot).
 * The deployment-wide limit is shared out by OUTBOX_INSTANCES (see docs/install.md, "Several instances").
 */
export class Pacer {
  /** The times of the last `capacity` sends, oldest at `next`. */
  private readonly sentAt: number[];
  private readonly capacity: number;
  private readonly minGapMs: number;
  private last = Number.NEGATIVE_INFINITY;
  private next = 0;
  private pausedUntil = Number.NEGATIVE_INFINITY;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    readonly ratePerSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.capacity = Math.max(1, Math.floor(ratePerSecond));
    this.sentAt = new Array<number>(this.capacity).fill(Number.NEGATIVE_INFINITY);
    this.minGapMs = 500 / ratePerSecond;
  }

  /** How long until one more send fits in the window (0: now). */
  waitMs(): number {
    const now = this.now();
    const windowFull = (this.sentAt[this.next] as number) + 1000 - now;
    return Math.max(0, this.pausedUntil - now, windowFull, this.last + this.minGapMs - now);
  }

  /** Waits for a send slot and takes it. Slots are handed out one after another, in the order asked. */
  acquire(): Promise<void> {
    const turn = this.chain.then(async () => {
      for (let wait = this.waitMs(); wait > 0; wait = this.waitMs()) {
        await new Promise((r) => setTimeout(r, Math.ceil(wait)));
      }
      this.last = this.now();
      this.sentAt[this.next] = this.last;
      this.next = (this.next + 1) % this.capacity;
    });
    this.chain = turn;
    return turn;
  }

  /** The platform said "too many requests": nothing more to it until then. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }
}
