import type { ChatFirst } from "../core/chat-first.ts";
import type { Db, Tx } from "../core/db.ts";
import type { AppDeps } from "../core/deps.ts";
import type { Database } from "../db/database.ts";
import { refreshOutboxStatistics } from "../outbox/enqueue.ts";

/**
 * Recipients a fan-out writes per transaction: JOB_BATCH_SIZE, or by database. On the embedded database a batch's
 * transaction holds the only connection, and chat waits for it: 1,000 keeps it near a second at province scale on a
 * small machine. On PostgreSQL chat runs beside it on other connections, and a batch pays fixed costs (its
 * transaction, the read of the next page, the turn it gives chat) however many rows it has: 2,500 keeps the
 * transaction far under a second and brings a province's weekly fan-out within its target.
 */
export function fanOutBatchSize(config: { JOB_BATCH_SIZE?: number | undefined }, database: Database["kind"]): number {
  return config.JOB_BATCH_SIZE ?? (database === "postgres" ? 2500 : 1000);
}

/** A fan-out's run: the `JobRun` row unique per name and period that claims it, resumes it and records it. */
export interface FanOutRun {
  /** The job's name, or "broadcast" for the preparation of a broadcast. */
  job: string;
  /** The business period ("2026-W48"), or the broadcast's id. */
  period: string;
  /** Which process runs it, recorded on the JobRun row. */
  instance: string;
}

export type FanOutOutcome =
  | { status: "done"; messages: number }
  | { status: "skipped" }
  | { status: "failed"; error: string };

type FanOutDeps = Pick<AppDeps, "prisma" | "clock" | "logger"> & {
  config: { JOB_RUN_STALE_SECONDS: number };
};

/**
 * Runs `work` once for a run, across instances and crashes. The JobRun row is claimed first in a short transaction
 * (inserted, or taken over when it failed or when the process running it stopped writing heartbeats before
 * JOB_RUN_STALE_SECONDS), then `work` writes its batches (see `writeBatch`) and the run is marked done with what every
 * attempt wrote, and the outbox's planner statistics are refreshed after a big one. A run that dies half-way is
 * finished by the next claim of the same run, which writes the same rows again: their unique keys make every
 * recipient get them once. Jobs (`runJob`) and broadcasts use this one mechanism.
 */
export async function runFanOut(
  deps: FanOutDeps,
  run: FanOutRun,
  work: () => Promise<number | undefined>,
): Promise<FanOutOutcome> {
  const { prisma, clock, config } = deps;
  const now = clock.now();
  const log = deps.logger.child({ job: run.job, period: run.period });
  const staleBefore = new Date(now.getTime() - config.JOB_RUN_STALE_SECONDS * 1000);
  try {
    if (!(await prisma.$transaction((tx) => claim(tx, run, now, staleBefore)))) {
      log.debug("run already claimed");
      return { status: "skipped" };
    }
    let messages = await work();
    if (messages === undefined) {
      const row = await prisma.jobRun.findUniqueOrThrow({
        where: { job_period: { job: run.job, period: run.period } },
      });
      messages = row.messages;
    }
    await prisma.jobRun.update({
      where: { job_period: { job: run.job, period: run.period } },
      data: { status: "done", finishedAt: clock.now(), messages },
    });
    await refreshOutboxStatistics(prisma, messages);
    log.info({ messages }, "run done");
    return { status: "done", messages };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    log.error({ err }, "run failed");
    await recordFailure(prisma, run, now, clock.now(), error).catch((e) =>
      log.error({ err: e }, "could not record the failed run"),
    );
    return { status: "failed", error };
  }
}

/**
 * One batch of a fan-out in its own short transaction: `write` adds the rows (returns how many), and the run's count
 * and heartbeat move with them. Chat goes first: the batch starts once the chat updates being handled are answered,
 * and the next one (its read included) only after those that arrived during this one (see `ChatFirst`).
 */
export async function writeBatch(
  deps: Pick<AppDeps, "prisma" | "clock"> & { chatFirst?: ChatFirst },
  run: Pick<FanOutRun, "job" | "period">,
  write: (tx: Tx) => Promise<number>,
): Promise<number> {
  await deps.chatFirst?.idle();
  const written = await deps.prisma.$transaction(async (tx) => {
    const n = await write(tx);
    await tx.jobRun.update({
      where: { job_period: { job: run.job, period: run.period } },
      data: { messages: { increment: n }, heartbeatAt: deps.clock.now() },
    });
    return n;
  });
  await new Promise((resolve) => setImmediate(resolve));
  await deps.chatFirst?.idle();
  return written;
}

/**
 * At the start of a process that owns its database alone (the embedded one), a run still "running" belonged to a
 * process that was stopped or killed: it is marked failed at once, so the next claim resumes it without waiting for
 * its heartbeat to go stale. Returns how many.
 */
export async function recoverInterruptedRuns(db: Db, at: Date): Promise<number> {
  const { count } = await db.jobRun.updateMany({
    where: { status: "running" },
    data: { status: "failed", finishedAt: at, error: "interrupted: the process stopped during the run" },
  });
  return count;
}

/**
 * Inserts the run row, or takes over a failed one, or one left "running" by a process that stopped writing before
 * `staleBefore`. False when another run has (or had, or is making) it. What a run wrote stays counted.
 */
async function claim(tx: Db, run: FanOutRun, now: Date, staleBefore: Date): Promise<boolean> {
  const { job, period, instance } = run;
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

/** The run failed (its claim may or may not have been written): record it where no successful run is overwritten. */
async function recordFailure(db: Db, run: FanOutRun, startedAt: Date, at: Date, error: string): Promise<void> {
  const { job, period, instance } = run;
  const data = { status: "failed" as const, instance, startedAt, finishedAt: at, error: error.slice(0, 2000) };
  const { count } = await db.jobRun.createMany({ data: [{ job, period, ...data }], skipDuplicates: true });
  if (count === 0) await db.jobRun.updateMany({ where: { job, period, status: { not: "done" } }, data });
}
