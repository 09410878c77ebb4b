import type { ModuleManifest } from "../module.ts";
import { educationFeature } from "./education-command.ts";
import { weeklyEducationJob } from "./weekly-education.ts";

/** Weekly political education: content, quiz, opt-out. */
export const educationModule: ModuleManifest = {
  name: "education",
  features: [educationFeature],
  jobs: (config) => [weeklyEducationJob(config)],
};
