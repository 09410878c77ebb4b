import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations, migrationsDir } from "../../src/db/migrate.ts";

/**
 * An in-memory PGlite as an older release left it: only the migrations `keep` accepts are applied. The test writes
 * the data of that time, then `openPgliteDatabase(client)` applies the rest, as a start after an upgrade would.
 */
export async function earlierDatabase(keep: (migration: string) => boolean): Promise<PGlite> {
  const client = new PGlite();
  const runner = {
    script: async (sql: string) => {
      await client.exec(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows,
  };
  const before = mkdtempSync(join(tmpdir(), "earlier-database-"));
  for (const name of readdirSync(migrationsDir)) {
    if (/^\d/.test(name) && keep(name)) cpSync(join(migrationsDir, name), join(before, name), { recursive: true });
  }
  await applyMigrations(runner, before);
  rmSync(before, { recursive: true });
  return client;
}
