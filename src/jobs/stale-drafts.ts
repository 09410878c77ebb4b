import type { Config } from "../config.ts";
import type { AppDeps } from "../core/deps.ts";
import type { JobDefinition } from "./job.ts";

export const STALE_DRAFTS = "stale-drafts";

/** Reminds and expires guided reports left idle; returns how many it reminded or expired. */
export type DraftSweep = (deps: AppDeps) => Promise<number>;

/**
 * Runs the conversation engine's sweep of idle drafts on a schedule, once per hour across instances. The sweep
 * writes its own outbox rows (it claims each draft itself), so this job only records the run.
 */
export function staleDraftsJob(config: Config, sweep: DraftSweep): JobDefinition {
  return {
    name: STALE_DRAFTS,
    schedule: config.CRON_STALE_DRAFTS,
    description: "reminders and expiry of guided reports left half-filled",
    catchUpMs: 50 * 60_000,
    periodOf: (at) => hourKey(at),
    isPeriod: (period) => /^\d{4}-\d{2}-\d{2}T\d{2}$/.test(period),
    perform: (ctx) => sweep(ctx.deps),
  };
}

/** "2026-11-26T09" (UTC hour): the period of an hourly job. */
function hourKey(at: Date): string {
  return at.toISOString().slice(0, 13);
}
