import type { Clock } from "../clock.ts";
import type { SqlClient } from "../db/database.ts";
import type { Logger } from "../logger.ts";

/**
 * Marks handled updates as processed, many in one statement instead of a round trip each. An update claimed but
 * never marked (the process died while handling it) is handled again if its platform delivers it again after
 * `STALE_CLAIM_SECONDS` (src/core/identity.ts); a batch lost in a crash can only mean such an update is handled twice.
 */
export class ProcessedMarks {
  private pending: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly sql: SqlClient,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly delayMs = 100,
    private readonly maxBatch = 500,
  ) {}

  add(claimId: string): void {
    this.pending.push(claimId);
    if (this.pending.length >= this.maxBatch) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.delayMs);
      this.timer.unref();
    }
  }

  /** Writes what is pending; resolves when every mark added so far is stored (or its failure logged). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const ids = this.pending;
    this.pending = [];
    if (ids.length > 0) {
      this.chain = this.chain
        .then(() =>
          this.sql.execute(`UPDATE "InboundUpdate" SET "processedAt" = $1 WHERE "id" = ANY($2::text[])`, [
            this.clock.now().toISOString(),
            ids,
          ]),
        )
        .then(
          () => undefined,
          (err) => this.logger.warn({ err, count: ids.length }, "could not mark updates as processed"),
        );
    }
    return this.chain;
  }
}
