import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.ts";
import { enqueue } from "../../src/outbox/enqueue.ts";
import { createScratchPostgresDatabase, postgresServerUrl } from "../support/database.ts";
import { until } from "../support/outbox.ts";
import { ProcessGroup, type ScriptRun } from "../support/processes.ts";
import { type RecordingServer, startRecordingServer } from "../support/recording-server.ts";

const MAX_IN_FLIGHT = 8;
const processes = new ProcessGroup();

afterEach(() => processes.stopAll());

/** Starts worker-process.ts and resolves once it says "ready". */
function startWorker(env: Record<string, string>): Promise<ScriptRun> {
  return processes.start("test/outbox/worker-process.ts", { MAX_IN_FLIGHT: String(MAX_IN_FLIGHT), ...env }, "ready");
}

function recipients(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    platform: i % 2 === 0 ? ("telegram" as const) : ("zalo" as const),
    chatId: `chat-${i}`,
    message: { text: `Thông báo ${i}` },
  }));
}

async function postgresDb(): Promise<{ url: string; db: Database }> {
  const scratch = await createScratchPostgresDatabase();
  const db = await openDatabase({ kind: "postgres", url: scratch.url }, { poolSize: 2 });
  processes.onStop(async () => {
    await db.close();
    await scratch.drop();
  });
  return { url: scratch.url, db };
}

/**
 * Kills a worker process halfway through 1,000 deliveries, restarts it, and checks the promise of the outbox:
 * nobody is skipped, and only what was in flight at the kill (at most MAX_IN_FLIGHT, each marked) arrives twice.
 */
async function killHalfwayAndRestart(
  recorder: RecordingServer,
  open: () => Promise<Database>,
  workerEnv: Record<string, string>,
  closeBetween: boolean,
): Promise<void> {
  const total = 1000;
  let db = await open();
  await enqueue(db.prisma, recipients(total));
  if (closeBetween) await db.close();

  const first = await startWorker(workerEnv);
  // Most of the wait is the worker process starting (tsx, then opening the data folder), slow on a busy machine.
  await until(() => recorder.received.length >= total / 2, 240_000);
  first.child.kill("SIGKILL");
  await first.exited;

  if (closeBetween) db = await open();
  const inFlightAtKill = await db.prisma.delivery.count({ where: { status: "sending" } });
  expect(inFlightAtKill).toBeLessThanOrEqual(MAX_IN_FLIGHT);
  expect(await db.prisma.delivery.count({ where: { status: "sent" } })).toBeLessThan(total);
  if (closeBetween) await db.close();

  const second = await startWorker(workerEnv);
  await until(() => recorder.copies().size === total, 240_000);
  second.child.kill("SIGTERM");
  await second.exited;

  if (closeBetween) db = await open();
  const rows = await db.prisma.delivery.findMany();
  if (closeBetween) await db.close();
  expect(rows.every((r) => r.status === "sent")).toBe(true);
  const copies = recorder.copies();
  const duplicated = [...copies].filter(([, n]) => n > 1).map(([key]) => key);
  expect(copies.size).toBe(total);
  expect([...copies.values()].every((n) => n <= 2)).toBe(true);
  expect(duplicated.length).toBeLessThanOrEqual(inFlightAtKill);
  // Every possible duplicate is one the outbox marked as uncertain, and nothing else is marked.
  const uncertain = rows.filter((r) => r.uncertainAt !== null);
  expect(uncertain).toHaveLength(inFlightAtKill);
  const uncertainKeys = new Set(uncertain.map((r) => `${r.platform}:${r.chatId}`));
  expect(duplicated.every((key) => uncertainKeys.has(key))).toBe(true);
}

describe("outbox worker processes", () => {
  it("resumes after SIGKILL on the embedded database: nobody skipped, duplicates only among the marked", async () => {
    const recorder = await startRecordingServer({ delayMs: 3 });
    processes.onStop(() => recorder.close());
    const dir = join(mkdtempSync(join(tmpdir(), "doanbot-outbox-")), "pglite");
    await killHalfwayAndRestart(
      recorder,
      () => openDatabase({ kind: "pglite", dataDir: dir }),
      { PGLITE_DIR: dir, RECORDER_URL: recorder.url, RATE: "300" },
      true,
    );
  }, 540_000);

  it.skipIf(!postgresServerUrl())(
    "resumes after SIGKILL on PostgreSQL: nobody skipped, duplicates only among the marked",
    async () => {
      const recorder = await startRecordingServer({ delayMs: 3 });
      processes.onStop(() => recorder.close());
      const { url, db } = await postgresDb();
      // A restarted instance with the same name recovers its own interrupted sends at once.
      await killHalfwayAndRestart(
        recorder,
        async () => db,
        { DB_URL: url, RECORDER_URL: recorder.url, RATE: "300", INSTANCE_ID: "bot-1" },
        false,
      );
    },
    540_000,
  );

  it.skipIf(!postgresServerUrl())(
    "two worker processes on one PostgreSQL share the queue without duplicates",
    async () => {
      const recorder = await startRecordingServer({ delayMs: 2 });
      processes.onStop(() => recorder.close());
      const { url, db } = await postgresDb();
      const env = { DB_URL: url, RECORDER_URL: recorder.url, RATE: "150" };
      const workers = await Promise.all([
        startWorker({ ...env, INSTANCE_ID: "a" }),
        startWorker({ ...env, INSTANCE_ID: "b" }),
      ]);
      await enqueue(db.prisma, recipients(1000));
      await until(() => recorder.received.length >= 1000, 120_000);
      for (const w of workers) w.child.kill("SIGTERM");
      await Promise.all(workers.map((w) => w.exited));
      const copies = recorder.copies();
      expect(copies.size).toBe(1000);
      expect([...copies.values()].every((n) => n === 1)).toBe(true);
      expect(recorder.received).toHaveLength(1000);
      const byInstance = await db.prisma.delivery.groupBy({ by: ["claimedBy"], _count: true });
      expect(byInstance.map((r) => r.claimedBy).sort()).toEqual(["a", "b"]);
      expect(await db.prisma.delivery.count({ where: { status: "sent" } })).toBe(1000);
    },
    // Two processes start (tsx) before the first send: on a busy CI machine that alone can take half a minute.
    180_000,
  );
});
