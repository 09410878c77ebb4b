import { describe, expect } from "vitest";
import { issueLinkCode } from "../../src/modules/linking/linking.ts";
import { linkAccount } from "../support/app.ts";
import { it } from "../support/fixtures.ts";
import { deliverPending } from "../support/outbox.ts";

describe("linking through Telegram and Zalo at once", () => {
  it("links a member with a code on Telegram (deep link) and on Zalo", async ({
    platforms: { app, telegram, zalo },
  }) => {
    const unit = await app.deps.prisma.orgUnit.create({ data: { code: "TP", name: "Đoàn cơ sở Sở Tư pháp" } });
    const ha = await app.deps.prisma.person.create({ data: { fullName: "Nguyễn Thị Hà", unitId: unit.id } });
    const code = async () => {
      const issued = await issueLinkCode(app.deps.prisma, app.clock, ha.id, 72);
      return issued.ok ? issued.code : "";
    };
    // t.me/<bot>?start=CODE arrives as "/start CODE".
    telegram.sendText({ id: 801 }, `/start ${await code()}`);
    expect((await telegram.waitForMessages(801, 1))[0]?.text).toContain("Nguyễn Thị Hà");
    zalo.sendText({ id: "z-801" }, `/start ${await code()}`);
    expect((await zalo.waitForMessages("z-801", 1))[0]?.text).toContain("Nguyễn Thị Hà");
    const identities = await app.deps.prisma.platformIdentity.findMany({ where: { personId: ha.id } });
    expect(identities.map((i) => `${i.platform}:${i.chatId}`).sort()).toEqual(["telegram:801", "zalo:z-801"]);
  });

  it("registers a Zalo user whom the unit secretary approves on Telegram", async ({
    platforms: { app, telegram, zalo, channels },
  }) => {
    const { prisma } = app.deps;
    const root = await prisma.orgUnit.create({ data: { code: "DK", name: "Đoàn Khối" } });
    const tuPhap = await prisma.orgUnit.create({
      data: { code: "TP", name: "Đoàn cơ sở Sở Tư pháp", parentId: root.id },
    });
    await prisma.orgUnit.create({ data: { code: "YT", name: "Chi đoàn Sở Y tế", parentId: root.id } });
    const khoa = await prisma.person.create({ data: { fullName: "Trần Minh Khoa", unitId: tuPhap.id } });
    await prisma.roleAssignment.create({ data: { personId: khoa.id, role: "secretary", unitId: tuPhap.id } });
    await linkAccount(app, { platform: "telegram", externalId: "802" }, khoa.id);

    const user = { id: "z-900", displayName: "Lan" };
    const step = async (text: string, count: number) => {
      zalo.sendText(user, text);
      return (await zalo.waitForMessages(user.id, count))[count - 1]?.text ?? "";
    };
    await step("/start", 2);
    expect(await step("1", 3)).toContain("họ và tên");
    expect(await step("Phạm Thị Lan", 4)).toContain("25/03/1998");
    expect(await step("31/02/1999", 5)).toContain("chưa đúng");
    const units = await step("05/06/1999", 6);
    expect(units).toContain("1. Chi đoàn Sở Y tế\n2. Đoàn cơ sở Sở Tư pháp\n3. Đoàn Khối (chọn đơn vị này)");
    expect(await step("Đoàn cơ sở Sở Tư pháp", 7)).toContain("Đã gửi yêu cầu đăng ký");

    // The outbox brings the request to the secretary, with buttons.
    await deliverPending(
      prisma,
      channels.map((c) => c.sender!),
    );
    const [request] = await telegram.waitForMessages(802, 1);
    expect(request?.text).toContain("Phạm Thị Lan");
    expect(request?.text).toContain("05/06/1999");
    const approve = request?.replyMarkup?.inline_keyboard?.flat().find((b) => b.text === "Duyệt");
    telegram.press({ id: 802 }, request!, approve!.callback_data!);
    expect((await telegram.waitForMessages(802, 2))[1]?.text).toContain("Đã duyệt");
    expect(request?.edited).toBe(true);

    await deliverPending(
      prisma,
      channels.map((c) => c.sender!),
    );
    expect((await zalo.waitForMessages(user.id, 8))[7]?.text).toContain("đã được duyệt");
    const lan = await prisma.person.findFirstOrThrow({ where: { fullName: "Phạm Thị Lan" } });
    expect(lan.unitId).toBe(tuPhap.id);
    const identity = await prisma.platformIdentity.findFirstOrThrow({ where: { externalId: "z-900" } });
    expect(identity.personId).toBe(lan.id);
    expect(await prisma.auditLog.count({ where: { action: "registration.approve" } })).toBe(1);

    // A second press (another device, an old copy) is refused politely.
    telegram.press({ id: 802 }, request!, approve!.callback_data!);
    expect((await telegram.waitForMessages(802, 3))[2]?.text).toContain("đã được xử lý");
  });

  it("a stranger on Zalo registers as a guest flow: corrects a name with /back, opens a unit, sends", async ({
    platforms: { app, zalo },
  }) => {
    const { prisma } = app.deps;
    const root = await prisma.orgUnit.create({ data: { code: "DK", name: "Đoàn Khối" } });
    const tuPhap = await prisma.orgUnit.create({
      data: { code: "TP", name: "Đoàn cơ sở Sở Tư pháp", parentId: root.id },
    });
    const office = await prisma.orgUnit.create({
      data: { code: "VP", name: "Chi đoàn Văn phòng", parentId: tuPhap.id },
    });
    await prisma.orgUnit.create({ data: { code: "YT", name: "Chi đoàn Sở Y tế", parentId: root.id } });

    const user = { id: "z-stranger", displayName: "Lan" };
    let seen = 0;
    const step = async (text: string, replies = 1) => {
      zalo.sendText(user, text);
      seen += replies;
      return (await zalo.waitForMessages(user.id, seen))[seen - 1]?.text ?? "";
    };
    await step("/start", 2);
    expect(await step("1")).toContain("họ và tên");
    expect(await step("Phạm Thị Lan")).toContain("Cảm ơn đồng chí Phạm Thị Lan");
    const again = await step("/back");
    expect(again).toContain("họ và tên");
    expect(again).toContain("Đang trả lời: Phạm Thị Lan");
    expect(await step("Phạm Thị Lan Anh")).toContain("Cảm ơn đồng chí Phạm Thị Lan Anh");
    expect(await step("31/02/1999")).toContain("Ngày sinh chưa đúng");
    const top = await step("05/06/1999");
    expect(top).toContain("1. Chi đoàn Sở Y tế\n2. Đoàn cơ sở Sở Tư pháp\n3. Đoàn Khối (chọn đơn vị này)");
    // The Đoàn cơ sở has a chi đoàn below it: "2" opens it.
    const below = await step("2");
    expect(below).toContain("1. Chi đoàn Văn phòng\n2. Đoàn cơ sở Sở Tư pháp (chọn đơn vị này)");
    const sent = await step("1");
    expect(sent).toContain("Đã gửi yêu cầu đăng ký");
    expect(sent).toContain("Chi đoàn Văn phòng");
    const request = await prisma.registrationRequest.findFirstOrThrow();
    expect(request).toMatchObject({
      platform: "zalo",
      externalId: user.id,
      fullName: "Phạm Thị Lan Anh",
      dateOfBirth: new Date("1999-06-05T00:00:00Z"),
      unitId: office.id,
      status: "pending",
    });
    // The draft belonged to the chat account and is closed; a second request waits for the first.
    const draft = await prisma.conversation.findFirstOrThrow({ where: { flowId: "link-registration" } });
    expect(draft).toMatchObject({ ownerKey: `c:zalo:${user.id}`, status: "submitted" });
    expect(await step("/start", 2)).toContain("Đăng ký");
    expect(await step("1")).toContain("đang chờ Bí thư");
    expect(await prisma.registrationRequest.count()).toBe(1);
  });
});
