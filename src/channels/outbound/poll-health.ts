/**
 * Remembers whether polling works, for the health check: a channel whose polls have failed for longer than
 * `graceMs` (bad token, another poller holding the token, network down) is reported as not running.
 */
export class PollHealth {
  private failingSince: number | null = null;

  constructor(
    private readonly graceMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  ok(): void {
    this.failingSince = null;
  }

  /** Returns true for the first failure of a streak (worth a log line; later ones are not). */
  failed(): boolean {
    if (this.failingSince !== null) return false;
    this.failingSince = this.now();
    return true;
  }

  healthy(): boolean {
    return this.failingSince === null || this.now() - this.failingSince <= this.graceMs;
  }
}
