import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

/** Where the data lives: a PostgreSQL server, or the embedded PGlite folder (":memory:" for tests). */
export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string; sharedBuffersMb?: number };

/**
 * Prisma's WebAssembly schema engine cannot read columns of Postgres' internal `name` type (OID 19) through
 * adapter-pg: "Column type 'name' could not be deserialized" (https://github.com/prisma/prisma/issues/27403).
 * Reporting those columns as `text` (OID 25) in the result metadata is enough for `migrate deploy` to work.
 * Remove this once the upstream issue is fixed.
 */
class NameAsTextClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has a dozen overloads; we only post-process results.
  override query(...args: any[]): any {
    const patch = (res: pg.QueryResult | undefined) => {
      for (const field of res?.fields ?? []) if (field.dataTypeID === 19) field.dataTypeID = 25;
      return res;
    };
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last];
      args[last] = (err: Error | null, res: pg.QueryResult) => callback(err, patch(res));
    }
    // biome-ignore lint/suspicious/noExplicitAny: see above.
    const result = (super.query as any)(...args);
    return result && typeof result.then === "function" ? result.then(patch) : result;
  }
}

export function createPgPool(url: string, options: { max?: number; nameAsText?: boolean } = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    ...(options.nameAsText ? { Client: NameAsTextClient } : {}),
  });
  // An idle connection dropped by the server (restart, failover) must not crash the process: the pool replaces it.
  pool.on("error", (error) => process.emitWarning(`PostgreSQL connection lost: ${error.message}`));
  return pool;
}

/** Shared buffers of the embedded database unless told otherwise: small, the bot's working set is small. */
export const PGLITE_SHARED_BUFFERS_MB = 16;

/**
 * Opens the embedded database. Postgres' buffer cache is kept small (`shared_buffers`, in MB), and a folder that does
 * not exist yet is created by a short-lived child process first (see create-pglite.mjs): PGlite's first creation
 * holds several hundred MB that would otherwise stay in the service for good.
 */
export async function openPglite(dataDir: string, options: { sharedBuffersMb?: number } = {}): Promise<PGlite> {
  const defaults = (PGlite as unknown as { defaultStartParams?: string[] }).defaultStartParams ?? [];
  const startParams = [...defaults, "-c", `shared_buffers=${options.sharedBuffersMb ?? PGLITE_SHARED_BUFFERS_MB}MB`];
  if (dataDir === ":memory:") return PGlite.create({ startParams });
  const dir = resolve(dataDir);
  mkdirSync(dirname(dir), { recursive: true });
  if (!existsSync(join(dir, "PG_VERSION"))) createInChildProcess(dir);
  return PGlite.create(dir, { startParams });
}

function createInChildProcess(dir: string): void {
  const script = resolve(import.meta.dirname, "create-pglite.mjs");
  const child = spawnSync(process.execPath, [script, dir], { stdio: ["ignore", "ignore", "pipe"], timeout: 300_000 });
  // Should the child fail (no permission to spawn, a read-only node), PGlite creates the folder in this process.
  if (child.status !== 0) process.emitWarning(`creating ${dir} in a child process failed: ${child.stderr}`);
}

/**
 * pglite-prisma-adapter 0.6 is typed against driver-adapter-utils 6.10 while Prisma is 6.19; the runtime protocol
 * is the same (migrate, generate and queries are checked by the tests), so only the type is bridged here.
 */
export function pgliteAdapter(client: PGlite): SqlMigrationAwareDriverAdapterFactory {
  return new PrismaPGlite(client) as unknown as SqlMigrationAwareDriverAdapterFactory;
}

export function postgresAdapter(pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  return new PrismaPg(pool);
}

/**
 * For the Prisma CLI on the embedded database: PGlite is opened only when the CLI really connects. `prisma generate`
 * and `prisma -v` (run by `npm install`) ask for the adapter but never connect, and must neither create ./data nor
 * wait for a folder another process holds.
 */
export function lazyPgliteAdapter(dataDir: string): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    connect: async () => pgliteAdapter(await openPglite(dataDir)).connect(),
    connectToShadowDb: async () => pgliteAdapter(await openPglite(":memory:")).connect(),
  };
}
