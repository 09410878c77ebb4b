/**
 * `npm run admin -- COMMAND [ARGS…]`: the administrator's command line (import, export, roles, jobs, broadcast…).
 * Runs against the same database as the bot: with the embedded database, stop the bot first (one process per folder).
 */
import "dotenv/config";
import { createApp } from "../app.ts";
import { ConfigError, loadConfig } from "../config.ts";
import { createLogger } from "../logger.ts";
import { adminCommands } from "./commands.ts";

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv.filter((a, i) => !(i === 0 && a === "--"));
  const command = adminCommands.find((c) => c.name === name);
  if (!command) {
    const lines = ["usage: npm run admin -- COMMAND [ARGS…]", "", ...adminCommands.map((c) => `  ${c.usage}`)];
    process.stdout.write(`${lines.join("\n")}\n`);
    return name === undefined || name === "help" ? 0 : 2;
  }
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
  const app = await createApp(config, createLogger({ level: process.env.LOG_LEVEL ?? "warn", pretty: false }));
  try {
    return await command.run(app, args, (line) => process.stdout.write(`${line}\n`));
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
