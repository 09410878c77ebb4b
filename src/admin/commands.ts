import { broadcastCommand } from "./broadcast.ts";
import type { AdminCommand } from "./command.ts";
import { exportCommand } from "./export.ts";
import { importCommand } from "./import.ts";
import { jobsCommand } from "./jobs.ts";
import { linkCodeCommand } from "./link-code.ts";
import { roleCommand } from "./role.ts";
import { targetCommand } from "./target.ts";

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
