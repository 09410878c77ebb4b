import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OutgoingMessage } from "../../../src/core/messages.ts";
import type { Person } from "../../../src/generated/prisma/client.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";

/** Issue #17 point 5: a shared contact links only when the whole number is the roster's, in E.164. */
let app: TestApp;
let ha: Person;
const texts = (replies: OutgoingMessage[]) => replies.map((r) => r.text).join("\n");

const shareOwn = (externalId: string, phone: string) =>
  app.dispatcher.handle({
    platform: "telegram",
    chatId: externalId,
    chatType: "private",
    sender: { externalId },
    content: { kind: "contact", phone, isOwn: true },
    receivedAt: app.clock.now(),
  });
const linkedPerson = async (externalId: string) =>
  (await app.deps.prisma.platformIdentity.findFirstOrThrow({ where: { platform: "telegram", externalId } })).personId;

beforeEach(async () => {
  app = await createTestApp();
  const unit = await app.deps.prisma.orgUnit.create({ data: { code: "U1", name: "Chi đoàn Sở Tư pháp" } });
  ha = await app.deps.prisma.person.create({
    data: { fullName: "Nguyễn Thị Hà", unitId: unit.id, phone: "0912 345 678" },
  });
});
afterEach(async () => {
  await app.close();
});

describe("linking by a shared phone number", () => {
  it("does not take a foreign number that ends with the same nine digits", async () => {
    // Cambodia +855 and Thailand +66 numbers whose last nine digits are Hà's.
    for (const [id, phone] of [
      ["31", "+855912345678"],
      ["32", "66912345678"],
    ] as const) {
      expect(texts(await shareOwn(id, phone))).toContain("chưa có trong danh sách");
      expect(await linkedPerson(id)).toBeNull();
    }
  });

  it("links the whole number however it is written, with or without +84", async () => {
    expect(texts(await shareOwn("33", "84912345678"))).toContain("Nguyễn Thị Hà");
    expect(await linkedPerson("33")).toBe(ha.id);
  });

  it("counts two roster entries with one number, written differently, as ambiguous", async () => {
    await app.deps.prisma.person.create({
      data: { fullName: "Nguyễn Thị Hà (trùng)", unitId: ha.unitId, phone: "+84-912-345-678" },
    });
    expect(texts(await shareOwn("34", "+84912345678"))).not.toContain("Đã liên kết");
    expect(await linkedPerson("34")).toBeNull();
  });
});
