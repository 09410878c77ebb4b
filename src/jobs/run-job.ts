import type { Db } from "../core/db.ts";
import type { AppDeps } from "../core/deps.ts";
import { enqueueDeliveries } from "./deliver.ts";
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
 * (JOB_BATCH_SIZE), each batch in its own short transaction with the job's own records and a heartbeat, so a
 * fan-out to 100,000 members never holds the database for long and chat is answered between batches. A run that
 * dies half-way (an error, or a killed process whose heartbeat went stale) is taken over by the next run, which
 * writes the same rows again: their dedupe keys make every recipient get the message once.
 */
export async function runJob(deps: AppDeps, job: JobDefinition, options: RunOptions): Promise<RunOutcome> {
  const { prisma, clock, logger, config } = deps;
  const now = clock.now();
  const ctx: JobRunContext = { deps, now };
  const forcedTag = options.force ? `forced-${now.toISOString()}` : undefined;
  const period = forcedTag ? `${options.period}#${forcedTag}` : options.period;
  const log = logger.child({ job: job.name, period });
  const staleBefore = new Date(now.getTime() - config.JOB_RUN_STALE_SECONDS * 1000);
  try {
    if (!(await prisma.$transaction((tx) => claim(tx, job.name, period, options.instance, now, staleBefore)))) {
      log.debug("period already claimed");
      return { status: "skipped", period };
    }
    let messages: number;
    if (job.perform) {
      messages = await job.perform(ctx, options.period);
    } else {
      for await (let planned of batchesOf(job, ctx, options.period, config.JOB_BATCH_SIZE)) {
        if (forcedTag) planned = planned.map((p) => ({ ...p, key: `${p.key}#${forcedTag}` }));
        await prisma.$transaction(async (tx) => {
          const written = await enqueueDeliveries(tx, planned, now);
          await job.record?.(tx, ctx, options.period, planned);
          await tx.jobRun.update({
            where: { job_period: { job: job.name, period } },
            data: { messages: { increment: written }, heartbeatAt: clock.now() },
          });
        });
        // Let chat updates waiting for the database go first.
        await new Promise((resolve) => setImmediate(resolve));
      }
      const run = await prisma.jobRun.findUniqueOrThrow({ where: { job_period: { job: job.name, period } } });
      messages = run.messages;
    }
    await finish(prisma, job.name, period, clock.now(), messages);
    log.info({ messages }, "job run done");
    return { status: "done", period, messages };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    log.error({ err }, "job run failed");
    await recordFailure(prisma, job.name, period, options.instance, now, clock.now(), error).catch((e) =>
      log.error({ err: e }, "could not record the failed run"),
    );
    return { status: "failed", period, error };
  }
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

/**
 * Inserts the run row, or takes over a failed one, or one left "running" by a process that stopped writing before
 * `staleBefore`. False when another run has (or had, or is making) the period. What a run wrote stays counted.
 */
async function claim(
  tx: Db,
  job: string,
  period: string,
  instance: string,
  now: Date,
  staleBefore: Date,
): Promise<boolean> {
  const { count } = await tx.jobRun.createMany({
    data: [{ job, period, instance, status: "running", startedAt: now, heartbeatAt: now }],
    skipDuplicates: true,
  });
  if (count === 1) return true;
  const retried = await tx.jobRun.updateMany({
    where: {
      job,
      period,
      OR: [
        { status: "failed" },
        {
          status: "running",
          OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: staleBefore } }],
          startedAt: { lt: staleBefore },
        },
      ],
    },
    data: { status: "running", instance, startedAt: now, heartbeatAt: now, finishedAt: null, error: null },
  });
  return retried.count === 1;
}

async function finish(db: Db, job: string, period: string, at: Date, messages: number): Promise<void> {
  await db.jobRun.update({
    where: { job_period: { job, period } },
    data: { status: "done", finishedAt: at, messages },
  });
}

/** The run failed (its claim may or may not have been written): record it where no successful run is overwritten. */
async function recordFailure(
  db: Db,
  job: string,
  period: string,
  instance: string,
  startedAt: Date,
  at: Date,
  error: string,
): Promise<void> {
  const data = { status: "failed" as const, instance, startedAt, finishedAt: at, error: error.slice(0, 2000) };
  const { count } = await db.jobRun.createMany({ data: [{ job, period, ...data }], skipDuplicates: true });
  if (count === 0) await db.jobRun.updateMany({ where: { job, period, status: { not: "done" } }, data });
}

/** The latest run of each job, for `npm run admin -- jobs`. */
export async function lastRuns(db: Db, jobs: readonly string[]) {
  const rows = await Promise.all(
    jobs.map((job) => db.jobRun.findFirst({ where: { job }, orderBy: [{ startedAt: "desc" }, { id: "desc" }] })),
  );
  return new Map(jobs.map((job, i) => [job, rows[i] ?? null]));
}
