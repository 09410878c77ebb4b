import { performance } from "node:perf_hooks";
import { createScratchDatabase } from "../scripts/postgres.ts";
import { ManualClock } from "../src/clock.ts";
import { type Database, openDatabase } from "../src/db/database.ts";
import { runJob } from "../src/jobs/run-job.ts";
import { weeklyEducationJob } from "../src/modules/education/weekly-education.ts";
import { createFanOutApp } from "./bench-app.ts";
import { type UnderChat, underChat } from "./chat-load.ts";
import type { Benchmark } from "./registry.ts";
import { generateOrg, type Scale } from "./scale.ts";

const NOW = "2026-11-30T03:00:00Z";

interface Measured extends UnderChat {
  database: string;
  members: number;
  messages: number;
  seedMs: number;
}

/** One run on one database: the weekly message to every linked member while members keep chatting. */
async function measure(db: Database, scale: Scale): Promise<Measured> {
  const clock = new ManualClock(NOW);
  const app = await createFanOutApp(db, clock);
  try {
    const seedStarted = performance.now();
    const org = await generateOrg(db, scale, { now: NOW, link: "telegram" });
    const seedMs = performance.now() - seedStarted;
    const { result: outcome, measured } = await underChat(app, org.members, (prisma) =>
      runJob({ ...app.deps, prisma }, weeklyEducationJob(app.deps.config), { period: "2026-W49", instance: "bench" }),
    );
    if (outcome.status !== "done") throw new Error(JSON.stringify(outcome));
    return { database: db.kind, members: org.members, messages: outcome.messages, seedMs, ...measured };
  } finally {
    await app.close();
  }
}

/**
 * The biggest job run: the weekly message to every member (6,000 in a block, 100,000 in a province), written to the
 * outbox in batches, while members keep sending /me: how long the enqueue takes and how long chat waits meanwhile
 * (p99), on the embedded database and on PostgreSQL. Targets at province scale on PostgreSQL: enqueue ≤ 10 s,
 * chat p99 ≤ 250 ms.
 */
export const weeklyEducationBenchmark: Benchmark = {
  name: "weekly-education",
  description: "weekly education fan-out to every member, with chat answered meanwhile (--scale)",
  async run(options) {
    const results: Measured[] = [];
    results.push(await measure(await openDatabase({ kind: "pglite", dataDir: ":memory:" }), options.scale));
    if (options.postgresUrl) {
      const scratch = await createScratchDatabase(options.postgresUrl, "doanbot_bench");
      try {
        results.push(
          await measure(await openDatabase({ kind: "postgres", url: scratch.url }, { poolSize: 10 }), options.scale),
        );
      } finally {
        await scratch.drop();
      }
    }
    const main = results[results.length - 1] as Measured;
    const metrics: Record<string, number | string> = {
      weekly_education_members: main.members,
      weekly_education_ms: Math.round(main.ms),
      database: main.database,
      enqueue_ms: Math.round(main.ms),
      chat_p99_ms: Math.round(main.chatP99Ms),
      longest_tx_ms: Math.round(main.longestTxMs),
    };
    const rows: [string, string][] = [];
    for (const r of results) {
      metrics[`${r.database}_enqueue_ms`] = Math.round(r.ms);
      metrics[`${r.database}_chat_p99_ms`] = Math.round(r.chatP99Ms);
      metrics[`${r.database}_chat_answered`] = r.chatAnswered;
      metrics[`${r.database}_longest_tx_ms`] = Math.round(r.longestTxMs);
      metrics[`${r.database}_chat_alone_p99_ms`] = Math.round(r.chatAloneP99Ms);
      metrics[`${r.database}_chat_alone_answered`] = r.chatAloneAnswered;
      rows.push([
        `${r.database}: weekly message to ${r.members} members (batches)`,
        `${(r.ms / 1000).toFixed(1)} s, ${r.messages} rows`,
      ]);
      rows.push([
        `${r.database}: chat p99 during the fan-out`,
        `${r.chatP99Ms.toFixed(0)} ms (${r.chatAnswered} answers)`,
      ]);
      rows.push([
        `${r.database}: chat p99 alone, no fan-out`,
        `${r.chatAloneP99Ms.toFixed(0)} ms (${r.chatAloneAnswered} answers)`,
      ]);
      rows.push([`${r.database}: longest transaction of the fan-out`, `${r.longestTxMs.toFixed(0)} ms`]);
    }
    return { metrics, rows };
  },
};
