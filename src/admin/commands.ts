import { moduleAdminCommands } from "../modules/index.ts";
import type { AdminCommand } from "./command.ts";
import { jobsCommand } from "./jobs.ts";

/** Every admin subcommand: the scheduler's own `jobs`, then each module's (declared in its manifest). */
export const adminCommands: AdminCommand[] = [jobsCommand, ...moduleAdminCommands];
