import type { Clock } from "../clock.ts";
import type { SqlClient } from "../db/database.ts";
import type { Logger } from "../logger.ts";

/**
 * Marks answered updates as processed (their replies have left), many in one statement instead of a round trip
 * each. An update claimed but never marked (the process died before its answer left) is taken again if its platform
 * delivers it again after UPDATE_CLAIM_STALE_SECONDS: its stored replies are sent again, or, when none were stored,
 * it is handled again. A batch lost in a crash can only mean an answer sent twice.
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

/**
 * Stores the replies of handled updates before they are sent. Updates handled in the same turn of the event loop
 * (many chats at once) share one statement; the one alone waits for nothing but that turn to end.
 */
export class ReplyStore {
  private waiting: { id: string; replies: string; done(): void; fail(error: unknown): void }[] = [];

  constructor(private readonly sql: SqlClient) {}

  store(claimId: string, replies: string): Promise<void> {
    return new Promise((done, fail) => {
      if (this.waiting.push({ id: claimId, replies, done, fail }) === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.waiting.splice(0);
    try {
      await this.sql.execute(
        `UPDATE "InboundUpdate" AS u SET "replies" = v."replies"::jsonb
           FROM unnest($1::text[], $2::text[]) AS v("id", "replies") WHERE u."id" = v."id"`,
        [batch.map((w) => w.id), batch.map((w) => w.replies)],
      );
      for (const w of batch) w.done();
    } catch (error) {
      for (const w of batch) w.fail(error);
    }
  }
}
