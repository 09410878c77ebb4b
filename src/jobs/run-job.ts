import type { Db } from "../core/db.ts";
import type { AppDeps } from "../core/deps.ts";
import { enqueueDeliveries } from "./deliver.ts";
import { fanOutBatchSize, runFanOut, writeBatch } from "./fan-out.ts";
import type { JobDefinition, JobRunContext, PlannedMessage } from "./job.ts";

export type RunOutcome =
  | { status: "done"; period: string; messages: number }
  | { status: "skipped"; period: string }
  | { status: "failed"; period: string; error: string };

export interface RunOptions {
  period: string;
  /** Which process runs it, recorded on the JobRun row. */
  instance: string;
  /** Run again even though the period was already done: recorded as its own run, with its own deliveries. */
  force?: boolean;
}

/**
 * Runs one job for one period, exactly once across instances. The JobRun row (unique per job and period) is claimed
 * first, in a short transaction; the outbox rows are then written a batch of recipients at a time
 * (`fanOutBatchSize`), each batch in its own short transaction with the job's own records and a heartbeat, so a
 * fan-out to 100,000 members never holds the database for long and chat is answered between batches. A run that
 * dies half-way (an error, or a killed process whose heartbeat went stale) is taken over by the next run, which
 * writes the same rows again: their dedupe keys make every recipient get the message once.
 */
export async function runJob(deps: AppDeps, job: JobDefinition, options: RunOptions): Promise<RunOutcome> {
  const { prisma, clock, config } = deps;
  const now = clock.now();
  const ctx: JobRunContext = { deps, now };
  const forcedTag = options.force ? `forced-${now.toISOString()}` : undefined;
  const period = forcedTag ? `${options.period}#${forcedTag}` : options.period;
  const run = { job: job.name, period, instance: options.instance };
  const outcome = await runFanOut(deps, run, async () => {
    if (job.perform) return job.perform(ctx, options.period);
    for await (let planned of batchesOf(job, ctx, options.period, fanOutBatchSize(config, deps.db.kind))) {
      if (forcedTag) planned = planned.map((p) => ({ ...p, key: `${p.key}#${forcedTag}` }));
      const batch = planned;
      await writeBatch({ prisma, clock, chatFirst: deps.chatFirst }, run, async (tx) => {
        const written = await enqueueDeliveries(tx, batch, now);
        await job.record?.(tx, ctx, options.period, batch);
        return written;
      });
    }
    return undefined;
  });
  return outcome.status === "done"
    ? { status: "done", period, messages: outcome.messages }
    : outcome.status === "skipped"
      ? { status: "skipped", period }
      : { status: "failed", period, error: outcome.error };
}

async function* batchesOf(
  job: JobDefinition,
  ctx: JobRunContext,
  period: string,
  size: number,
): AsyncIterable<PlannedMessage[]> {
  if (job.planBatches) {
    yield* job.planBatches(ctx.deps.prisma, ctx, period, size);
    return;
  }
  const planned = job.plan ? await job.plan(ctx.deps.prisma, ctx, period) : [];
  for (let i = 0; i < planned.length; i += size) yield planned.slice(i, i + size);
}

/** Who would receive what for the period, writing nothing. */
export async function previewJob(deps: AppDeps, job: JobDefinition, period: string): Promise<PlannedMessage[]> {
  if (!job.plan) return [];
  return job.plan(deps.prisma, { deps, now: deps.clock.now() }, period);
}

/** The latest run of each job, for `npm run admin -- jobs`. */
export async function lastRuns(db: Db, jobs: readonly string[]) {
  const rows = await Promise.all(
    jobs.map((job) => db.jobRun.findFirst({ where: { job }, orderBy: [{ startedAt: "desc" }, { id: "desc" }] })),
  );
  return new Map(jobs.map((job, i) => [job, rows[i] ?? null]));
}
