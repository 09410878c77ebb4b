import { performance } from "node:perf_hooks";
import { openDatabase } from "../src/db/database.ts";
import type { Benchmark } from "./registry.ts";

/** How long opening and migrating a fresh embedded database takes: the cost of a first `npm start`. */
export const startupBenchmark: Benchmark = {
  name: "startup",
  description: "open and migrate a fresh PGlite database",
  async run() {
    const started = performance.now();
    const db = await openDatabase({ kind: "pglite", dataDir: ":memory:" });
    const ms = performance.now() - started;
    await db.close();
    return {
      metrics: { pglite_open_migrate_ms: Math.round(ms) },
      rows: [["fresh PGlite open + migrate", `${ms.toFixed(0)} ms`]],
    };
  },
};
