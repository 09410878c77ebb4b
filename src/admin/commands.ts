import type { AdminCommand } from "./command.ts";
import { importCommand } from "./import.ts";

/** Every admin subcommand; a new one is a file in src/admin/ added here. */
export const adminCommands: AdminCommand[] = [importCommand];
