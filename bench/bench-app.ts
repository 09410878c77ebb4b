import { createScratchDatabase } from "../scripts/postgres.ts";
import { type App, createApp } from "../src/app.ts";
import { type Clock, ManualClock } from "../src/clock.ts";
import { loadConfig } from "../src/config.ts";
import { type Database, openDatabase } from "../src/db/database.ts";
import { createLogger } from "../src/logger.ts";

/**
 * The whole app on a fresh database for one benchmark: a scratch PostgreSQL database when a server is given (dropped
 * by `close`), else an embedded one in memory; a manual clock standing at `now`; silent logs.
 */
export async function openBenchApp(
  postgresUrl: string | undefined,
  now: string,
): Promise<{ app: App; db: Database; clock: ManualClock; close(): Promise<void> }> {
  const scratch = postgresUrl ? await createScratchDatabase(postgresUrl, "doanbot_bench") : undefined;
  const db: Database = scratch
    ? await openDatabase({ kind: "postgres", url: scratch.url }, { poolSize: 5 })
    : await openDatabase({ kind: "pglite", dataDir: ":memory:" });
  const clock = new ManualClock(now);
  const app = await createApp(
    loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent" }),
    createLogger({ level: "silent", pretty: false }),
    { clock, db },
  );
  return {
    app,
    db,
    clock,
    async close() {
      await app.close();
      await scratch?.drop();
    },
  };
}

/**
 * The app for a fan-out benchmark on `db`: silent, members free to chat as fast as the benchmark makes them, and the
 * batch size taken from the command line when given (`JOB_BATCH_SIZE=250 npm run bench -- …`).
 */
export function createFanOutApp(db: Database, clock: Clock): Promise<App> {
  return createApp(
    loadConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      FLOOD_MAX_MESSAGES: "1000",
      ...(process.env.JOB_BATCH_SIZE ? { JOB_BATCH_SIZE: process.env.JOB_BATCH_SIZE } : {}),
    }),
    createLogger({ level: "silent", pretty: false }),
    { db, clock },
  );
}
