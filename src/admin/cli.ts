/**
 * `npm run admin -- <command> [options]`: administration from a terminal. Each command is a file src/admin/<name>.ts
 * exporting an AdminCommand; add it to `commands` below.
 */
import "dotenv/config";
import { pathToFileURL } from "node:url";
import { type App, createApp } from "../app.ts";
import { ConfigError, loadConfig } from "../config.ts";
import { createLogger } from "../logger.ts";
import { broadcastCommand } from "./broadcast.ts";
import { type AdminCommand, type AdminIo, UsageError } from "./command.ts";

export const commands: AdminCommand[] = [broadcastCommand];

function listing(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "usage: npm run admin -- <command> [options]   (--help after a command for its options)",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
  ].join("\n");
}

/** Runs one command; `openApp` is called only when a command needs the database. Returns the exit code. */
export async function runAdmin(
  argv: string[],
  io: { out(line: string): void; err(line: string): void; openApp(): Promise<App> },
): Promise<number> {
  const [name, ...args] = argv.filter((a, i) => !(i === 0 && a === "--"));
  const command = commands.find((c) => c.name === name);
  if (!command) {
    if (name && name !== "--help" && name !== "help") io.err(`unknown command "${name}"`);
    io.err(listing());
    return name && name !== "--help" && name !== "help" ? 2 : 0;
  }
  if (args.includes("--help")) {
    io.out(command.usage);
    return 0;
  }
  const app = await io.openApp();
  try {
    const commandIo: AdminIo = { app, out: io.out, err: io.err };
    return await command.run(args, commandIo);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof Error && "code" in error && /^ERR_PARSE_ARGS/.test(String(error.code)))
    ) {
      io.err(`${command.name}: ${error.message}\n${command.usage}`);
      return 2;
    }
    throw error;
  } finally {
    await app.close();
  }
}

async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const logger = createLogger({ level: process.env.LOG_LEVEL ? config.LOG_LEVEL : "warn", pretty: false });
  return runAdmin(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    openApp: () => createApp(config, logger),
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`admin: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
