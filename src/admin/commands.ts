import { broadcastCommand } from "./broadcast.ts";
import type { AdminCommand } from "./command.ts";
import { jobsCommand } from "./jobs.ts";

/** Every admin subcommand; a new one is a file in src/admin/ added here. */
export const adminCommands: AdminCommand[] = [jobsCommand, broadcastCommand];
