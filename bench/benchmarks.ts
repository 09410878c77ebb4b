import { broadcastBenchmark } from "./broadcast.bench.ts";
import { dashboardBenchmark } from "./dashboard.bench.ts";
import { exportBenchmark } from "./export.bench.ts";
import { flowsBenchmark } from "./flows.bench.ts";
import type { Benchmark } from "./registry.ts";
import { rssBenchmark } from "./rss.bench.ts";
import { startupBenchmark } from "./startup.bench.ts";
import { updatesBenchmark } from "./updates.bench.ts";
import { weeklyEducationBenchmark } from "./weekly-education.bench.ts";

/** Every benchmark `npm run bench` knows, in the order they run. Add new ones here. */
export const benchmarks: Benchmark[] = [
  startupBenchmark,
  updatesBenchmark,
  flowsBenchmark,
  dashboardBenchmark,
  exportBenchmark,
  weeklyEducationBenchmark,
  rssBenchmark,
  broadcastBenchmark,
];
