import { broadcastCommand } from "../modules/broadcasts/broadcast-admin.ts";
import { exportCommand } from "../modules/documents/export-admin.ts";
import { linkCodeCommand } from "../modules/linking/link-code-admin.ts";
import { targetCommand } from "../modules/pipeline/target-admin.ts";
import { importCommand } from "../modules/roster/import-admin.ts";
import { roleCommand } from "../modules/roster/role-admin.ts";
import type { AdminCommand } from "./command.ts";
import { jobsCommand } from "./jobs.ts";

/** Every admin subcommand; a new one is a file in src/admin/ added here. */
export const adminCommands: AdminCommand[] = [
  jobsCommand,
  importCommand,
  roleCommand,
  linkCodeCommand,
  targetCommand,
  exportCommand,
  jobsCommand,
  broadcastCommand,
];
