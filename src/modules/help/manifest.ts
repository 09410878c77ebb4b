import type { ModuleManifest } from "../module.ts";
import { guideFeature } from "./guide.ts";
import { helpFeature } from "./help.ts";
import { languageFeature } from "./language.ts";

/** /help (what this person may do), /guide (the plan's steps), /language. */
export const helpModule: ModuleManifest = {
  name: "help",
  features: (kernel) => [helpFeature(kernel.listCommands), languageFeature, guideFeature],
};
