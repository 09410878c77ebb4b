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

/** A run with a lot to write (the weekly message to every member) must not hit Prisma's 5-second default. */
const TRANSACTION = { timeout: 10 * 60_000, maxWait: 60_000 };

/**
 * Runs one job for one period, exactly once across instances: the JobRun row (unique per job and period) is
 * claimed in the same transaction that writes the outbox rows, so of two instances firing together one writes
 * everything and the other finds the period taken. A failed run is recorded and may be claimed again later.
 */
export async function runJob(deps: AppDeps, job: JobDefinition, options: RunOptions): Promise<RunOutcome> {
  const { prisma, clock, logger } = deps;
  const now = clock.now();
  const ctx: JobRunContext = { deps, now };
  const forcedTag = options.force ? `forced-${now.toISOString()}` : undefined;
  const period = forcedTag ? `${options.period}#${forcedTag}` : options.period;
  const log = logger.child({ job: job.name, period });
  try {
    let messages: number | undefined;
    if (job.perform) {
      if (!(await prisma.$transaction((tx) => claim(tx, job.name, period, options.instance, now)))) {
        return { status: "skipped", period };
      }
      messages = await job.perform(ctx, options.period);
      await finish(prisma, job.name, period, clock.now(), messages);
    } else {
      messages = await prisma.$transaction(async (tx) => {
        if (!(await claim(tx, job.name, period, options.instance, now))) return undefined;
        let planned = job.plan ? await job.plan(tx, ctx, options.period) : [];
        if (forcedTag) planned = planned.map((p) => ({ ...p, key: `${p.key}#${forcedTag}` }));
        const written = await enqueueDeliveries(tx, planned, now);
        await job.record?.(tx, ctx, options.period, planned);
        await finish(tx, job.name, period, clock.now(), written);
        return written;
      }, TRANSACTION);
    }
    if (messages === undefined) {
      log.debug("period already claimed");
      return { status: "skipped", period };
    }
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

/** Who would receive what for the period, writing nothing. */
export async function previewJob(deps: AppDeps, job: JobDefinition, period: string): Promise<PlannedMessage[]> {
  if (!job.plan) return [];
  return job.plan(deps.prisma, { deps, now: deps.clock.now() }, period);
}

/** Inserts the run row, or takes over a failed one. False when another run has (or had) the period. */
async function claim(tx: Db, job: string, period: string, instance: string, now: Date): Promise<boolean> {
  const { count } = await tx.jobRun.createMany({
    data: [{ job, period, instance, status: "running", startedAt: now }],
    skipDuplicates: true,
  });
  if (count === 1) return true;
  const retried = await tx.jobRun.updateMany({
    where: { job, period, status: "failed" },
    data: { status: "running", instance, startedAt: now, finishedAt: null, error: null, messages: 0 },
  });
  return retried.count === 1;
}

async function finish(db: Db, job: string, period: string, at: Date, messages: number): Promise<void> {
  await db.jobRun.update({
    where: { job_period: { job, period } },
    data: { status: "done", finishedAt: at, messages },
  });
}

/** The transaction was rolled back, claim included: write the failure where no successful run can be overwritten. */
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
