import type { Scale } from "./scale.ts";

/** One benchmark: runs, then returns named numbers (the `--json` line) and a few table rows for people. */
export interface Benchmark {
  name: string;
  description: string;
  run(options: { postgresUrl?: string; scale: Scale }): Promise<BenchmarkResult>;
}

export interface BenchmarkResult {
  /** Flat numbers, printed as one JSON object per benchmark with `--json`. */
  metrics: Record<string, number | string | boolean | null>;
  /** Lines for the human-readable table: [what, value]. */
  rows: [string, string][];
}
