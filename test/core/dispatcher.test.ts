import { describe, expect } from "vitest";
import { linkAccount } from "../support/app.ts";
import { it } from "../support/fixtures.ts";

const anna = { platform: "telegram" as const, externalId: "1001" };

describe("dispatcher", () => {
  it("answers a guest in Vietnamese and lists only what a guest may do", async ({ app }) => {
    const [reply] = await app.say(anna, "/help");
    expect(reply?.text).toContain("khi tài khoản chưa liên kết");
    expect(reply?.text).toContain("/lang");
  });

  it("accepts a choice by number, by label and by label without diacritics", async ({ app }) => {
    for (const answer of ["2", "English", "english"]) {
      const [menu] = await app.say(anna, "/lang");
      expect(menu?.choices?.map((c) => c.label)).toEqual(["Tiếng Việt", "English"]);
      expect((await app.say(anna, answer))[0]?.text).toBe("Switched to English.");
      await app.say(anna, "/lang vi");
    }
    await app.say(anna, "/lang");
    expect((await app.say(anna, "tieng viet"))[0]?.text).toBe("Đã chuyển sang Tiếng Việt.");
  });

  it("handles the same update only once", async ({ app }) => {
    const msg = {
      platform: "telegram" as const,
      chatId: "1001",
      chatType: "private" as const,
      sender: { externalId: "1001" },
      content: { kind: "text" as const, text: "/help" },
      receivedAt: app.clock.now(),
      updateKey: "bot1:42",
    };
    expect(await app.dispatcher.handle(msg)).toHaveLength(1);
    expect(await app.dispatcher.handle(msg)).toEqual([]);
    // Handled and marked: even delivered again much later, it is not handled twice.
    await app.dispatcher.close();
    const row = await app.deps.prisma.inboundUpdate.findFirstOrThrow({ where: { updateKey: "bot1:42" } });
    expect(row.processedAt).not.toBeNull();
    app.clock.advance(60 * 60_000);
    expect(await app.dispatcher.handle({ ...msg, receivedAt: app.clock.now() })).toEqual([]);
  });

  it("handles updates arriving at the same moment, each once, even one delivered twice at once", async ({ app }) => {
    const message = (user: number, updateId: number) => ({
      platform: "telegram" as const,
      chatId: String(user),
      chatType: "private" as const,
      sender: { externalId: String(user) },
      content: { kind: "text" as const, text: "/help" },
      receivedAt: app.clock.now(),
      updateKey: `bot1:${updateId}`,
    });
    const together = [1, 2, 3, 4, 5].map((i) => message(2000 + i, 500 + i));
    const results = await Promise.all([...together, message(2001, 501)].map((m) => app.dispatcher.handle(m)));
    expect(results.map((r) => r.length)).toEqual([1, 1, 1, 1, 1, 0]);
    expect(results[0]?.[0]?.text).toContain("khi tài khoản chưa liên kết");
    expect(await app.deps.prisma.inboundUpdate.count()).toBe(5);
    expect(await app.deps.prisma.platformIdentity.count()).toBe(5);
  });

  it("handles an update again when the process that claimed it died before finishing", async ({ app }) => {
    const msg = {
      platform: "telegram" as const,
      chatId: "1001",
      chatType: "private" as const,
      sender: { externalId: "1001" },
      content: { kind: "text" as const, text: "/help" },
      receivedAt: app.clock.now(),
      updateKey: "bot1:77",
    };
    // A claim without a processed mark, as a crashed instance leaves it.
    await app.deps.prisma.inboundUpdate.create({
      data: {
        platform: "telegram",
        updateKey: "bot1:77",
        receivedAt: new Date(app.clock.now().getTime() - 60_000),
        claimedAt: new Date(app.clock.now().getTime() - 60_000),
      },
    });
    expect(await app.dispatcher.handle(msg)).toEqual([]);
    app.clock.advance(10 * 60_000);
    expect(await app.dispatcher.handle({ ...msg, receivedAt: app.clock.now() })).toHaveLength(1);
    expect(await app.dispatcher.handle({ ...msg, receivedAt: app.clock.now() })).toEqual([]);
  });

  it("speaks to a linked person in their own language across platforms", async ({ app }) => {
    const unit = await app.deps.prisma.orgUnit.create({ data: { code: "U1", name: "Chi đoàn 1" } });
    const person = await app.deps.prisma.person.create({
      data: { fullName: "Lê Văn Bình", unitId: unit.id, locale: "en" },
    });
    const zalo = { platform: "zalo" as const, externalId: "z-77" };
    await linkAccount(app, zalo, person.id);
    expect((await app.say(zalo, "/start"))[0]?.text).toContain("Hello Lê Văn Bình");
  });

  it("tells an unknown command and unreadable content apart, never staying silent", async ({ app }) => {
    expect((await app.say(anna, "/nope"))[0]?.text).toContain("Không có lệnh /nope");
    expect((await app.say(anna, "xin chào"))[0]?.text).toContain("Hệ thống chưa nhận diện được nội dung tin nhắn");
  });
});
