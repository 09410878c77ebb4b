import type { App } from "../app.ts";

/** Where an admin command writes, and the app (database, locales, clock) it works on. */
export interface AdminIo {
  app: App;
  out(line: string): void;
  err(line: string): void;
}

/** One `npm run admin -- <name> …` subcommand, in its own file src/admin/<name>.ts, listed in src/admin/cli.ts. */
export interface AdminCommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full usage, printed by `--help` and after a usage error. */
  usage: string;
  /** Returns the process exit code: 0 done, 1 refused or failed, 2 usage error. */
  run(args: string[], io: AdminIo): Promise<number>;
}

/** A usage mistake: the command prints it with its usage and exits 2. */
export class UsageError extends Error {}
