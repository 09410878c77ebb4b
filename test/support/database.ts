import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase, openPgliteDatabase } from "../../src/db/database.ts";

/** The real PostgreSQL server of this test run, or "" when none is available. */
export function postgresServerUrl(): string {
  return process.env.TEST_DATABASE_URL || inject("postgresUrl");
}

/** A URL for a fresh, empty database on the test server, dropped by the returned function. */
export async function createScratchPostgresDatabase(
  serverUrl = postgresServerUrl(),
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `doanbot_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
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
