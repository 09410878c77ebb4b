import { broadcastBenchmark } from "./broadcast.bench.ts";
import type { Benchmark } from "./registry.ts";
import { rssBenchmark } from "./rss.bench.ts";
import { startupBenchmark } from "./startup.bench.ts";
import { weeklyEducationBenchmark } from "./weekly-education.bench.ts";

/** Every benchmark `npm run bench` knows, in the order they run. Add new ones here. */
export const benchmarks: Benchmark[] = [startupBenchmark, rssBenchmark, weeklyEducationBenchmark, broadcastBenchmark];
