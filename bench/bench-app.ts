import { createScratchDatabase } from "../scripts/postgres.ts";
import { type App, createApp } from "../src/app.ts";
import { ManualClock } from "../src/clock.ts";
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
