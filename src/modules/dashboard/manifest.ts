import type { ModuleManifest } from "../module.ts";
import { dashboardFeature } from "./dashboard-command.ts";
import { unitFeature } from "./unit-command.ts";

/** What staff and secretaries follow: /dashboard over a subtree, /unit for one unit. */
export const dashboardModule: ModuleManifest = {
  name: "dashboard",
  features: [unitFeature, dashboardFeature],
};
