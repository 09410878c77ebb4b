import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { type DeliveryInput, enqueue } from "../../src/outbox/enqueue.ts";
import { fromPayload } from "../../src/outbox/payload.ts";
import { createTestApp, type TestApp } from "../support/app.ts";

let app: TestApp;
let prisma: PrismaClient;
const now = new Date("2026-11-30T03:00:00.123Z");
const later = new Date("2026-12-01T01:30:00.456Z");

beforeEach(async () => {
  app = await createTestApp({ now: now.toISOString() });
  prisma = app.deps.prisma;
  await prisma.orgUnit.create({ data: { id: "u", code: "U", name: "Chi đoàn U" } });
  await prisma.broadcast.create({
    data: { id: "b1", createdById: "x", text: "t", audience: { kind: "all" }, status: "scheduled" },
  });
});
afterEach(() => app.close());

/** Counts every statement a client is asked to run (model calls and raw SQL). */
function counting(client: PrismaClient) {
  const calls: string[] = [];
  const wrap = <T extends object>(target: T, path: string): T =>
    new Proxy(target, {
      get(t, prop) {
        const value = Reflect.get(t, prop);
        if (typeof prop !== "string") return value;
        if (typeof value === "function") {
          return (...args: unknown[]) => {
            calls.push(`${path}${prop}`);
            return (value as (...a: unknown[]) => unknown).apply(t, args);
          };
        }
        return value && typeof value === "object" ? wrap(value as object, `${prop}.`) : value;
      },
    });
  return { client: wrap(client, ""), calls };
}

describe("enqueue", () => {
  it("writes thousands of rows with their own times and keys in one statement, each message stored once, each duplicate skipped", async () => {
    const vi: OutgoingMessage = {
      text: "Bài học tuần này: “Đoàn kết” — đồng chí đọc nhé",
      choices: [{ value: "a", label: "Đã đọc" }],
    };
    const en: OutgoingMessage = { text: "This week's lesson" };
    const file: OutgoingMessage = {
      text: "tệp",
      files: [{ name: "a.txt", mimeType: "text/plain", data: Buffer.from("xin chào") }],
    };
    const messages = [
      vi,
      en,
      file,
      { text: "Bài học tuần này: “Đoàn kết” — đồng chí đọc nhé", choices: [{ value: "a", label: "Đã đọc" }] },
    ];
    const deliveries: DeliveryInput[] = Array.from({ length: 1_200 }, (_, i) => ({
      platform: i % 2 === 0 ? "telegram" : "zalo",
      chatId: `c${i}`,
      personId: i % 5 === 0 ? null : `p${i}`,
      message: messages[i % 4] as OutgoingMessage,
      dedupeKey: `k:${i}`,
      ...(i % 3 === 0 ? { notBefore: later } : {}),
    }));
    // Within the call: the same key twice, and a broadcast's row to the same chat twice.
    deliveries.push({ platform: "telegram", chatId: "again", message: en, dedupeKey: "k:0" });
    const toB = { platform: "telegram", chatId: "b", broadcastId: "b1", dedupeKey: "broadcast:b1:telegram:b" } as const;
    deliveries.push({ ...toB, message: en });
    deliveries.push({ ...toB, message: vi });
    const { client, calls } = counting(prisma);
    expect(await enqueue(client, deliveries, now)).toBe(1_201);
    // The messages, then the rows.
    expect(calls).toHaveLength(2);
    // The copy of `vi` is the same message: stored once.
    expect(await prisma.outboxMessage.count()).toBe(3);

    const rows = await prisma.delivery.findMany({ include: { message: true }, orderBy: { createdAt: "asc" } });
    expect(rows).toHaveLength(1_201);
    const byKey = new Map(rows.map((r) => [r.dedupeKey, r]));
    for (const [i, d] of deliveries.slice(0, 1_200).entries()) {
      const row = byKey.get(`k:${i}`);
      expect(row, `row ${i}`).toMatchObject({
        platform: d.platform,
        chatId: `c${i}`,
        personId: d.personId,
        broadcastId: null,
        status: "pending",
        attempts: 0,
        notBefore: d.notBefore ?? now,
        createdAt: now,
      });
      expect(fromPayload(row?.message.payload)).toEqual(d.message);
    }
    expect(rows.filter((r) => r.broadcastId === "b1").map((r) => r.chatId)).toEqual(["b"]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(1_201);
    // Version 7 UUIDs, increasing in the order the rows were given.
    for (const r of rows) expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const given = deliveries.slice(0, 1_200).map((_, i) => byKey.get(`k:${i}`)?.id as string);
    expect([...given].sort()).toEqual(given);

    // Again: everything is already there.
    expect(await enqueue(prisma, deliveries, now)).toBe(0);
    expect(await enqueue(prisma, [], now)).toBe(0);
  });
});
