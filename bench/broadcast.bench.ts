import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { createScratchDatabase } from "../scripts/postgres.ts";
import type { App } from "../src/app.ts";
import { botBudget, Pacer } from "../src/channels/outbound/pacer.ts";
import { systemClock } from "../src/clock.ts";
import { OrgTree } from "../src/core/org.ts";
import { type Database, openDatabase } from "../src/db/database.ts";
import { createLogger } from "../src/logger.ts";
import { createBroadcast } from "../src/modules/broadcasts/broadcasts.ts";
import { OutboxWorker } from "../src/outbox/worker.ts";
import { httpSender } from "../test/support/http-sender.ts";
import type { RecordedMessage } from "../test/support/recording-server.ts";
import { createFanOutApp } from "./bench-app.ts";
import { type UnderChat, underChat } from "./chat-load.ts";
import type { Benchmark } from "./registry.ts";
import { bulkInsert } from "./scale.ts";

/** Recipients per scale; a province's 100,000 are enqueued in full, then sent for BENCH_BROADCAST_SECONDS only. */
const RECIPIENTS_OF = { block: 10_000, province: 100_000 } as const;

/** The fake endpoint runs in its own process: its 1-second windows must not stretch when ours stalls. */
async function startFakeEndpoint(limit: number) {
  const child = spawn("node", ["--import", "tsx", "test/support/recording-server-process.ts"], {
    cwd: resolve(import.meta.dirname, ".."),
    env: { ...process.env, LIMIT_PER_SECOND: String(limit) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((ready, fail) => {
    child.stdout.once("data", (d) => ready(String(d).trim().split("\n")[0] as string));
    child.once("exit", (code) => fail(new Error(`fake endpoint exited (${code})`)));
  });
  return {
    url,
    stats: async () => (await (await fetch(`${url}/stats`)).json()) as { received: RecordedMessage[]; refused: number },
    stop: () => child.kill("SIGTERM"),
  };
}

interface Enqueued extends UnderChat {
  database: string;
}

/**
 * The app on `db` with `recipients` members of one unit, each with a Telegram account ("1", "2"…), and a broadcast
 * to all of them created (audience → batches of JOB_BATCH_SIZE in the outbox) while two of them keep sending /me.
 */
async function enqueueOn(db: Database, recipients: number): Promise<{ app: App; enqueued: Enqueued }> {
  const app = await createFanOutApp(db, systemClock);
  try {
    const unit = await db.prisma.orgUnit.create({ data: { code: "BENCH", name: "Bench" } });
    const ids = Array.from({ length: recipients }, () => randomUUID());
    await bulkInsert(
      db,
      "Person",
      ids.map((id, i) => ({ id, fullName: `P${i}`, unitId: unit.id })),
    );
    await bulkInsert(
      db,
      "PlatformIdentity",
      ids.map((personId, i) => ({ platform: "telegram", externalId: `${i + 1}`, chatId: `${i + 1}`, personId })),
    );
    await db.sql.execute("ANALYZE");
    const tree = await OrgTree.load(db.prisma);
    const scope = { wholeBlock: true, unitIds: new Set([unit.id]), personId: null };
    // Every transaction of the creation is timed: none should hold the database for more than about a second.
    const { result: created, measured } = await underChat(app, recipients, (prisma) =>
      createBroadcast(
        { ...app.deps, prisma },
        { createdById: "bench", text: "Thông báo thử tải", audience: { kind: "all" } },
        scope,
        tree,
      ),
    );
    if (!created.ok) throw new Error(created.reason);
    if (created.recipients !== recipients) throw new Error(`${created.recipients} of ${recipients} enqueued`);
    return { app, enqueued: { database: db.kind, ...measured } };
  } catch (error) {
    await app.close();
    throw error;
  }
}

/**
 * A broadcast to 10,000 Telegram accounts (100,000 at province scale) through the real path (audience → batches of
 * JOB_BATCH_SIZE → outbox worker → HTTP). The enqueue is measured on the embedded database and, when a PostgreSQL
 * server is given, on PostgreSQL (`enqueue_ms`, `longest_tx_ms`, `chat_p99_ms` per database, chat being two members
 * sending /me meanwhile). The send runs on the embedded database against a fake endpoint that refuses (429) anything
 * over a global limit of L messages per second (BENCH_BROADCAST_LIMIT, default 300); the worker is configured just
 * under L, as TELEGRAM_MAX_PER_SECOND would be.
 */
export const broadcastBenchmark: Benchmark = {
  name: "broadcast",
  description:
    "broadcast to every member (10,000 or 100,000): enqueue on both databases, send against a rate-limited fake endpoint",
  async run(options) {
    const RECIPIENTS = RECIPIENTS_OF[options.scale];
    const window = options.scale === "province" ? Number(process.env.BENCH_BROADCAST_SECONDS ?? 60) * 1000 : undefined;
    const limit = Number(process.env.BENCH_BROADCAST_LIMIT ?? 300);
    const enqueued: Enqueued[] = [];
    if (options.postgresUrl) {
      const scratch = await createScratchDatabase(options.postgresUrl, "doanbot_bench");
      try {
        const db = await openDatabase({ kind: "postgres", url: scratch.url }, { poolSize: 10 });
        const { app, enqueued: e } = await enqueueOn(db, RECIPIENTS);
        enqueued.push(e);
        await app.close();
      } finally {
        await scratch.drop();
      }
    }
    const server = await startFakeEndpoint(limit);
    const db = await openDatabase({ kind: "pglite", dataDir: ":memory:" });
    const { app, enqueued: embedded } = await enqueueOn(db, RECIPIENTS);
    enqueued.unshift(embedded);
    try {
      const worker = new OutboxWorker({
        prisma: db.prisma,
        clock: systemClock,
        logger: createLogger({ level: "error", pretty: false }),
        senders: [
          httpSender(
            "telegram",
            server.url,
            new Pacer(
              { chatIntervalMs: 1000, chatBurst: 3 },
              botBudget(db, "telegram:bench", Math.floor(limit * 0.95)),
            ),
          ),
        ],
        maxInFlight: 128,
        maxAttempts: 8,
        claimTimeoutMs: 300_000,
        uncertain: "resend",
        singleProcess: true,
      });
      const cpuBefore = process.cpuUsage();
      await worker.start();
      const deadline = Date.now() + (window ?? (RECIPIENTS / limit) * 3000 + 60_000);
      const done = async () => (await db.prisma.delivery.count({ where: { status: "sent" } })) >= RECIPIENTS;
      while (!(await done()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
      await worker.stop();
      const cpu = process.cpuUsage(cpuBefore);
      const sentRows = await db.prisma.delivery.count({ where: { status: "sent" } });
      const cpuMsPerMessage = (cpu.user + cpu.system) / 1000 / Math.max(1, sentRows);

      const { received, refused } = await server.stats();
      const copies = new Map<string, number>();
      for (const m of received) copies.set(m.chatId, (copies.get(m.chatId) ?? 0) + 1);
      const duplicates = [...copies.values()].reduce((sum, n) => sum + n - 1, 0);
      // Within a time window only what was due by then counts; a province's send runs for hours at Telegram's 30/s.
      const lost = window ? null : RECIPIENTS - copies.size;
      const times = received.map((m) => m.at);
      const seconds = (Math.max(...times) - Math.min(...times)) / 1000;
      const achieved = seconds > 0 ? (received.length - 1) / seconds : 0;
      const ratio = achieved / limit;
      return {
        metrics: {
          limit_per_s: limit,
          achieved_per_s: Math.round(achieved * 10) / 10,
          ratio: Math.round(ratio * 1000) / 1000,
          duplicates,
          lost,
          refused_429: refused,
          cpu_ms_per_message: Math.round(cpuMsPerMessage * 100) / 100,
          seconds: Math.round(seconds * 10) / 10,
          recipients: RECIPIENTS,
          ...enqueueMetrics(enqueued),
        },
        rows: [
          ...enqueued.flatMap((e): [string, string][] => [
            [`${e.database}: enqueue for ${RECIPIENTS} recipients`, `${(e.ms / 1000).toFixed(1)} s`],
            [`${e.database}: longest transaction of the enqueue`, `${Math.round(e.longestTxMs)} ms`],
            [`${e.database}: chat p99 during the enqueue`, `${Math.round(e.chatP99Ms)} ms (${e.chatAnswered} answers)`],
            [`${e.database}: chat p99 alone`, `${Math.round(e.chatAloneP99Ms)} ms (${e.chatAloneAnswered} answers)`],
          ]),
          ["limit (msgs/s)", String(limit)],
          ["achieved (msgs/s)", achieved.toFixed(1)],
          ["ratio (target ≥ 0.9)", ratio.toFixed(3)],
          ["duplicates / lost", `${duplicates} / ${lost ?? `– (${received.length} sent in ${window}ms)`}`],
          ["429 answers", String(refused)],
          ["CPU per message (this process)", `${cpuMsPerMessage.toFixed(2)} ms`],
        ],
      };
    } finally {
      await app.close();
      server.stop();
    }
  },
};

/** `enqueue_ms`, `longest_tx_ms`, `chat_p99_ms` of the last database (PostgreSQL when measured), and each one's. */
function enqueueMetrics(enqueued: readonly Enqueued[]): Record<string, number | string> {
  const main = enqueued[enqueued.length - 1] as Enqueued;
  const metrics: Record<string, number | string> = {
    database: main.database,
    enqueue_ms: Math.round(main.ms),
    longest_tx_ms: Math.round(main.longestTxMs),
    chat_p99_ms: Math.round(main.chatP99Ms),
  };
  for (const e of enqueued) {
    metrics[`${e.database}_enqueue_ms`] = Math.round(e.ms);
    metrics[`${e.database}_longest_tx_ms`] = Math.round(e.longestTxMs);
    metrics[`${e.database}_chat_p99_ms`] = Math.round(e.chatP99Ms);
    metrics[`${e.database}_chat_answered`] = e.chatAnswered;
    metrics[`${e.database}_chat_alone_p99_ms`] = Math.round(e.chatAloneP99Ms);
    metrics[`${e.database}_chat_alone_answered`] = e.chatAloneAnswered;
  }
  return metrics;
}
