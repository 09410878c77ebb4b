import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LocalBudget, Pacer } from "../../src/channels/outbound/pacer.ts";
import { systemClock } from "../../src/clock.ts";
import { loadConfig } from "../../src/config.ts";
import type { AppDeps } from "../../src/core/deps.ts";
import type { Database } from "../../src/db/database.ts";
import type { Logger } from "../../src/logger.ts";
import { enqueue } from "../../src/outbox/enqueue.ts";
import { createOutboxWorker } from "../../src/outbox/outbox.ts";
import type { OutboxWorker } from "../../src/outbox/worker.ts";
import { createTestDatabase } from "../support/database.ts";
import { RecordingSender, testWorker, until } from "../support/outbox.ts";

let db: Database;
let worker: OutboxWorker | undefined;

beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  await db.close();
});

const statusCounts = async () => {
  const rows = await db.prisma.delivery.groupBy({ by: ["status"], _count: true });
  return Object.fromEntries(rows.map((r) => [r.status, r._count]));
};

describe("outbox worker", () => {
  it("delivers each queued message exactly once across both platforms", async () => {
    const telegram = new RecordingSender("telegram");
    const zalo = new RecordingSender("zalo");
    await enqueue(
      db.prisma,
      Array.from({ length: 400 }, (_, i) => ({
        platform: i % 2 === 0 ? ("telegram" as const) : ("zalo" as const),
        chatId: `chat-${i}`,
        message: { text: `hello ${i}` },
      })),
    );
    worker = testWorker(db.prisma, [telegram, zalo]);
    await worker.start();
    await until(async () => (await statusCounts()).sent === 400, 120_000);
    expect(telegram.delivered.size).toBe(200);
    expect(zalo.delivered.size).toBe(200);
    expect([...telegram.copies(), ...zalo.copies()].every((n) => n === 1)).toBe(true);
    expect(zalo.delivered.get("chat-7")?.[0]?.text).toBe("hello 7");
  }, 180_000);

  it("enqueues a job's message to one recipient once, however often the job runs", async () => {
    const once = { platform: "zalo" as const, chatId: "z1", message: { text: "nhắc" }, dedupeKey: "remind:Q4:z1" };
    expect(await enqueue(db.prisma, [once])).toBe(1);
    expect(await enqueue(db.prisma, [once])).toBe(0);
    expect(await db.prisma.delivery.count()).toBe(1);
  });

  it("survives a storm of 429s and server errors without losing or doubling a message", async () => {
    const sender = new RecordingSender("telegram", (call) => {
      if (call <= 60) return { ok: false, kind: "retry", error: "429 Too Many Requests", retryAfterMs: 30 };
      if (call % 3 === 0 && call < 400) return { ok: false, kind: "retry", error: "502 Bad Gateway" };
      return undefined;
    });
    await enqueue(
      db.prisma,
      Array.from({ length: 200 }, (_, i) => ({
        platform: "telegram" as const,
        chatId: `c${i}`,
        message: { text: "x" },
      })),
    );
    worker = testWorker(db.prisma, [sender]);
    await worker.start();
    await until(async () => (await statusCounts()).sent === 200, 60_000);
    expect(sender.delivered.size).toBe(200);
    expect(sender.copies().every((n) => n === 1)).toBe(true);
    expect(sender.calls).toBeGreaterThan(260);
  });

  it("gives up after the configured attempts on an error that never clears", async () => {
    const sender = new RecordingSender("telegram", () => ({ ok: false, kind: "retry", error: "503" }));
    await enqueue(db.prisma, [{ platform: "telegram", chatId: "c1", message: { text: "x" } }]);
    worker = testWorker(db.prisma, [sender], { maxAttempts: 3 });
    await worker.start();
    await until(async () => (await statusCounts()).failed === 1);
    expect(sender.calls).toBe(3);
  });

  it("marks a person who blocked the bot unreachable and records nothing as sent", async () => {
    const unit = await db.prisma.orgUnit.create({ data: { code: "U", name: "U" } });
    const person = await db.prisma.person.create({ data: { fullName: "A", unitId: unit.id } });
    await db.prisma.platformIdentity.create({
      data: { platform: "telegram", externalId: "42", chatId: "42", personId: person.id },
    });
    const sender = new RecordingSender("telegram", () => ({ ok: false, kind: "unreachable", error: "403 blocked" }));
    await enqueue(db.prisma, [{ platform: "telegram", chatId: "42", message: { text: "x" } }]);
    worker = testWorker(db.prisma, [sender]);
    await worker.start();
    await until(async () => (await statusCounts()).unreachable === 1);
    const identity = await db.prisma.platformIdentity.findFirstOrThrow();
    expect(identity.unreachableAt).not.toBeNull();
  });

  it("remembers the choices it sent so a typed number answers them", async () => {
    await db.prisma.platformIdentity.create({ data: { platform: "zalo", externalId: "z9", chatId: "z9" } });
    const sender = new RecordingSender("zalo");
    const choices = [
      { value: "/report", label: "Nộp báo cáo" },
      { value: "snooze:1", label: "Nhắc lại sau" },
    ];
    await enqueue(db.prisma, [{ platform: "zalo", chatId: "z9", message: { text: "Nhắc việc", choices } }]);
    worker = testWorker(db.prisma, [sender]);
    await worker.start();
    await until(async () => (await statusCounts()).sent === 1);
    const identity = await db.prisma.platformIdentity.findFirstOrThrow();
    const sent = sender.delivered.get("z9")?.[0];
    expect(identity.pendingChoices).toMatchObject({
      prompts: [{ promptId: sent?.promptId, choices, first: 1, source: "notice", text: "Nhắc việc" }],
    });
    expect(sent?.promptId).toMatch(/^[0-9a-f]{8}$/);
  });

  it("on start-up declares sends interrupted by a crash uncertain, then re-sends them once", async () => {
    await enqueue(db.prisma, [
      { platform: "telegram", chatId: "a", message: { text: "x" } },
      { platform: "telegram", chatId: "b", message: { text: "x" } },
    ]);
    await db.prisma.delivery.updateMany({
      where: { chatId: "a" },
      data: { status: "sending", claimedBy: "dead", claimedAt: new Date(), attempts: 1 },
    });
    const sender = new RecordingSender("telegram");
    worker = testWorker(db.prisma, [sender]);
    await worker.start();
    await until(async () => (await statusCounts()).sent === 2);
    const a = await db.prisma.delivery.findFirstOrThrow({ where: { chatId: "a" } });
    expect(a.uncertainAt).not.toBeNull();
    expect(a.lastError).toContain("claimed by dead");
    expect(a.attempts).toBe(2);
    expect((await db.prisma.delivery.findFirstOrThrow({ where: { chatId: "b" } })).uncertainAt).toBeNull();
  });

  it("re-sends a send whose answer was lost only while attempts remain, keeping it marked", async () => {
    const sender = new RecordingSender("zalo", () => ({ ok: false, kind: "uncertain", error: "socket hang up" }));
    await enqueue(db.prisma, [{ platform: "zalo", chatId: "z", message: { text: "x" } }]);
    worker = testWorker(db.prisma, [sender], { maxAttempts: 2 });
    await worker.start();
    await until(async () => (await statusCounts()).failed === 1);
    const row = await db.prisma.delivery.findFirstOrThrow();
    expect(sender.calls).toBe(2);
    expect(row.uncertainAt).not.toBeNull();
    expect(row.lastError).toBe("socket hang up");
  });

  it("holds interrupted sends for a person to decide when configured to", async () => {
    await enqueue(db.prisma, [{ platform: "telegram", chatId: "a", message: { text: "x" } }]);
    await db.prisma.delivery.updateMany({ data: { status: "sending", claimedBy: "dead", claimedAt: new Date() } });
    const sender = new RecordingSender("telegram");
    worker = testWorker(db.prisma, [sender], { uncertain: "hold" });
    await worker.start();
    expect(await worker.drain(5000)).toBe(true);
    expect(await statusCounts()).toEqual({ uncertain: 1 });
    expect(sender.calls).toBe(0);
  });

  it("never has more sends in flight than the bound", async () => {
    let current = 0;
    let peak = 0;
    const slow = {
      platform: "telegram" as const,
      async send() {
        current++;
        peak = Math.max(peak, current);
        await new Promise((r) => setTimeout(r, 5));
        current--;
        return { ok: true as const, messageIds: [] };
      },
    };
    await enqueue(
      db.prisma,
      Array.from({ length: 300 }, (_, i) => ({
        platform: "telegram" as const,
        chatId: `c${i}`,
        message: { text: "x" },
      })),
    );
    worker = testWorker(db.prisma, [slow], { maxInFlight: 4 });
    await worker.start();
    await until(async () => (await statusCounts()).sent === 300);
    expect(peak).toBeLessThanOrEqual(4);
    expect(peak).toBeGreaterThan(1);
  });

  it("finishes the sends in flight when stopped, leaving nothing in `sending`", async () => {
    const sender = new RecordingSender("telegram");
    await enqueue(
      db.prisma,
      Array.from({ length: 500 }, (_, i) => ({
        platform: "telegram" as const,
        chatId: `c${i}`,
        message: { text: "x" },
      })),
    );
    worker = testWorker(db.prisma, [sender]);
    await worker.start();
    await until(() => sender.calls > 20);
    await worker.stop();
    const counts = await statusCounts();
    expect(counts.sending).toBeUndefined();
    expect(counts.sent).toBe(sender.calls);
    expect(counts.pending).toBe(500 - sender.calls);
  });
});

