import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { queueForPeople, queueForPerson } from "../../src/outbox/notify.ts";
import { createTestApp, type TestApp } from "../support/app.ts";

let app: TestApp;
let prisma: PrismaClient;
const now = new Date("2026-11-26T02:00:00Z");

beforeEach(async () => {
  app = await createTestApp();
  prisma = app.deps.prisma;
  await prisma.orgUnit.create({ data: { id: "u", code: "U", name: "Chi đoàn U" } });
  const person = (id: string, active = true) =>
    prisma.person.create({ data: { id, fullName: id, unitId: "u", active } });
  await person("both");
  await person("one");
  await person("none");
  await person("gone", false);
  const account = (id: string, personId: string, platform: "telegram" | "zalo", unreachable = false) =>
    prisma.platformIdentity.create({
      data: { id, platform, externalId: id, chatId: `chat-${id}`, personId, unreachableAt: unreachable ? now : null },
    });
  await account("both-t", "both", "telegram");
  await account("both-z", "both", "zalo");
  await account("one-t", "one", "telegram");
  await account("one-z", "one", "zalo", true);
  await account("gone-t", "gone", "telegram");
});
afterEach(() => app.close());

const rows = () =>
  prisma.delivery.findMany({
    select: { personId: true, chatId: true, dedupeKey: true },
    orderBy: { dedupeKey: "asc" },
  });

describe("notify a person", () => {
  it("queues one row per reachable chat account of each active person, keyed per account", async () => {
    const result = await queueForPeople(
      prisma,
      ["both", "one", "none", "gone"].map((personId) => ({
        personId,
        message: { text: "x" },
        dedupeKey: `k:${personId}`,
      })),
      now,
    );
    expect(result.added).toBe(3);
    expect([...result.reached].sort()).toEqual(["both", "one"]);
    expect(await rows()).toEqual([
      { personId: "both", chatId: "chat-both-t", dedupeKey: "k:both:both-t" },
      { personId: "both", chatId: "chat-both-z", dedupeKey: "k:both:both-z" },
      { personId: "one", chatId: "chat-one-t", dedupeKey: "k:one:one-t" },
    ]);
  });

  it("never queues the same message twice for one account", async () => {
    expect(await queueForPerson(prisma, "both", { text: "x" }, "again", now)).toBe(2);
    expect(await queueForPerson(prisma, "both", { text: "x" }, "again", now)).toBe(0);
    expect(await queueForPeople(prisma, [], now)).toEqual({ added: 0, reached: new Set() });
    expect(await prisma.delivery.count()).toBe(2);
  });
});
