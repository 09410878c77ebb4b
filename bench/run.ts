/**
 * `npm run bench -- [NAME…] [--scale block|province] [--json]`: runs the named benchmarks (all when none is named). Speed and memory
 * targets live here, never in unit tests. Benchmarks needing PostgreSQL use BENCH_DATABASE_URL or a throwaway server.
 */
import { findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from "../scripts/postgres.ts";
import { benchmarks } from "./benchmarks.ts";
import { parseScale } from "./scale.ts";

const args = process.argv.slice(2).filter((a) => a !== "--");
const json = args.includes("--json");
const scale = parseScale(args);
const names = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--scale");
const unknown = names.filter((n) => !benchmarks.some((b) => b.name === n));
if (unknown.length > 0) {
  process.stderr.write(
    `unknown benchmark(s): ${unknown.join(", ")}; known: ${benchmarks.map((b) => b.name).join(", ")}\n`,
  );
  process.exit(2);
}
const selected = names.length > 0 ? benchmarks.filter((b) => names.includes(b.name)) : benchmarks;

let server: ThrowawayPostgres | undefined;
let postgresUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
if (!postgresUrl && findPostgresBin()) {
  server = await startThrowawayPostgres();
  postgresUrl = server.url;
}

const table: [string, string, string][] = [];
let failed = false;
try {
  for (const bench of selected) {
    try {
      const result = await bench.run({ postgresUrl, scale });
      if (json) process.stdout.write(`${JSON.stringify({ benchmark: bench.name, scale, ...result.metrics })}\n`);
      for (const [what, value] of result.rows) table.push([bench.name, what, value]);
    } catch (error) {
      failed = true;
      process.stderr.write(`benchmark ${bench.name} failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    }
  }
} finally {
  await server?.stop();
}
if (!json) {
  const widths = [0, 1, 2].map((i) => Math.max(...table.map((r) => r[i]?.length ?? 0), 9));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] as number)).join("  ");
  process.stdout.write(`${line(["benchmark", "measure", "value"])}\n`);
  for (const row of table) process.stdout.write(`${line(row)}\n`);
}
process.exit(failed ? 1 : 0);
