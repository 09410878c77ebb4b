import { moduleAdminCommands } from "../modules/index.ts";
import type { AdminCommand } from "./command.ts";
import { dbCommand } from "./db.ts";
import { jobsCommand } from "./jobs.ts";

/** Every admin subcommand: the scheduler's own `jobs`, the database's `db`, then each module's (declared in its manifest). */
export const adminCommands: AdminCommand[] = [jobsCommand, dbCommand, ...moduleAdminCommands];
