import { type Logger as CronLogger, createTask, type RunCoordinator, type ScheduledTask } from "node-cron";
import type { AppDeps } from "../core/deps.ts";
import type { Logger } from "../logger.ts";
import type { JobDefinition } from "./job.ts";
import { type RunOutcome, runJob } from "./run-job.ts";
import { nextSlotAfter, previousSlot } from "./slots.ts";

export interface SchedulerOptions {
  /** Recorded on JobRun and SchedulerLock rows: which process ran what. */
  instance: string;
  /** Elects one instance per scheduled time (see `fire`); the JobRun claim makes the effect exactly-once anyway. */
  coordinator: RunCoordinator;
}

/** node-cron's default lease for a distributed fire; the database coordinator keeps its rows longer anyway. */
const ELECTION_TTL_MS = 30_000;

/** How far ahead `nextFire` looks: every job fires at least once a year. */
const LOOK_AHEAD_MS = 400 * 24 * 3_600_000;

/**
 * One node-cron task per job, in the configured timezone: node-cron only wakes the scheduler at a job's scheduled
 * time, and `fire` decides the rest (election, period, run), so a simulation on a manual clock drives the same path
 * through `nextFire` and `fire`. On start, a job whose latest scheduled time passed while
 * the service was down runs once, if that time is still inside the job's catch-up window. `stop` waits for runs in
 * progress, the catch-up included.
 */
export class Scheduler {
  private readonly tasks: ScheduledTask[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();
  private stopped = false;
  private readonly upcoming = new Map<string, { from: number; at: Date }>();

  constructor(
    private readonly deps: AppDeps,
    private readonly jobs: readonly JobDefinition[],
    private readonly options: SchedulerOptions,
  ) {}

  async start(): Promise<void> {
    const timezone = this.deps.config.TZ_NAME;
    const logger = cronLogger(this.deps.logger);
    for (const job of this.jobs) {
      const task = createTask(job.schedule, (ctx) => this.track(this.fire(job, ctx.date)), {
        name: job.name,
        timezone,
        noOverlap: true,
        logger,
      });
      await task.start();
      this.tasks.push(task);
    }
    // In the background: a big catch-up (the weekly message to every member) must not hold up the start.
    void this.track(
      this.catchUp().catch((err) => this.deps.logger.error({ err }, "start-up catch-up of missed jobs failed")),
    );
  }

  /** Runs, once, each job whose latest scheduled time inside its catch-up window has no run recorded. */
  async catchUp(): Promise<Map<string, RunOutcome>> {
    const now = this.deps.clock.now();
    const timezone = this.deps.config.TZ_NAME;
    const outcomes = new Map<string, RunOutcome>();
    for (const job of this.jobs) {
      if (this.stopped) break;
      const slot = previousSlot(job.schedule, timezone, now, job.catchUpMs);
      const period = slot && job.periodOf(slot, timezone);
      if (!period) continue;
      const done = await this.deps.prisma.jobRun.findFirst({ where: { job: job.name, period, status: "done" } });
      if (done) continue;
      this.deps.logger.info({ job: job.name, period, slot }, "running a job missed while the service was down");
      outcomes.set(job.name, await runJob(this.deps, job, { period, instance: this.options.instance }));
    }
    return outcomes;
  }

  /** Stops the timers, then waits for runs in progress (each is one transaction: nothing half-written). */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const task of this.tasks.splice(0)) await task.destroy();
    await Promise.allSettled([...this.inFlight]);
  }

  /** The next scheduled time strictly after `after`, and the jobs scheduled then; undefined when none is. */
  nextFire(after: Date): { at: Date; jobs: JobDefinition[] } | undefined {
    let next: { at: Date; jobs: JobDefinition[] } | undefined;
    for (const job of this.jobs) {
      const at = this.nextSlotOf(job, after);
      if (!at || (next && at > next.at)) continue;
      if (next && at.getTime() === next.at.getTime()) next.jobs.push(job);
      else next = { at, jobs: [job] };
    }
    return next;
  }

  /** A job's next slot after `after`, remembered while `after` stays before it (a week's walk, not one per hour). */
  private nextSlotOf(job: JobDefinition, after: Date): Date | undefined {
    const known = this.upcoming.get(job.name);
    if (known && known.from <= after.getTime() && after.getTime() < known.at.getTime()) return known.at;
    const at = nextSlotAfter(job.schedule, this.deps.config.TZ_NAME, after, LOOK_AHEAD_MS);
    if (at) this.upcoming.set(job.name, { from: after.getTime(), at });
    return at;
  }

  /**
   * One scheduled time of one job: one instance is elected for it (the coordinator's key is "<job>:<time ISO>", as
   * in node-cron's distributed mode), then the period that time belongs to is run. If the coordinator cannot be
   * reached the fire is skipped (fail-closed): the start-up catch-up and the JobRun claim make up for it.
   * node-cron calls it at each scheduled time; a simulation calls it at each time `nextFire` gives.
   */
  async fire(job: JobDefinition, at: Date): Promise<RunOutcome | undefined> {
    if (this.stopped) return undefined;
    const period = job.periodOf(at, this.deps.config.TZ_NAME);
    if (!period) return undefined;
    let elected: boolean;
    try {
      elected = await this.options.coordinator.shouldRun(`${job.name}:${at.toISOString()}`, ELECTION_TTL_MS);
    } catch (err) {
      this.deps.logger.error({ err, job: job.name, at }, "run coordinator failed; this fire is skipped");
      return undefined;
    }
    if (!elected) return undefined;
    return runJob(this.deps, job, { period, instance: this.options.instance });
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
    return work;
  }
}

function cronLogger(logger: Logger): CronLogger {
  const child = logger.child({ component: "node-cron" });
  return {
    info: (message) => child.info(message),
    warn: (message) => child.warn(message),
    error: (message, err) => child.error({ err: err ?? message }, String(message)),
    debug: (message, err) => child.debug({ err }, String(message)),
  };
}
