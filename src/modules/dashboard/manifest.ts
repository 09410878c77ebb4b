import type { ModuleManifest } from "../module.ts";
import { dashboardFeature } from "./dashboard-command.ts";
import { unitFeature } from "./unit-command.ts";
import { weeklyChartJob } from "./weekly-chart.ts";

/** What staff and secretaries follow: /dashboard over a subtree (with its chart), /unit for one unit, a weekly chart. */
export const dashboardModule: ModuleManifest = {
  name: "dashboard",
  features: [unitFeature, dashboardFeature],
  jobs: (config) => (config.DASHBOARD_CHART_WEEKLY ? [weeklyChartJob(config)] : []),
};
