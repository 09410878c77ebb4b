import type { Feature } from "../core/feature.ts";
import { broadcastFeature } from "./broadcast/broadcast.ts";
import { dashboardFeature } from "./dashboard/dashboard.ts";
import { educationFeature } from "./education/education.ts";
import { exportFeature } from "./export/export.ts";
import { findFeature } from "./find/find.ts";
import { guideFeature } from "./guide/guide.ts";
import { helpFeature } from "./help/help.ts";
import { languageFeature } from "./language/language.ts";
import { linkingFeature } from "./linking/linking.ts";
import { meFeature } from "./me/me.ts";
import { menuFeature } from "./menu/menu.ts";
import { reviewFeature } from "./review/review.ts";
import { rolesFeature } from "./roles/roles.ts";
import { targetsFeature } from "./targets/targets.ts";
import { unitFeature } from "./unit/unit.ts";

/**
 * Every chat feature, in the order they are consulted. A new feature is a folder under src/features exporting a
 * `Feature`, added here. `listCommands` lets /help list what the others define.
 */
export function allFeatures(listCommands: Parameters<typeof helpFeature>[0]): Feature[] {
  return [
    linkingFeature,
    helpFeature(listCommands),
    languageFeature,
    educationFeature,
    meFeature,
    unitFeature,
    dashboardFeature,
    findFeature,
    guideFeature,
    rolesFeature,
    exportFeature,
    targetsFeature,
    broadcastFeature,
    reviewFeature,
    menuFeature,
  ];
}
