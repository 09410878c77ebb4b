import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OutgoingMessage } from "../../../src/core/messages.ts";
import type { OrgUnit, Person } from "../../../src/generated/prisma/client.ts";
import { createTestApp, linkAccount, type TestApp } from "../../support/app.ts";

/** Issue #17 point 1: a registration never hands an existing member's identity (and roles) to someone else. */
let app: TestApp;
let unit: OrgUnit;
let member: Person;
const secretaryChat = { platform: "telegram" as const, externalId: "700" };
const memberChat = { platform: "telegram" as const, externalId: "701" };
const strangerChat = { platform: "zalo" as const, externalId: "z-stranger" };

const texts = (replies: OutgoingMessage[]) => replies.map((r) => r.text).join("\n");

/** The stranger registers on Zalo with a name and date of birth, as a person would type them. */
async function registerAs(fullName: string, dob: string): Promise<void> {
  const send = (text: string) =>
    app.dispatcher.handle({
      platform: strangerChat.platform,
      chatId: strangerChat.externalId,
      chatType: "private",
      sender: { externalId: strangerChat.externalId, displayName: "Kẻ Lạ", username: "stranger_99" },
      content: { kind: "text", text },
      receivedAt: app.clock.now(),
    });
  await send("/start");
  await app.press(strangerChat, "link:register");
  await send(fullName);
  await send(dob);
  expect(texts(await send("1"))).toContain("Đã gửi yêu cầu đăng ký");
}

async function notificationToSecretary(): Promise<OutgoingMessage> {
  const delivery = await app.deps.prisma.delivery.findFirstOrThrow({
    include: { message: true },
    where: { chatId: secretaryChat.externalId },
    orderBy: { createdAt: "desc" },
  });
  return delivery.message.payload as unknown as OutgoingMessage;
}

beforeEach(async () => {
  app = await createTestApp();
  const { prisma } = app.deps;
  unit = await prisma.orgUnit.create({ data: { code: "U1", name: "Chi đoàn Sở Tư pháp" } });
  member = await prisma.person.create({
    data: { fullName: "Nguyễn Thị Hà", unitId: unit.id, dateOfBirth: new Date("1998-03-25") },
  });
  const secretary = await prisma.person.create({
    data: { fullName: "Trần Văn Bí", unitId: unit.id, dateOfBirth: new Date("1990-01-01") },
  });
  await prisma.roleAssignment.create({ data: { personId: secretary.id, role: "secretary", unitId: unit.id } });
  await linkAccount(app, secretaryChat, secretary.id);
});
afterEach(async () => {
  await app.close();
});

describe("registration cannot claim a person in use", () => {
  it("refuses to hand a linked member to a stranger, and shows the approver why", async () => {
    await linkAccount(app, memberChat, member.id);
    await registerAs("nguyễn thị hà", "25/03/1998");
    const notice = await notificationToSecretary();
    expect(notice.text).toContain("Kẻ Lạ");
    expect(notice.text).toContain("@stranger_99");
    expect(notice.text).toContain("Zalo");
    expect(notice.text).toContain("đã liên kết tài khoản chat khác");
    expect(notice.choices?.map((c) => c.value.split(":")[1])).toEqual(["reject"]);

    // Even the approve button of an older message (or a forged press) does not hand the member over.
    const request = await app.deps.prisma.registrationRequest.findFirstOrThrow();
    expect(texts(await app.press(secretaryChat, `reg:approve:${request.id}`))).toContain("Không thể duyệt");
    const memberIdentity = await app.deps.prisma.platformIdentity.findFirstOrThrow({ where: memberChat });
    expect(memberIdentity.personId).toBe(member.id);
    const stranger = await app.deps.prisma.platformIdentity.findFirstOrThrow({ where: strangerChat });
    expect(stranger.personId).toBeNull();
    expect(texts(await app.say(strangerChat, "/me"))).not.toContain("Nguyễn Thị Hà");
    // The request can still be rejected.
    expect(texts(await app.press(secretaryChat, `reg:reject:${request.id}`))).toContain("Đã từ chối");
  });

  it("refuses a person holding a role even when no chat account is linked to them", async () => {
    const { prisma } = app.deps;
    const deputy = await prisma.person.create({
      data: { fullName: "Lê Văn Phó", unitId: unit.id, dateOfBirth: new Date("1995-05-05") },
    });
    await prisma.roleAssignment.create({ data: { personId: deputy.id, role: "secretary", unitId: unit.id } });
    await registerAs("Lê Văn Phó", "05/05/1995");
    const notice = await notificationToSecretary();
    expect(notice.text).toContain("đang giữ chức vụ");
    const request = await prisma.registrationRequest.findFirstOrThrow();
    expect(texts(await app.press(secretaryChat, `reg:approve:${request.id}`))).toContain("Không thể duyệt");
    expect((await prisma.registrationRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("pending");
    const stranger = await prisma.platformIdentity.findFirstOrThrow({ where: strangerChat });
    expect(stranger.personId).toBeNull();
  });

  it("links a roster person nobody uses yet, after the approver saw who asked", async () => {
    await registerAs("Nguyễn Thị Hà", "25/03/1998");
    const notice = await notificationToSecretary();
    expect(notice.text).toContain("chưa liên kết tài khoản chat nào");
    expect(notice.choices?.map((c) => c.value.split(":")[1])).toEqual(["approve", "reject"]);
    const [first] = await app.say(secretaryChat, "/requests");
    expect(first?.text).toContain("@stranger_99");
    const request = await app.deps.prisma.registrationRequest.findFirstOrThrow();
    expect(texts(await app.press(secretaryChat, `reg:approve:${request.id}`))).toContain("Đã duyệt");
    const stranger = await app.deps.prisma.platformIdentity.findFirstOrThrow({ where: strangerChat });
    expect(stranger.personId).toBe(member.id);
  });
});

describe("a stranger leaving the registration", () => {
  it("is pointed to /help, which they may use, never to /menu, which needs a linked account", async () => {
    const send = (text: string) =>
      app.dispatcher.handle({
        platform: strangerChat.platform,
        chatId: strangerChat.externalId,
        chatType: "private",
        sender: { externalId: strangerChat.externalId, displayName: "Kẻ Lạ" },
        content: text.startsWith("/") ? { kind: "command", name: text.slice(1), args: "" } : { kind: "text", text },
        receivedAt: app.clock.now(),
      });
    await send("/start");
    await app.press(strangerChat, "link:register");
    const cancelled = texts(await send("/cancel"));
    expect(cancelled).toContain("Đã hủy bản đang làm");
    expect(cancelled).toContain("/help");
    expect(cancelled).not.toContain("/menu");
    const again = texts(await send("/cancel"));
    expect(again).not.toContain("/menu");
    // A linked member hears of /menu.
    const member = texts(await app.say(secretaryChat, "/cancel"));
    expect(member).toContain("/menu");
  });
});
