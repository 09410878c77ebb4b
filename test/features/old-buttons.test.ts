import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import { confirmBroadcastButton } from "../../src/modules/broadcasts/buttons.ts";
import { registrationDecisionButton } from "../../src/modules/linking/buttons.ts";
import { approveReportButton } from "../../src/modules/review/buttons.ts";
import { createTestApp, linkAccount, type TestApp } from "../support/app.ts";
import { account, seedBroadcastOrg } from "../support/broadcast-org.ts";

/**
 * Buttons already sitting in people's chats, and choices stored in the database, were written before the button
 * codec (src/core/buttons.ts) existed, by hand: "ack:<id>", "reg:approve:<id>". They must keep working, so these
 * tests press the literal old text, never a value built by the codec.
 */
let app: TestApp;
const staff = account("telegram", 1);
const member = account("telegram", 7);

beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

const texts = (replies: OutgoingMessage[]) => replies.map((r) => r.text).join("\n");

async function sendBroadcastAskingConfirmation(): Promise<string> {
  await seedBroadcastOrg(app.deps.prisma);
  for (const answer of ["/broadcast Kiểm tra sổ đoàn viên trước 15/12", "1", "1", "1", "Có"]) {
    await app.say(staff, answer);
  }
  await app.say(staff, "Gửi");
  const broadcast = await app.deps.prisma.broadcast.findFirstOrThrow();
  expect(broadcast.requireConfirmation).toBe(true);
  return broadcast.id;
}

describe("buttons sent before the codec", () => {
  it("confirms an announcement from last week's 'Đã nhận' button, written as ack:<id>", async () => {
    const id = await sendBroadcastAskingConfirmation();
    // The codec writes exactly what was always written.
    expect(confirmBroadcastButton.value({ broadcastId: id })).toBe(`ack:${id}`);
    app.clock.advance(7 * 24 * 3_600_000);
    expect(texts(await app.press(member, `ack:${id}`))).toContain("Cảm ơn đồng chí đã xác nhận");
    expect(texts(await app.press(member, `ack:${id}`))).toContain("đã xác nhận");
    expect(await app.deps.prisma.broadcastConfirmation.count({ where: { broadcastId: id } })).toBe(1);
  });

  it("approves a registration from its stored reg:approve:<id> button", async () => {
    const unit = await app.deps.prisma.orgUnit.create({ data: { code: "U1", name: "Chi đoàn Sở Tư pháp" } });
    const request = await app.deps.prisma.registrationRequest.create({
      data: {
        platform: "zalo",
        externalId: "z-1",
        chatId: "z-1",
        fullName: "Trần Thị Mai",
        dateOfBirth: new Date("2000-01-01"),
        unitId: unit.id,
      },
    });
    const secretary = await app.deps.prisma.person.create({ data: { fullName: "Bí thư", unitId: unit.id } });
    await app.deps.prisma.roleAssignment.create({
      data: { personId: secretary.id, role: "secretary", unitId: unit.id },
    });
    const secretaryAccount = { platform: "zalo" as const, externalId: "z-sec" };
    await linkAccount(app, secretaryAccount, secretary.id);
    expect(registrationDecisionButton.value({ decision: "approve", requestId: request.id })).toBe(
      `reg:approve:${request.id}`,
    );
    expect(texts(await app.press(secretaryAccount, `reg:approve:${request.id}`))).toContain("Trần Thị Mai");
    const decided = await app.deps.prisma.registrationRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(decided.status).toBe("approved");
  });

  it("answers a numbered choice stored in the database before the upgrade", async () => {
    const id = await sendBroadcastAskingConfirmation();
    const identity = await app.deps.prisma.platformIdentity.findFirstOrThrow({
      where: { platform: member.platform, externalId: member.externalId },
    });
    // What an older version stored after delivering the announcement: a notice whose first choice is "ack:<id>".
    await app.deps.prisma.platformIdentity.update({
      where: { id: identity.id },
      data: {
        pendingChoices: {
          prompts: [
            {
              promptId: "n-old",
              text: "Kiểm tra sổ đoàn viên trước 15/12",
              choices: [{ value: `ack:${id}`, label: "Đã đọc / Xác nhận" }],
              first: 1,
              source: "notice",
              at: app.clock.now().toISOString(),
            },
          ],
        },
      },
    });
    expect(texts(await app.say(member, "1"))).toContain("Cảm ơn đồng chí đã xác nhận");
    expect(await app.deps.prisma.broadcastConfirmation.count({ where: { broadcastId: id } })).toBe(1);
  });

  it("says a malformed button of a known kind is out of date, and an unknown one is not understood", async () => {
    await seedBroadcastOrg(app.deps.prisma);
    const approve = approveReportButton.value({ reportId: "r1", version: 1 });
    expect(approve).toBe("review:approve:r1:1");
    // A version that is no number, a decision that is no decision, a missing id.
    for (const broken of ["review:approve:r1:one", "reg:maybe:r1", "ack", "ack:"]) {
      expect(texts(await app.press(staff, broken))).toContain("Lựa chọn này đã cũ");
    }
    expect(await app.deps.prisma.broadcastConfirmation.count()).toBe(0);
    expect(texts(await app.press(staff, "zzz:1"))).toContain("Hệ thống chưa nhận diện được nội dung tin nhắn");
  });
});
