import type { ModuleManifest } from "../module.ts";
import { reviewFeature } from "./review-command.ts";
import { reviewRemindersJob } from "./review-reminders.ts";

/**
 * Review and return of filed reports by the level above. Its return flow needs every filing flow, so the
 * composition (src/modules/index.ts) adds it.
 */
export const reviewModule: ModuleManifest = {
  name: "review",
  features: [reviewFeature],
  jobs: (config) => [reviewRemindersJob(config)],
};
