import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

/** Where the data lives: a PostgreSQL server, or the embedded PGlite folder (":memory:" for tests). */
export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

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
  return new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    ...(options.nameAsText ? { Client: NameAsTextClient } : {}),
  });
}

export async function openPglite(dataDir: string): Promise<PGlite> {
  if (dataDir === ":memory:") return PGlite.create();
  const dir = resolve(dataDir);
  mkdirSync(dirname(dir), { recursive: true });
  return PGlite.create(dir);
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