describe("the outbox on the one pacing layer", () => {
  it("keeps a chat's own pace: messages to one chat are spaced, each sent once, no try used up", async () => {
    const times: number[] = [];
    const pacer = new Pacer({ chatIntervalMs: 500, chatBurst: 1 }, new LocalBudget(1000));
    const sender = new RecordingSender(
      "telegram",
      () => {
        times.push(Date.now());
        return undefined;
      },
      pacer,
    );
    await enqueue(
      db.prisma,
      [1, 2, 3].map((i) => ({ platform: "telegram" as const, chatId: "one-chat", message: { text: `Tin ${i}` } })),
    );
    worker = testWorker(db.prisma, [sender], { retryBaseMs: 5 });
    await worker.start();
    expect(await worker.drain(30_000)).toBe(true);
    expect(sender.delivered.get("one-chat")?.map((m) => m.text)).toEqual(["Tin 1", "Tin 2", "Tin 3"]);
    for (let i = 1; i < times.length; i++) expect((times[i] as number) - (times[i - 1] as number)).toBeGreaterThan(450);
    const rows = await db.prisma.delivery.findMany({ select: { attempts: true, status: true, lastError: true } });
    expect(rows).toEqual(Array(3).fill({ attempts: 1, status: "sent", lastError: null }));
  });

  it("keeps a chat's order when the wait measured for a later message comes out a little shorter", async () => {
    // Each look at the pacer's clock is later than the one before (as on a busy machine, only more).
    let looks = 0;
    const pacer = new Pacer(
      { chatIntervalMs: 300, chatBurst: 1 },
      new LocalBudget(1000),
      () => Date.now() + 40 * looks++,
    );
    const sender = new RecordingSender("telegram", undefined, pacer);
    await enqueue(
      db.prisma,
      [1, 2, 3, 4].map((i) => ({ platform: "telegram" as const, chatId: "one-chat", message: { text: `Tin ${i}` } })),
    );
    worker = testWorker(db.prisma, [sender], { retryBaseMs: 5 });
    await worker.start();
    expect(await worker.drain(30_000)).toBe(true);
    expect(sender.delivered.get("one-chat")?.map((m) => m.text)).toEqual(["Tin 1", "Tin 2", "Tin 3", "Tin 4"]);
  });

  it("warns that OUTBOX_INSTANCES is no longer used", () => {
    const warnings: string[] = [];
    const logger = { warn: (message: string) => warnings.push(message) } as unknown as Logger;
    const deps = { config: loadConfig({ OUTBOX_INSTANCES: "2" }), prisma: db.prisma, clock: systemClock, logger, db };
    createOutboxWorker(deps as unknown as AppDeps, []);
    expect(warnings).toEqual([expect.stringContaining("OUTBOX_INSTANCES is no longer used")]);
    warnings.length = 0;
    createOutboxWorker({ ...deps, config: loadConfig({}) } as unknown as AppDeps, []);
    expect(warnings).toEqual([]);
  });
});
