import type { ModuleManifest } from "../module.ts";
import { linkCodeCommand } from "./link-code-admin.ts";
import { linkingFeature } from "./linking-command.ts";
import { registrationFlow } from "./registration.ts";

/** Linking a chat account to a member: link codes, shared phone numbers, registration approved by a secretary. */
export const linkingModule: ModuleManifest = {
  name: "linking",
  features: [linkingFeature],
  flows: [registrationFlow],
  adminCommands: [linkCodeCommand],
};
