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

/**
 * Waits before each new try of a scheduled run that failed (a database blip at 08:00 Monday): all four fall within
 * the hour after the scheduled time. After the last one the start-up catch-up is what is left.
 */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 15 * 60_000, 30 * 60_000];

interface PendingRetry {
  /** The scheduled time that failed: its period is the one to run. */
  slot: Date;
  at: Date;
  attempt: number;
  timer?: NodeJS.Timeout;
}

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
  /** The next try of each scheduled run that failed, by job and scheduled time. */
  private readonly retries = new Map<string, PendingRetry & { job: string }>();
  private timersOn = false;

  constructor(
    private readonly deps: AppDeps,
    private readonly jobs: readonly JobDefinition[],
    private readonly options: SchedulerOptions,
  ) {}

  async start(): Promise<void> {
    this.timersOn = true;
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
    for (const retry of this.retries.values()) clearTimeout(retry.timer);
    for (const task of this.tasks.splice(0)) await task.destroy();
    await Promise.allSettled([...this.inFlight]);
  }

  /**
   * The next scheduled time strictly after `after`, and the jobs scheduled then; undefined when none is. A pending
   * retry of a failed run counts as a scheduled time of its job.
   */
  nextFire(after: Date): { at: Date; jobs: JobDefinition[] } | undefined {
    let next: { at: Date; jobs: JobDefinition[] } | undefined;
    for (const job of this.jobs) {
      const slot = this.nextSlotOf(job, after);
      const retry = this.retryOf(job, (r) => r.at > after);
      const at = retry && (!slot || retry.at < slot) ? retry.at : slot;
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
    const retry = this.retryOf(job, (r) => r.at.getTime() === at.getTime());
    if (retry) return this.retry(job, retry);
    const period = job.periodOf(at, this.deps.config.TZ_NAME);
    if (!period) return undefined;
    let elected: boolean;
    try {
      elected = await this.options.coordinator.shouldRun(`${job.name}:${at.toISOString()}`, ELECTION_TTL_MS);
    } catch (err) {
      this.deps.logger.error({ err, job: job.name, at }, "run coordinator failed; this fire is tried again later");
      this.planRetry(job, at, 0);
      return undefined;
    }
    if (!elected) return undefined;
    const outcome = await runJob(this.deps, job, { period, instance: this.options.instance });
    if (outcome.status === "failed") this.planRetry(job, at, 0);
    return outcome;
  }

  /**
   * A new try of a failed scheduled run. No election: every instance that saw the failure may try, and the JobRun
   * claim lets exactly one of them write the period (a done period is skipped).
   */
  private async retry(job: JobDefinition, retry: PendingRetry): Promise<RunOutcome | undefined> {
    this.retries.delete(`${job.name}@${retry.slot.toISOString()}`);
    const period = job.periodOf(retry.slot, this.deps.config.TZ_NAME);
    if (!period) return undefined;
    this.deps.logger.info({ job: job.name, period, attempt: retry.attempt + 1 }, "trying a failed scheduled run again");
    const outcome = await runJob(this.deps, job, { period, instance: this.options.instance });
    if (outcome.status === "failed") this.planRetry(job, retry.slot, retry.attempt + 1);
    return outcome;
  }

  /** The earliest pending retry of a job that passes `test`. */
  private retryOf(job: JobDefinition, test: (r: PendingRetry) => boolean): PendingRetry | undefined {
    let found: PendingRetry | undefined;
    for (const r of this.retries.values()) if (r.job === job.name && test(r) && (!found || r.at < found.at)) found = r;
    return found;
  }

  private planRetry(job: JobDefinition, slot: Date, attempt: number): void {
    const key = `${job.name}@${slot.toISOString()}`;
    clearTimeout(this.retries.get(key)?.timer);
    this.retries.delete(key);
    const delay = RETRY_DELAYS_MS[attempt];
    if (delay === undefined || this.stopped) return;
    const retry: PendingRetry & { job: string } = {
      job: job.name,
      slot,
      attempt,
      at: new Date(this.deps.clock.now().getTime() + delay),
    };
    this.retries.set(key, retry);
    // Started by start(): node-cron wakes the scheduler only at cron times, so a retry has its own timer.
    if (this.timersOn) {
      retry.timer = setTimeout(() => void this.track(this.fire(job, retry.at)), delay);
      retry.timer.unref();
    }
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
