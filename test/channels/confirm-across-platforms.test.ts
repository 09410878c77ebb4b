import { describe, expect } from "vitest";
import { OrgTree } from "../../src/core/org.ts";
import { createBroadcast } from "../../src/modules/broadcasts/broadcasts.ts";
import type { FakeZaloServer } from "../fakes/zalo-server.ts";
import { linkAccount } from "../support/app.ts";
import { it } from "../support/fixtures.ts";
import { testWorker, until } from "../support/outbox.ts";

/** Sends on Zalo as `user` and returns the text of the next message the bot sends back. */
async function zaloSay(zalo: FakeZaloServer, user: { id: string }, text: string): Promise<string> {
  const before = zalo.texts(user.id).length;
  zalo.sendText(user, text);
  const messages = await zalo.waitForMessages(user.id, before + 1);
  return messages.at(-1)?.text ?? "";
}

describe("confirming an announcement on Telegram and on Zalo", () => {
  it("lands a button press on Telegram and a typed reply on Zalo on one record per person", async ({
    platforms: { app, telegram, zalo, channels },
  }) => {
    const { prisma } = app.deps;
    const root = await prisma.orgUnit.create({ data: { code: "DK", name: "Đoàn Khối" } });
    const unit = await prisma.orgUnit.create({ data: { code: "YT", name: "Chi đoàn Sở Y tế", parentId: root.id } });
    const staff = await prisma.person.create({ data: { fullName: "Phan Văn Lộc", unitId: root.id } });
    const thu = await prisma.person.create({ data: { fullName: "Ngô Thị Thu", unitId: unit.id } });
    const khoa = await prisma.person.create({ data: { fullName: "Đinh Văn Khoa", unitId: unit.id } });
    // Thu is linked on both platforms (two copies, one person); Khoa only on Zalo.
    await linkAccount(app, { platform: "telegram", externalId: "701" }, thu.id);
    await linkAccount(app, { platform: "zalo", externalId: "z-701" }, thu.id);
    await linkAccount(app, { platform: "zalo", externalId: "z-702" }, khoa.id);

    const tree = await OrgTree.load(prisma);
    const created = await createBroadcast(
      { prisma, clock: app.clock, i18n: app.deps.i18n },
      {
        createdById: staff.id,
        text: "Lịch sinh hoạt chi đoàn tháng 12: 19h thứ Năm, phòng họp tầng 2.",
        audience: { kind: "unit", unitId: unit.id },
        requireConfirmation: true,
      },
      { wholeBlock: true, unitIds: new Set(tree.all().map((u) => u.id)), personId: staff.id },
      tree,
    );
    if (!created.ok) throw new Error(created.reason);
    const broadcastId = created.broadcast.id;

    const worker = testWorker(
      prisma,
      channels.map((c) => c.sender!),
    );
    await worker.start();
    try {
      await until(async () => (await prisma.delivery.count({ where: { broadcastId, status: "sent" } })) === 3);
    } finally {
      await worker.stop();
    }

    // Telegram: one button.
    const [onTelegram] = await telegram.waitForMessages(701, 1);
    const buttons = onTelegram?.replyMarkup?.inline_keyboard?.flat() ?? [];
    expect(buttons.map((b) => b.text)).toEqual(["Đã đọc / Xác nhận"]);
    // Zalo: the same choice as a numbered line.
    const [onZalo] = await zalo.waitForMessages("z-701", 1);
    expect(onZalo?.text).toContain("1. Đã đọc / Xác nhận");

    const count = telegram.texts(701).length;
    telegram.press({ id: 701 }, onTelegram!, buttons[0]!.callback_data!);
    const [, thanks] = await telegram.waitForMessages(701, count + 1);
    expect(thanks?.text).toContain("Cảm ơn đồng chí đã xác nhận đã đọc thông báo");

    // Thu answers her Zalo copy too, with its number: already recorded, nothing duplicated.
    expect(await zaloSay(zalo, { id: "z-701" }, "1")).toContain("Đồng chí đã xác nhận thông báo này rồi");
    // Khoa types the word rather than the number.
    expect(await zaloSay(zalo, { id: "z-702" }, "Đã đọc")).toContain("Cảm ơn đồng chí đã xác nhận");
    expect(await zaloSay(zalo, { id: "z-702" }, "xác nhận")).toContain("Đồng chí đã xác nhận thông báo này rồi");

    const confirmations = await prisma.broadcastConfirmation.findMany({ orderBy: { platform: "asc" } });
    expect(confirmations.map((c) => [c.personId, c.platform])).toEqual([
      [thu.id, "telegram"],
      [khoa.id, "zalo"],
    ]);
    // With nothing left to confirm, "ok" is just a message the bot does not understand.
    expect(await zaloSay(zalo, { id: "z-702" }, "ok")).toContain("Hệ thống chưa nhận diện được nội dung tin nhắn");
  });
});
