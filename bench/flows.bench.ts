import { performance } from "node:perf_hooks";
import { createApp } from "../src/app.ts";
import { ManualClock } from "../src/clock.ts";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { createLogger } from "../src/logger.ts";
import type { Benchmark } from "./registry.ts";

const MEMBERS = 75;
const WINDOW = 7;

/**
 * Cost of one answered step of a long flow, early and late: the annual classification of a 75-member branch on the
 * embedded database, answering members 5…11 and 60…66 (median of each window). Flat means the engine does not replay the conversation.
 */
export const flowsBenchmark: Benchmark = {
  name: "flows",
  description: "cost per answered step at step 5 and step 60 of a long flow",
  async run() {
    const clock = new ManualClock("2026-11-26T02:00:00Z");
    // The clock stands still here, so the flood limit would count the whole walk as one burst.
    const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", FLOOD_MAX_MESSAGES: "1000" });
    const db = await openDatabase({ kind: "pglite", dataDir: ":memory:" });
    const app = await createApp(config, createLogger({ level: "silent", pretty: false }), { clock, db });
    try {
      const { prisma } = app.deps;
      const root = await prisma.orgUnit.create({ data: { code: "R", name: "Đoàn Khối" } });
      const branch = await prisma.orgUnit.create({ data: { code: "B", name: "Chi đoàn", parentId: root.id } });
      const people = Array.from({ length: MEMBERS }, (_, i) => ({
        fullName: `Đoàn viên ${String(i + 1).padStart(3, "0")}`,
        unitId: branch.id,
      }));
      await prisma.person.createMany({ data: people });
      const secretary = await prisma.person.findFirstOrThrow({ where: { fullName: "Đoàn viên 001" } });
      await prisma.roleAssignment.create({ data: { personId: secretary.id, role: "secretary", unitId: branch.id } });
      await prisma.platformIdentity.create({
        data: { platform: "terminal", externalId: "bench", chatId: "bench", personId: secretary.id },
      });
      const send = (text: string) =>
        app.dispatcher.handle({
          platform: "terminal",
          chatId: "bench",
          chatType: "private",
          sender: { externalId: "bench" },
          content: { kind: "text", text },
          receivedAt: clock.now(),
        });
      await app.dispatcher.handle({
        platform: "terminal",
        chatId: "bench",
        chatType: "private",
        sender: { externalId: "bench" },
        content: { kind: "choice", value: `flow:start:classification:${branch.id}` },
        receivedAt: clock.now(),
      });
      const timings: number[] = [];
      for (let step = 1; step < 60 + WINDOW; step++) {
        const started = performance.now();
        const replies = await send("2");
        timings[step] = performance.now() - started;
        if (!replies.at(-1)?.text.includes(`Câu ${step + 1}/`))
          throw new Error(`step ${step} was not answered: ${replies.at(-1)?.text.slice(0, 200)}`);
      }
      // The median of a few answers around each point: a shared machine adds noise to single answers.
      const median = (from: number) => {
        const window = timings.slice(from, from + WINDOW).sort((a, b) => a - b);
        return window[Math.floor(WINDOW / 2)] as number;
      };
      const step5 = median(5);
      const step60 = median(60);
      return {
        metrics: { step5_ms: Number(step5.toFixed(2)), step60_ms: Number(step60.toFixed(2)) },
        rows: [
          ["answered step 5-11 (median)", `${step5.toFixed(1)} ms`],
          ["answered step 60-66 (median)", `${step60.toFixed(1)} ms`],
        ],
      };
    } finally {
      await app.close();
    }
  },
};
