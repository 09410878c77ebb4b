/**
 * A token bucket per platform: `ratePerSecond` sends a second, with a burst of a twentieth of a second's worth,
 * so that no window of one second ever holds more than the rate (plus that small burst).
 * It paces this process only; the deployment-wide limit is shared out by OUTBOX_INSTANCES (see README).
 */
export class Pacer {
  private tokens: number;
  private last: number;
  private pausedUntil = 0;
  readonly burst: number;

  constructor(
    readonly ratePerSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.burst = Math.max(1, Math.floor(ratePerSecond / 20));
    this.tokens = this.burst;
    this.last = now();
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) * this.ratePerSecond) / 1000);
    this.last = t;
  }

  /** Takes up to `max` whole tokens now; returns how many were taken (0 when none is available yet). */
  take(max: number): number {
    this.refill();
    if (this.now() < this.pausedUntil) return 0;
    const n = Math.min(max, Math.floor(this.tokens));
    this.tokens -= n;
    return n;
  }

  /** Gives back tokens taken for sends that did not happen (nothing was due). */
  giveBack(n: number): void {
    this.tokens = Math.min(this.burst, this.tokens + n);
  }

  /** Milliseconds until the next token (or the end of a pause). */
  waitMs(): number {
    this.refill();
    const pause = this.pausedUntil - this.now();
    const token = this.tokens >= 1 ? 0 : ((1 - this.tokens) * 1000) / this.ratePerSecond;
    return Math.max(pause, token, 0);
  }

  /** The platform said "too many requests": nothing more to it until then (its flood control is per bot). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
    this.tokens = 0;
  }
}
