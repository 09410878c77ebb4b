/**
 * `npm run admin -- COMMAND [ARGS…]`: the administrator's command line (import, export, roles, jobs, broadcast…).
 * Runs against the same database as the bot. On the embedded database, which one process owns, a command given
 * while the bot runs is handed to the bot over its local admin channel (src/admin/control.ts) and run there.
 */
import "dotenv/config";
import { createApp } from "../app.ts";
import { ConfigError, loadConfig } from "../config.ts";
import { DatabaseLockedError, type LockInfo, liveHolder, processAlive } from "../db/folder-lock.ts";
import { createLogger } from "../logger.ts";
import { adminCommands } from "./commands.ts";
import { runCommand, sendToRunningBot } from "./control.ts";

/** How long to wait for a bot that holds the folder but is still starting (migrating) to open its admin channel. */
const CONTROL_WAIT_MS = 60_000;

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
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const embedded = !config.DATABASE_URL && config.PGLITE_DATA_DIR !== ":memory:";
  const holder = embedded ? liveHolder(config.PGLITE_DATA_DIR) : undefined;
  if (holder) return viaRunningBot(holder, config.PGLITE_DATA_DIR, [command.name, ...args], print);
  // The command line logs only warnings unless LOG_LEVEL is set (an empty LOG_LEVEL= counts as not set).
  const level = process.env.LOG_LEVEL?.trim() ? config.LOG_LEVEL : "warn";
  let app: Awaited<ReturnType<typeof createApp>>;
  try {
    app = await createApp(config, createLogger({ level, pretty: false }));
  } catch (error) {
    // The bot started between the look above and the opening.
    if (error instanceof DatabaseLockedError)
      return viaRunningBot(error.holder, config.PGLITE_DATA_DIR, [command.name, ...args], print);
    throw error;
  }
  try {
    return await runCommand(app, adminCommands, [command.name, ...args], print);
  } finally {
    await app.close();
  }
}

async function viaRunningBot(
  holder: LockInfo,
  dataDir: string,
  argv: string[],
  print: (line: string) => void,
): Promise<number> {
  let current: LockInfo | undefined = holder;
  const deadline = Date.now() + CONTROL_WAIT_MS;
  while (current && !current.control && processAlive(current.pid) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    current = liveHolder(dataDir);
  }
  const control = current?.control;
  if (control) {
    const code = await sendToRunningBot(control, argv, print);
    if (code !== undefined) return code;
  }
  process.stderr.write(
    `The bot (process ${holder.pid}) holds the embedded database ${dataDir} but its admin channel did not answer. ` +
      "Wait until it has started and try again, or stop it and run the command again.\n",
  );
  return 3;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
