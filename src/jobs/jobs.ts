import type { Config } from "../config.ts";
import { holidayHandoverJob } from "./holiday-handover.ts";
import type { JobDefinition } from "./job.ts";
import { quarterlyRemindersJob } from "./quarterly-reminders.ts";
import { type DraftSweep, staleDraftsJob } from "./stale-drafts.ts";
import { twoYearRuleJob } from "./two-year-rule.ts";
import { weeklyEducationJob } from "./weekly-education.ts";

/**
 * Every scheduled job, built from the configuration. The stale-draft sweep belongs to the conversation engine;
 * main.ts passes it in once the engine provides `sweepIdleConversations`.
 */
export function allJobs(config: Config, options: { sweepDrafts?: DraftSweep } = {}): JobDefinition[] {
  return [
    weeklyEducationJob(config),
    quarterlyRemindersJob(config),
    holidayHandoverJob(config),
    twoYearRuleJob(config),
    ...(options.sweepDrafts ? [staleDraftsJob(config, options.sweepDrafts)] : []),
  ];
}
