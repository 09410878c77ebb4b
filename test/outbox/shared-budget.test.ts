import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { botKey, DatabaseBudget, Pacer } from "../../src/channels/outbound/pacer.ts";
import { createTelegramBot } from "../../src/channels/telegram/bot.ts";
import { TelegramSender } from "../../src/channels/telegram/sender.ts";
import type { Database } from "../../src/db/database.ts";
import { enqueue } from "../../src/outbox/enqueue.ts";
import type { OutboxWorker } from "../../src/outbox/worker.ts";
import { FakeTelegramServer } from "../fakes/telegram-server.ts";
import { createTestDatabase } from "../support/database.ts";
import { testWorker } from "../support/outbox.ts";

// The bot's budget is 10 messages/s for all instances together; the fake Telegram refuses (429) anything over 20/s.
// Two instances pacing themselves at 10/s each would send about 20/s together.
const BUDGET = 10;
const PLATFORM_LIMIT = 20;
const MESSAGES = 50;

let db: Database;
let fake: FakeTelegramServer;
const workers: OutboxWorker[] = [];

beforeEach(async () => {
  db = await createTestDatabase();
  fake = await FakeTelegramServer.start();
  fake.setGlobalRateLimit(PLATFORM_LIMIT);
});
afterEach(async () => {
  for (const w of workers.splice(0)) await w.stop();
  await fake.close();
  await db.close();
});

/** One instance: its own grammY bot, sender and pacer, taking its sends from the bot's budget in the database. */
function instance(name: string): OutboxWorker {
  const sender = new TelegramSender({
    api: createTelegramBot({ token: fake.token, apiRoot: fake.apiRoot, botInfo: fake.botInfo }).api,
    pacer: new Pacer(
      { chatIntervalMs: 1000, chatBurst: 1 },
      new DatabaseBudget(db.sql, botKey("telegram", fake.token), BUDGET),
    ),
    policy: { maxAttempts: 3, maxWaitMs: 5000, backoffMs: 50 },
    onUnreachable: async () => undefined,
  });
  return testWorker(db.prisma, [sender], { instanceId: name, maxInFlight: 8, singleProcess: false });
}

describe("one send budget per bot across instances", () => {
  it("two instances together stay within the bot's budget, and each message goes once", async () => {
    const accepted: number[] = [];
    fake.onMessage(() => accepted.push(Date.now()));
    await enqueue(
      db.prisma,
      Array.from({ length: MESSAGES }, (_, i) => ({
        platform: "telegram" as const,
        chatId: String(1000 + i),
        message: { text: `Thông báo ${i}` },
      })),
    );
    const a = instance("a");
    const b = instance("b");
    workers.push(a, b);
    await Promise.all([a.start(), b.start()]);
    await fake.waitFor(() => accepted.length >= MESSAGES, `${MESSAGES} messages`, 60_000);
    await Promise.all([a.drain(10_000), b.drain(10_000)]);

    // Both instances sent (the outbox is shared), every chat got its message once, nothing was refused.
    const claimedBy = await db.prisma.delivery.groupBy({ by: ["claimedBy"], _count: true });
    expect(claimedBy.map((g) => g.claimedBy).sort()).toEqual(["a", "b"]);
    for (let i = 0; i < MESSAGES; i++) expect(fake.texts(1000 + i)).toEqual([`Thông báo ${i}`]);
    expect(fake.callsOf("sendMessage")).toHaveLength(MESSAGES);
    expect(await db.prisma.delivery.count({ where: { status: "sent" } })).toBe(MESSAGES);

    // At most the budget in any one-second window, with room for a busy machine's late sends; well under the 2×
    // that two separately paced instances would reach.
    let most = 0;
    for (let i = 0; i < accepted.length; i++) {
      most = Math.max(
        most,
        accepted.filter((t) => t >= (accepted[i] as number) && t < (accepted[i] as number) + 1000).length,
      );
    }
    expect(most).toBeLessThanOrEqual(BUDGET + 4);
    // And it does not dawdle: 50 messages at 10 a second take about five seconds.
    const seconds = ((accepted.at(-1) as number) - (accepted[0] as number)) / 1000;
    expect(seconds).toBeGreaterThanOrEqual((MESSAGES - BUDGET - 4) / BUDGET);
  });

  it("sends asking at once are booked together, each its own slot, on one instance or two", async () => {
    // One message a second: the row stays ahead of the clock, so the bookings can be checked on it exactly.
    const one = new DatabaseBudget(db.sql, "telegram:43", 1);
    const other = new DatabaseBudget(db.sql, "telegram:43", 1);
    const row = async () => (await db.prisma.sendBudget.findUniqueOrThrow({ where: { key: "telegram:43" } })).nextAtUs;
    await one.reserve();
    const before = await row();
    const slot = () => async (budget: DatabaseBudget) => Date.now() + (await budget.reserve());
    const slots = await Promise.all([
      ...Array.from({ length: 20 }, () => slot()(one)),
      ...Array.from({ length: 20 }, () => slot()(other)),
    ]);
    expect((await row()) - before).toBe(40n * 1_000_000n);
    const sorted = slots.sort((x, y) => x - y);
    for (let i = 1; i < sorted.length; i++) {
      expect((sorted[i] as number) - (sorted[i - 1] as number)).toBeGreaterThan(700);
    }
  });

  it("a 429 seen by one instance pauses the bot for every instance", async () => {
    const budget = (): DatabaseBudget => new DatabaseBudget(db.sql, "telegram:42", 1000);
    const one = budget();
    const other = budget();
    expect(await other.reserve()).toBeLessThan(50);
    await one.pause(2000);
    const wait = await other.reserve();
    expect(wait).toBeGreaterThan(1500);
    expect(wait).toBeLessThanOrEqual(2100);
  });
});
