import type { ModuleManifest } from "../module.ts";
import { activityReportFlow } from "./activity-report.ts";
import { classificationFlow } from "./classification.ts";
import { dvutRemarkFlow } from "./dvut-remark.ts";
import { quarterlyRemindersJob } from "./quarterly-reminders.ts";
import { selfReportFlow } from "./self-report.ts";
import { unitReportFlow } from "./unit-report.ts";

/** What secretaries and members file: quarterly remarks and unit reports, classifications, activities, self-reports. */
export const reportingModule: ModuleManifest = {
  name: "reporting",
  flows: [dvutRemarkFlow, unitReportFlow, classificationFlow, activityReportFlow, selfReportFlow],
  jobs: (config) => [quarterlyRemindersJob(config)],
};
