import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import { type Clock, systemClock } from "../clock.ts";
import { PrismaClient } from "../generated/prisma/client.ts";
import { createPgPool, type DatabaseTarget, openPglite, pgliteAdapter, postgresAdapter } from "./adapters.ts";
import { withClockTimestamps } from "./clock-timestamps.ts";
import { acquireFolderLock, type FolderLock } from "./folder-lock.ts";
import { applyMigrations, type SqlRunner } from "./migrate.ts";

export { PrismaClient } from "../generated/prisma/client.ts";
export type { DatabaseTarget } from "./adapters.ts";

/**
 * Plain SQL on the same connection(s) as Prisma, for the few statements run on every incoming update: Prisma 6
 * compiles each query in WebAssembly on the main thread, which costs more than the query itself there.
 * Never call it inside a Prisma transaction: on PGlite it waits for that transaction to end (a deadlock).
 * Pass dates as ISO strings (`toISOString()`): columns are `timestamp without time zone` holding UTC.
 */
export interface SqlClient {
  /** `name` makes it a prepared statement on PostgreSQL (parsed and planned once per connection). */
  query<T>(text: string, params?: unknown[], name?: string): Promise<T[]>;
  /** Runs a statement and returns the number of rows it changed. */
  execute(text: string, params?: unknown[]): Promise<number>;
}

export interface Database {
  prisma: PrismaClient;
  sql: SqlClient;
  kind: DatabaseTarget["kind"];
  /** True when only one process may use the database (PGlite): no SKIP LOCKED sharing, one worker. */
  singleProcess: boolean;
  /** Sets the clock whose time Prisma writes into creation and `@updatedAt` columns (the app's clock). */
  useClock(clock: Clock): void;
  /**
   * The embedded database only: a gzipped tar of its data folder, taken between two transactions while it runs
   * (`npm run admin -- db backup FILE`). Restored by unpacking it as the data folder.
   */
  dumpDataDir?: () => Promise<Blob>;
  /** The embedded database's folder lock (held until close); undefined in memory and on PostgreSQL. */
  lock?: FolderLock;
  /** A cheap round trip, for the health check. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export function databaseTarget(config: {
  DATABASE_URL?: string;
  PGLITE_DATA_DIR: string;
  PGLITE_SHARED_BUFFERS_MB?: number;
}): DatabaseTarget {
  return config.DATABASE_URL
    ? { kind: "postgres", url: config.DATABASE_URL }
    : { kind: "pglite", dataDir: config.PGLITE_DATA_DIR, sharedBuffersMb: config.PGLITE_SHARED_BUFFERS_MB };
}

function pgliteRunner(client: PGlite): SqlRunner {
  return {
    script: async (sql) => {
      await client.exec(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows,
  };
}

function pgRunner(client: pg.PoolClient): SqlRunner {
  return {
    script: async (sql) => {
      await client.query(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
  };
}

/** Wraps an open PGlite (which this takes ownership of): applies pending migrations, returns the Prisma client on it. */
export async function openPgliteDatabase(client: PGlite, lock?: FolderLock): Promise<Database> {
  await applyMigrations(pgliteRunner(client));
  let clock: Clock = systemClock;
  const prisma = withClockTimestamps(new PrismaClient({ adapter: pgliteAdapter(client) }), () => clock);
  let closed = false;
  return {
    prisma,
    sql: {
      query: async <T>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows,
      execute: async (text, params = []) => (await client.query(text, params)).affectedRows ?? 0,
    },
    kind: "pglite",
    singleProcess: true,
    lock,
    dumpDataDir: () => client.dumpDataDir("gzip"),
    useClock: (c) => {
      clock = c;
    },
    ping: async () => (await client.query("SELECT 1")).rows.length === 1,
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await prisma.$disconnect();
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/** Opens the database, applies pending migrations, and returns a Prisma client on a driver adapter. */
export async function openDatabase(target: DatabaseTarget, options: { poolSize?: number } = {}): Promise<Database> {
  if (target.kind === "pglite") {
    // One process per folder: taken before the folder is even created, refused with the holder named.
    const lock = target.dataDir === ":memory:" ? undefined : acquireFolderLock(target.dataDir);
    try {
      return await openPgliteDatabase(
        await openPglite(target.dataDir, { sharedBuffersMb: target.sharedBuffersMb }),
        lock,
      );
    } catch (error) {
      lock?.release();
      throw error;
    }
  }
  const pool = createPgPool(target.url, { max: options.poolSize ?? 10 });
  const conn = await pool.connect();
  try {
    await applyMigrations(pgRunner(conn));
  } finally {
    conn.release();
  }
  let clock: Clock = systemClock;
  const prisma = withClockTimestamps(new PrismaClient({ adapter: postgresAdapter(pool) }), () => clock);
  let closed = false;
  return {
    prisma,
    sql: {
      query: async <T>(text: string, params: unknown[] = [], name?: string) =>
        (await pool.query({ text, values: params, ...(name ? { name } : {}) })).rows as T[],
      execute: async (text, params = []) => (await pool.query(text, params)).rowCount ?? 0,
    },
    kind: "postgres",
    singleProcess: false,
    useClock: (c) => {
      clock = c;
    },
    ping: async () => (await pool.query("SELECT 1")).rowCount === 1,
    close: async () => {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
