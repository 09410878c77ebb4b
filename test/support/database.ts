import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { createScratchDatabase } from "../../scripts/postgres.ts";
import { type Database, openDatabase, openPgliteDatabase } from "../../src/db/database.ts";

/** The real PostgreSQL server of this test run, or "" when none is available. */
export function postgresServerUrl(): string {
  return process.env.TEST_DATABASE_URL || inject("postgresUrl");
}

/** A URL for a fresh, empty database on the test server, dropped by the returned function. */
export function createScratchPostgresDatabase(serverUrl = postgresServerUrl()) {
  return createScratchDatabase(serverUrl, "doanbot_test");
}

/**
 * A fresh, migrated database for one test: PostgreSQL when TEST_DATABASE_URL is set (the CI's second pass),
 * otherwise an in-memory PGlite. Close it in afterEach/afterAll.
 */
export async function createTestDatabase(): Promise<Database> {
  if (!process.env.TEST_DATABASE_URL)
    return openPgliteDatabase(await PGlite.create({ loadDataDir: await migratedPgliteTemplate() }));
  const scratch = await createScratchPostgresDatabase(process.env.TEST_DATABASE_URL);
  const db = await openDatabase({ kind: "postgres", url: scratch.url }, { poolSize: 5 });
  return {
    ...db,
    async close() {
      await db.close();
      await scratch.drop();
    },
  };
}

let template: Promise<Blob> | undefined;

/**
 * A migrated PGlite data folder as a tarball, made once per test worker: loading it is several times faster than
 * running initdb and the migrations for every test.
 */
function migratedPgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const fresh = await PGlite.create();
    const db = await openPgliteDatabase(fresh);
    await db.prisma.$disconnect();
    const dump = await fresh.dumpDataDir("none");
    await fresh.close();
    return dump;
  })();
  return template;
}
