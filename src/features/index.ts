import type { Feature } from "../core/feature.ts";
import { broadcastFeature } from "./broadcast/broadcast.ts";
import { educationFeature } from "./education/education.ts";
import { helpFeature } from "./help/help.ts";
import { languageFeature } from "./language/language.ts";
import { startFeature } from "./start/start.ts";

/**
 * Every chat feature, in the order they are consulted. A new feature is a folder under src/features exporting a
 * `Feature`, added here. `listCommands` lets /help list what the others define.
 */
export function allFeatures(listCommands: Parameters<typeof helpFeature>[0]): Feature[] {
  return [startFeature, helpFeature(listCommands), languageFeature, educationFeature, broadcastFeature];
}
