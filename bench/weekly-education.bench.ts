import { performance } from "node:perf_hooks";
import { createApp } from "../src/app.ts";
import { ManualClock } from "../src/clock.ts";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { runJob } from "../src/jobs/run-job.ts";
import { createLogger } from "../src/logger.ts";
import { weeklyEducationJob } from "../src/modules/education/weekly-education.ts";
import type { Benchmark } from "./registry.ts";

const MEMBERS = 5_000;
const UNITS = 50;

/**
 * The biggest job run: the weekly message to every member, planned and written to the outbox in one transaction
 * (on the embedded database, which nothing else can use meanwhile).
 */
export const weeklyEducationBenchmark: Benchmark = {
  name: "weekly-education",
  description: `weekly education job for ${MEMBERS} linked members on PGlite`,
  async run() {
    const db = await openDatabase({ kind: "pglite", dataDir: ":memory:" });
    const app = await createApp(loadConfig({ LOG_LEVEL: "silent" }), createLogger({ level: "silent", pretty: false }), {
      db,
      clock: new ManualClock("2026-11-30T03:00:00Z"),
    });
    try {
      const { prisma } = app.deps;
      const root = await prisma.orgUnit.create({ data: { code: "ROOT", name: "Đoàn Khối" } });
      await prisma.orgUnit.createMany({
        data: Array.from({ length: UNITS }, (_, i) => ({
          id: `u${i}`,
          code: `U${i}`,
          name: `Đơn vị ${i}`,
          parentId: root.id,
        })),
      });
      const people = Array.from({ length: MEMBERS }, (_, i) => ({
        id: `p${i}`,
        fullName: `Đoàn viên ${i}`,
        unitId: `u${i % UNITS}`,
      }));
      await prisma.person.createMany({ data: people });
      await prisma.platformIdentity.createMany({
        data: people.map((p, i) => ({
          platform: "telegram" as const,
          externalId: `${i}`,
          chatId: `${i}`,
          personId: p.id,
        })),
      });
      const started = performance.now();
      const outcome = await runJob(app.deps, weeklyEducationJob(app.deps.config), {
        period: "2026-W49",
        instance: "bench",
      });
      const ms = performance.now() - started;
      if (outcome.status !== "done") throw new Error(JSON.stringify(outcome));
      return {
        metrics: { weekly_education_members: MEMBERS, weekly_education_ms: Math.round(ms) },
        rows: [[`weekly message to ${MEMBERS} members (one transaction)`, `${ms.toFixed(0)} ms`]],
      };
    } finally {
      await app.close();
    }
  },
};
