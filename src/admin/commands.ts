import type { AdminCommand } from "./command.ts";

/** Every admin subcommand; a new one is a file in src/admin/ added here. */
export const adminCommands: AdminCommand[] = [];
