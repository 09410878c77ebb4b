import type { ModuleManifest } from "../module.ts";
import { broadcastCommand } from "./broadcast-admin.ts";
import { broadcastFeature } from "./broadcast-command.ts";
import { composeFlow } from "./compose.ts";
import { confirmationRemindersJob } from "./confirmation-reminders.ts";

/** Announcements to the whole tree or part of it: compose, send through the outbox, follow confirmations. */
export const broadcastsModule: ModuleManifest = {
  name: "broadcasts",
  features: [broadcastFeature],
  flows: [composeFlow],
  jobs: (config) => [confirmationRemindersJob(config)],
  adminCommands: [broadcastCommand],
};
