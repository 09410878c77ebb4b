import { describe, expect } from "vitest";
import type { OutgoingMessage } from "../../../src/core/messages.ts";
import { account } from "../../support/broadcast-org.ts";
import { it } from "../../support/fixtures.ts";

const staff = account("telegram", 1);
const secretary = account("zalo", 2);

const last = (replies: OutgoingMessage[]) => replies.at(-1) as OutgoingMessage;
const choiceLabelled = (reply: OutgoingMessage, label: string) => {
  const choice = reply.choices?.find((c) => c.label.startsWith(label));
  if (!choice) throw new Error(`no choice "${label}" in ${JSON.stringify(reply.choices)}`);
  return choice.value;
};

describe("composing a broadcast in chat", () => {
  it("walks staff through text, photo, audience, time and an exact preview, then queues it", async ({
    app,
    broadcastOrg: _org,
  }) => {
    expect(last(await app.say(staff, "/broadcast")).text).toContain("Soạn thông báo mới");
    expect(last(await app.say(staff, "Mời dự hội nghị tổng kết năm.")).text).toContain("kèm ảnh");
    expect(last(await app.say(staff, "anh.jpg")).text).toContain("Đường link ảnh chưa đúng");
    const audience = last(await app.say(staff, "https://example.org/anh.jpg"));
    // A flow of the dialogue runtime: its progress above the question, its navigation below.
    expect(audience.text).toContain("Thông báo mới · Câu 3/5\nGửi cho ai?");
    const askUnit = last(await app.press(staff, choiceLabelled(audience, "Một đơn vị")));
    expect(askUnit.text).toContain("gõ mã đơn vị");
    expect((await app.say(staff, "XYZ"))[0]?.text).toContain("Không tìm thấy đơn vị “XYZ”");
    expect(last(await app.say(staff, "a")).text).toContain("Gửi lúc nào?");
    expect((await app.say(staff, "hôm nay"))[0]?.text).toContain("chưa đọc được ngày giờ");
    const askAck = last(await app.say(staff, "27/11/2026 08:00"));
    expect(askAck.text).toContain("Yêu cầu xác nhận đã đọc?");
    expect((await app.say(staff, "có lẽ"))[0]?.text).toContain("trả lời Có hoặc Không");
    const preview = last(await app.say(staff, "có"));
    expect(preview.text).toContain("Mời dự hội nghị tổng kết năm.");
    expect(preview.text).toContain("Yêu cầu xác nhận đã đọc: Có");
    expect(preview.text).toContain("Đơn vị A và các đơn vị trực thuộc");
    expect(preview.text).toContain("Số tài khoản sẽ nhận: 5 (Telegram: 2, Zalo: 3)");
    expect(preview.text).toContain("08:00 27/11/2026");
    expect(preview.text).toContain("Kèm ảnh: https://example.org/anh.jpg");
    const queued = last(await app.press(staff, choiceLabelled(preview, "Gửi")));
    expect(queued.text).toContain("Đã xếp lịch gửi thông báo tới 5 tài khoản");

    const broadcast = await app.deps.prisma.broadcast.findFirstOrThrow();
    expect(broadcast).toMatchObject({
      photoUrl: "https://example.org/anh.jpg",
      requireConfirmation: true,
      originPlatform: "telegram",
      originChatId: "telegram-1",
      sendAt: new Date("2026-11-27T01:00:00Z"),
    });
    const delivery = await app.deps.prisma.delivery.findFirstOrThrow({ include: { message: true } });
    expect(delivery.message.payload).toMatchObject({
      photoUrl: "https://example.org/anh.jpg",
      choices: [{ value: `ack:${broadcast.id}`, label: "Đã đọc / Xác nhận" }],
    });
    // The draft is closed: ordinary text is no longer taken as a broadcast step.
    expect(last(await app.say(staff, "xin chào")).text).toContain("Hệ thống chưa nhận diện được nội dung tin nhắn");
  });

  it("refuses a secretary a unit outside their own and gives a second chance", async ({ app, broadcastOrg: _org }) => {
    await app.say(secretary, "/broadcast Sinh hoạt chi đoàn tháng 12");
    await app.say(secretary, "1");
    const audience = last(await app.say(secretary, "2"));
    expect(audience.choices?.map((c) => c.label)).toEqual(["Đơn vị A (A)", "Đơn vị A1 (A1)"]);
    const refused = await app.say(secretary, "B");
    expect(refused[0]?.text).toContain("“Đơn vị B” nằm ngoài phạm vi đó");
    expect(last(refused).text).toContain("gõ mã đơn vị");
    expect(last(await app.say(secretary, "A1")).text).toContain("Gửi lúc nào?");
    expect(last(await app.say(secretary, "1")).text).toContain("Yêu cầu xác nhận đã đọc?");
    const preview = last(await app.say(secretary, "Không"));
    expect(preview.text).toContain("Số tài khoản sẽ nhận: 2 (Telegram: 1, Zalo: 1)");
    expect(preview.text).toContain("Yêu cầu xác nhận đã đọc: Không");
    await app.say(secretary, "1");
    expect(await app.deps.prisma.delivery.count()).toBe(2);
    expect((await app.deps.prisma.broadcast.findFirstOrThrow()).requireConfirmation).toBe(false);
    const payload = (await app.deps.prisma.delivery.findFirstOrThrow({ include: { message: true } })).message
      .payload as { choices?: unknown };
    expect(payload.choices).toBeUndefined();
  });

  it("lets a member confirm reading once, and lists and cancels broadcasts", async ({ app, broadcastOrg: _org }) => {
    await app.say(staff, "/broadcast Kiểm tra");
    await app.say(staff, "1");
    await app.say(staff, "1");
    await app.say(staff, "1");
    await app.say(staff, "1");
    await app.say(staff, "1");
    const broadcast = await app.deps.prisma.broadcast.findFirstOrThrow();
    const member = account("zalo", 3);
    expect(last(await app.press(member, `ack:${broadcast.id}`)).text).toContain("Cảm ơn đồng chí đã xác nhận");
    expect(last(await app.press(member, `ack:${broadcast.id}`)).text).toContain("đã xác nhận thông báo này rồi");

    const list = last(await app.say(staff, "/broadcasts"));
    expect(list.text).toContain("“Kiểm tra” — chờ đến giờ gửi: đã nhận 0/8");
    expect(list.text).toContain("1 người đã xác nhận đã đọc");
    const cancelled = last(await app.press(staff, choiceLabelled(list, "Dừng gửi")));
    expect(cancelled.text).toContain("Đã dừng thông báo: 8 tin chưa gửi");
    expect(last(await app.say(staff, "/broadcasts")).text).toContain("đã dừng");
  });

  it("is not offered to members", async ({ app, broadcastOrg: _org }) => {
    const member = account("zalo", 3);
    expect(last(await app.say(member, "/broadcast")).text).toContain("Việc này chỉ dành cho");
    expect(last(await app.say(member, "/help")).text).not.toContain("/broadcast");
  });
});
