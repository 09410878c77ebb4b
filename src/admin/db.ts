import { writeFile } from "node:fs/promises";
import { createPgPool } from "../db/adapters.ts";
import { copyDatabase } from "../db/copy.ts";
import { openDatabase } from "../db/database.ts";
import type { AdminCommand } from "./command.ts";

const usage =
  "db backup FILE.tar.gz | db copy-to-postgres POSTGRES_URL   back up the embedded database while the bot runs; move it to PostgreSQL";

/**
 * `db backup FILE`: the embedded database's data folder as a gzipped tar, taken by the running bot between two
 * transactions (restored by unpacking it as the data folder, see docs/backups.md). On PostgreSQL: pg_dump.
 * `db copy-to-postgres URL`: every row into a new PostgreSQL database (migrated here first), in one transaction.
 */
export const dbCommand: AdminCommand = {
  name: "db",
  usage,
  async run(app, args, out) {
    const [verb, target] = args;
    const { db } = app.deps;
    if (verb === "backup" && target) {
      if (!db.dumpDataDir) {
        out("db backup is for the embedded database: on PostgreSQL use pg_dump (docs/backups.md)");
        return 2;
      }
      const blob = await db.dumpDataDir();
      await writeFile(target, Buffer.from(await blob.arrayBuffer()), { mode: 0o600 });
      out(`backup written: ${target} (${blob.size} bytes)`);
      return 0;
    }
    if (verb === "copy-to-postgres" && target && /^postgres(ql)?:\/\//.test(target)) {
      // Applies the migrations to the target (a new, empty database), then copies.
      await (await openDatabase({ kind: "postgres", url: target }, { poolSize: 1 })).close();
      const pool = createPgPool(target, { max: 1 });
      const client = await pool.connect();
      try {
        const report = await copyDatabase(db.sql, {
          query: async <T>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as T[],
        });
        for (const { table, rows } of report.tables) out(`  ${table}: ${rows}`);
        out("copied: set DATABASE_URL to the new database and start the bot");
        return 0;
      } finally {
        client.release();
        await pool.end();
      }
    }
    out(`usage: ${usage}`);
    return 2;
  },
};
