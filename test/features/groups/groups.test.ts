import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { IncomingContent, OutgoingMessage } from "../../../src/core/messages.ts";
import { issueLinkCode } from "../../../src/modules/linking/linking.ts";
import type { FakeTelegramServer } from "../../fakes/telegram-server.ts";
import type { FakeZaloServer } from "../../fakes/zalo-server.ts";
import { createTestApp, linkAccount, type TestApp } from "../../support/app.ts";
import { type BothPlatforms, startBothPlatforms } from "../../support/channels.ts";

/** Issue #17 point 7: in group chats only /help (and group buttons) are answered; nothing personal leaks there. */
const texts = (replies: OutgoingMessage[]) => replies.map((r) => r.text).join("\n");

describe("group chats, platform-neutral", () => {
  let app: TestApp;
  const GROUP = "-100200";
  const secretaryChat = { platform: "telegram" as const, externalId: "41" };
  const guestChat = { platform: "telegram" as const, externalId: "42" };
  const inGroup = (who: { externalId: string }, content: IncomingContent) =>
    app.dispatcher.handle({
      platform: "telegram",
      chatId: GROUP,
      chatType: "group",
      sender: { externalId: who.externalId },
      content,
      receivedAt: app.clock.now(),
      privateChatLink: "https://t.me/doan_test_bot?start=from_group",
    });
  const sayInGroup = (who: { externalId: string }, text: string) => inGroup(who, { kind: "text", text });

  beforeEach(async () => {
    app = await createTestApp();
    const unit = await app.deps.prisma.orgUnit.create({ data: { code: "U1", name: "Chi đoàn Sở Tư pháp" } });
    const secretary = await app.deps.prisma.person.create({
      data: { fullName: "Trần Văn Bí", unitId: unit.id, phone: "0912345678" },
    });
    await app.deps.prisma.roleAssignment.create({
      data: { personId: secretary.id, role: "secretary", unitId: unit.id },
    });
    await linkAccount(app, secretaryChat, secretary.id);
  });
  afterEach(async () => {
    await app.close();
  });

  it("answers everything personal with a link to a private chat, and /help with what works in groups", async () => {
    for (const text of ["/me", "/find Hà", "/unit", "/requests", "/export", "/menu", "/start"]) {
      const replies = await sayInGroup(secretaryChat, text);
      expect(texts(replies), text).toContain("https://t.me/doan_test_bot?start=from_group");
      expect(texts(replies), text).not.toContain("Trần Văn Bí");
    }
    const help = texts(await sayInGroup(secretaryChat, "/help"));
    expect(help).toContain("/help");
    expect(help).not.toContain("/requests");
    expect(help).toContain("nhắn riêng cho bot");
    // A button pressed in a group (an old message forwarded there) does nothing personal either.
    expect(texts(await inGroup(secretaryChat, { kind: "choice", value: "flow:mine" }))).toContain("nhắn riêng");
  });

  it("refuses registration and a shared contact in groups, and never keeps the group as a person's chat", async () => {
    expect(texts(await inGroup(guestChat, { kind: "choice", value: "link:register" }))).toContain("nhắn riêng");
    expect(await app.deps.prisma.conversation.count()).toBe(0);
    expect(texts(await inGroup(guestChat, { kind: "contact", phone: "0912345678", isOwn: true }))).toContain(
      "nhắn riêng",
    );
    const guest = await app.deps.prisma.platformIdentity.findFirstOrThrow({ where: guestChat });
    expect(guest.personId).toBeNull();
    expect(guest.chatId).toBe(guestChat.externalId);
    // A link code typed in a group links nothing (and is not used up).
    const person = await app.deps.prisma.person.findFirstOrThrow();
    const issued = await issueLinkCode(app.deps.prisma, app.clock, person.id, 72);
    if (!issued.ok) throw new Error("no code");
    expect(texts(await sayInGroup(guestChat, `/start ${issued.code}`))).toContain("nhắn riêng");
    expect((await app.deps.prisma.linkCode.findFirstOrThrow({ where: { code: issued.code } })).usedAt).toBeNull();
    // The deep link's start parameter is a plain /start in private, not a wrong code.
    const welcome = texts(await app.say(guestChat, "/start from_group"));
    expect(welcome).not.toContain("Mã liên kết không đúng");
    expect(await app.deps.prisma.linkAttempt.count()).toBe(0);
  });

  it("leaves the person's private choices alone: a number typed in a group answers nothing", async () => {
    const [first] = await app.say(secretaryChat, "/menu");
    const before = (await app.deps.prisma.platformIdentity.findFirstOrThrow({ where: secretaryChat })).pendingChoices;
    expect(before).not.toBeNull();
    expect(first?.choices?.length).toBeGreaterThan(0);
    expect(texts(await sayInGroup(secretaryChat, "1"))).toContain("nhắn riêng");
    const after = (await app.deps.prisma.platformIdentity.findFirstOrThrow({ where: secretaryChat })).pendingChoices;
    expect(after).toEqual(before);
    const identity = await app.deps.prisma.platformIdentity.findFirstOrThrow({ where: secretaryChat });
    expect(identity.chatId).toBe(secretaryChat.externalId);
  });
});

describe("group chats through the fake Telegram and Zalo servers", () => {
  let both: BothPlatforms;
  let telegram: FakeTelegramServer;
  let zalo: FakeZaloServer;
  beforeEach(async () => {
    both = await startBothPlatforms();
    ({ telegram, zalo } = both);
  });
  afterEach(async () => {
    await both.close();
  });

  it("points a Telegram group member to the bot's private chat with a deep link", async () => {
    telegram.sendGroupText({ id: 77 }, -1001234, "/me");
    const [reply] = await telegram.waitForMessages(-1001234, 1);
    expect(reply?.text).toContain("https://t.me/doan_test_bot?start=from_group");
    telegram.sendGroupText({ id: 77 }, -1001234, "/help");
    const [, help] = await telegram.waitForMessages(-1001234, 2);
    expect(help?.text).toContain("/help");
    expect(telegram.messages(77)).toEqual([]);
    const identity = await both.app.deps.prisma.platformIdentity.findFirstOrThrow({ where: { externalId: "77" } });
    expect(identity.chatId).toBe("77");
  });

  it("tells a Zalo group member to open the bot's chat", async () => {
    zalo.sendGroupText({ id: "z-77" }, "g-55", "@Đoàn Bot /me");
    const [reply] = await zalo.waitForMessages("g-55", 1);
    expect(reply?.text).toContain("mở cuộc trò chuyện riêng với bot");
    const identity = await both.app.deps.prisma.platformIdentity.findFirstOrThrow({ where: { externalId: "z-77" } });
    expect(identity.chatId).toBe("z-77");
  });
});
