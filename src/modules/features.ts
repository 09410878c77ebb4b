import type { Feature } from "../core/feature.ts";
import { broadcastFeature } from "./broadcasts/broadcast-command.ts";
import { dashboardFeature } from "./dashboard/dashboard-command.ts";
import { unitFeature } from "./dashboard/unit-command.ts";
import { exportFeature } from "./documents/export-command.ts";
import { educationFeature } from "./education/education-command.ts";
import { guideFeature } from "./help/guide.ts";
import { helpFeature } from "./help/help.ts";
import { languageFeature } from "./help/language.ts";
import { linkingFeature } from "./linking/linking-command.ts";
import { menuFeature } from "./menu/menu.ts";
import { targetsFeature } from "./pipeline/targets-command.ts";
import { reviewFeature } from "./review/review-command.ts";
import { findFeature } from "./roster/find.ts";
import { meFeature } from "./roster/me.ts";
import { rolesFeature } from "./roster/roles-command.ts";

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
