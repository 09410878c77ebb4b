import type { Db, Tx } from "../core/db.ts";
import type { AppDeps } from "../core/deps.ts";
import type { OutgoingMessage } from "../core/messages.ts";
import type { Recipient } from "./recipients.ts";

/** One message a job wants delivered to one person (on each of their reachable chat accounts). */
export interface PlannedMessage {
  recipient: Recipient;
  /** Unique per job, period and person, e.g. "weekly-education:2026-W48:<personId>"; the platform is appended. */
  key: string;
  message: OutgoingMessage;
}

export interface JobRunContext {
  deps: AppDeps;
  /** The moment the run happens (the injected clock). */
  now: Date;
}

/**
 * A scheduled job: when it fires (cron), which business period a fire belongs to, and what is due for a period.
 * A job only decides; `runJob` claims the period and writes the outbox rows.
 */
export interface JobDefinition {
  name: string;
  /** Cron expression, in the configured timezone. */
  schedule: string;
  /** One line for `npm run admin -- jobs`. */
  description: string;
  /**
   * The business period a fire at `at` belongs to ("2026-W48", "2026-12-21"), or undefined when nothing is due
   * then (a daily check on a day that is not a reminder day).
   */
  periodOf(at: Date, timeZone: string): string | undefined;
  /** A period typed on the command line: true when it has this job's shape. */
  isPeriod(period: string): boolean;
  /** How long after a scheduled time a run missed while the service was down is still worth running at start-up. */
  catchUpMs: number;
  /** Who receives what for this period. Reads only, so `jobs preview` can show it. */
  plan?(db: Db, ctx: JobRunContext, period: string): Promise<PlannedMessage[]>;
  /**
   * The same as `plan`, a page of recipients at a time (in a stable order), for jobs that reach every member: the
   * run never holds 100,000 recipients in memory nor in one transaction. When absent, `plan` is cut into batches.
   */
  planBatches?(db: Db, ctx: JobRunContext, period: string, size: number): AsyncIterable<PlannedMessage[]>;
  /** Extra writes in the same transaction as the deliveries (e.g. which education item went to whom). */
  record?(tx: Tx, ctx: JobRunContext, period: string, planned: readonly PlannedMessage[]): Promise<void>;
  /** A job whose effect is not a set of messages (e.g. sweeping idle conversations); returns how many it touched. */
  perform?(ctx: JobRunContext, period: string): Promise<number>;
}
