import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { AppDeps } from "../core/deps.ts";
import { allJobs } from "../modules/jobs.ts";
import { DatabaseRunCoordinator } from "./coordinator.ts";
import { Scheduler } from "./scheduler.ts";
import type { DraftSweep } from "./stale-drafts.ts";

/** A name for this process on JobRun and SchedulerLock rows. */
export function instanceName(role = "bot"): string {
  return `${role}:${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

/** Builds and starts the scheduler of every job (unless JOBS_ENABLED=false); main.ts stops it first on shutdown. */
export async function startScheduler(
  deps: AppDeps,
  options: { sweepDrafts?: DraftSweep } = {},
): Promise<Scheduler | undefined> {
  if (!deps.config.JOBS_ENABLED) return undefined;
  const instance = instanceName();
  const scheduler = new Scheduler(deps, allJobs(deps.config, options), {
    instance,
    coordinator: new DatabaseRunCoordinator(deps.prisma, instance, deps.clock),
  });
  await scheduler.start();
  return scheduler;
}
