import type { Config } from "../config.ts";
import { housekeepingJob } from "../jobs/housekeeping.ts";
import type { JobDefinition } from "../jobs/job.ts";
import { type DraftSweep, staleDraftsJob } from "../jobs/stale-drafts.ts";
import { sweepIdleConversations } from "../jobs/sweep-drafts.ts";
import { confirmationRemindersJob } from "./broadcasts/confirmation-reminders.ts";
import { weeklyEducationJob } from "./education/weekly-education.ts";
import { flowById } from "./flows.ts";
import { holidayHandoverJob } from "./pipeline/holiday-handover.ts";
import { twoYearRuleJob } from "./pipeline/two-year-rule.ts";
import { quarterlyRemindersJob } from "./reporting/quarterly-reminders.ts";
import { reviewRemindersJob } from "./review/review-reminders.ts";

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
