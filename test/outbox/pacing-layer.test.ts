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
import { RecordingSender, testWorker } from "../support/outbox.ts";

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
