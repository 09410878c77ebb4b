import { readFile } from "node:fs/promises";
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
 * On the PostgreSQL pass, the global set-up migrates one database once; each test's database is a copy of it
 * (CREATE DATABASE … TEMPLATE), which is much cheaper than running every migration again.
 */
export async function createMigratedPostgresTemplate(
  serverUrl: string,
): Promise<{ name: string; drop(): Promise<void> }> {
  const template = await createScratchDatabase(serverUrl, "doanbot_template");
  await (await openDatabase({ kind: "postgres", url: template.url }, { poolSize: 1 })).close();
  return { name: template.name, drop: () => template.drop() };
}

/**
 * A fresh, migrated database for one test: PostgreSQL when TEST_DATABASE_URL is set (the CI's second pass),
 * otherwise an embedded PGlite. Close it in afterEach/afterAll.
 *
 * Loading a PGlite data folder takes about a second of CPU, emptying its tables a few milliseconds, and the suite
 * opens a database for nearly every test. So a closed PGlite goes back to this file's pool instead of being shut
 * down, and the next test gets it with every table emptied and every sequence restarted: the same state as a new one.
 */
export async function createTestDatabase(): Promise<Database> {
  if (!process.env.TEST_DATABASE_URL) return pooledPgliteDatabase();
  const scratch = await createScratchDatabase(
    process.env.TEST_DATABASE_URL,
    "doanbot_test",
    inject("postgresTemplate") || undefined,
  );
  const db = await openDatabase({ kind: "postgres", url: scratch.url }, { poolSize: 5 });
  return {
    ...db,
    async close() {
      await db.close();
      // Not forced: ending a connection some pool still holds would surface as an uncaught error in the test run.
      await scratch.drop({ force: false });
    },
  };
}

const idle: PGlite[] = [];

async function pooledPgliteDatabase(): Promise<Database> {
  let client = idle.pop();
  if (client && !(await emptied(client))) {
    await client.close();
    client = undefined;
  }
  if (!client) {
    client = await PGlite.create({ loadDataDir: await migratedPgliteTemplate() });
    templateShape ??= await shapeOf(client);
  }
  const db = await openPgliteDatabase(client);
  const pooled = client;
  let released = false;
  return {
    ...db,
    async close() {
      if (released) return;
      released = true;
      await db.prisma.$disconnect();
      idle.push(pooled);
    },
  };
}

interface Shape {
  tables: string[];
  migrations: number;
}

/** The tables of a database as first loaded from the template. */
let templateShape: Shape | undefined;

async function shapeOf(client: PGlite): Promise<Shape> {
  const tables = (
    await client.query<{ name: string }>(
      "SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1",
    )
  ).rows.map((r) => r.name);
  const [row] = (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM _prisma_migrations")).rows;
  return { tables, migrations: row?.n ?? -1 };
}

/**
 * Empties every table of a used database, or says it cannot: a test that changed the schema (dropped a table, rolled
 * back a migration) leaves a database that is closed instead of reused.
 */
async function emptied(client: PGlite): Promise<boolean> {
  const shape = await shapeOf(client);
  if (!templateShape || JSON.stringify(shape) !== JSON.stringify(templateShape)) return false;
  await client.exec(`TRUNCATE ${shape.tables.join(", ")} RESTART IDENTITY CASCADE`);
  return true;
}

let template: Promise<Blob> | undefined;

/**
 * A migrated PGlite data folder as a tarball, made once for the whole run by the global set-up (initdb and the
 * migrations take seconds), read from its file by each test file.
 */
function migratedPgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const file = inject("pgliteTemplate");
    if (file) return new Blob([await readFile(file)]);
    return makeMigratedPgliteTemplate();
  })();
  return template;
}

/** Creates a new embedded database, applies the migrations, and returns its data folder as a tarball. */
export async function makeMigratedPgliteTemplate(): Promise<Blob> {
  const fresh = await PGlite.create();
  const db = await openPgliteDatabase(fresh);
  await db.prisma.$disconnect();
  const dump = await fresh.dumpDataDir("none");
  await fresh.close();
  return dump;
}
