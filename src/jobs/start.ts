import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { AppDeps } from "../core/deps.ts";
import { DatabaseRunCoordinator } from "./coordinator.ts";
import type { JobDefinition } from "./job.ts";
import { Scheduler } from "./scheduler.ts";

/** A name for this process on JobRun and SchedulerLock rows. */
export function instanceName(role = "bot"): string {
  return `${role}:${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

/** Builds and starts the scheduler of every job (unless JOBS_ENABLED=false); main.ts stops it first on shutdown. */
export async function startScheduler(deps: AppDeps, jobs: JobDefinition[]): Promise<Scheduler | undefined> {
  if (!deps.config.JOBS_ENABLED) return undefined;
  const instance = instanceName();
  const scheduler = new Scheduler(deps, jobs, {
    instance,
    coordinator: new DatabaseRunCoordinator(deps.prisma, instance, deps.clock),
  });
  await scheduler.start();
  return scheduler;
}
