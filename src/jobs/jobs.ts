import type { Config } from "../config.ts";
import { flowById } from "../flows/registry.ts";
import { sweepIdleConversations } from "../flows/sweep.ts";
import { confirmationRemindersJob } from "./confirmation-reminders.ts";
import { holidayHandoverJob } from "./holiday-handover.ts";
import { housekeepingJob } from "./housekeeping.ts";
import type { JobDefinition } from "./job.ts";
import { quarterlyRemindersJob } from "./quarterly-reminders.ts";
import { reviewRemindersJob } from "./review-reminders.ts";
import { type DraftSweep, staleDraftsJob } from "./stale-drafts.ts";
import { twoYearRuleJob } from "./two-year-rule.ts";
import { weeklyEducationJob } from "./weekly-education.ts";

/** The conversation engine's sweep: reminds idle drafts once, expires old ones. */
const sweepFlowDrafts: DraftSweep = async (deps) => {
  const { reminders, expired } = await sweepIdleConversations(deps);
  return reminders.length + expired;
};

/** Every scheduled job, built from the configuration. Tests may replace the stale-draft sweep. */
export function allJobs(config: Config, options: { sweepDrafts?: DraftSweep } = {}): JobDefinition[] {
  return [
    weeklyEducationJob(config),
    quarterlyRemindersJob(config),
    holidayHandoverJob(config),
    twoYearRuleJob(config),
    staleDraftsJob(config, options.sweepDrafts ?? sweepFlowDrafts),
    reviewRemindersJob(config, flowById),
    confirmationRemindersJob(config),
    housekeepingJob(config),
  ];
}
