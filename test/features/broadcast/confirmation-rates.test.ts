import { describe, expect } from "vitest";
import type { OutgoingMessage } from "../../../src/core/messages.ts";
import type { TestApp } from "../../support/app.ts";
import { account } from "../../support/broadcast-org.ts";
import { it } from "../../support/fixtures.ts";

const staff = account("telegram", 1);
const secretaryA = account("zalo", 2);
const memberB = account("telegram", 7);

const last = (replies: OutgoingMessage[]) => replies.at(-1) as OutgoingMessage;
const choiceLabelled = (reply: OutgoingMessage, label: string) => {
  const choice = reply.choices?.find((c) => c.label.startsWith(label));
  if (!choice) throw new Error(`no choice "${label}" in ${JSON.stringify(reply.choices)}`);
  return choice.value;
};

/**
 * Staff send to everyone, asking for confirmation; every copy is delivered. Confirmed: A's secretary (person 2, in A),
 * person 5 (A1) and both reachable members of B (7, 8). Not confirmed: staff (root), person 3 (A), person 6 (A1).
 */
async function sendAndConfirm(app: TestApp): Promise<string> {
  for (const answer of ["/broadcast Kiểm tra sổ đoàn viên trước 15/12", "1", "1", "1", "Có"]) {
    await app.say(staff, answer);
  }
  await app.say(staff, "Gửi");
  const broadcast = await app.deps.prisma.broadcast.findFirstOrThrow();
  expect(broadcast.requireConfirmation).toBe(true);
  await app.deps.prisma.delivery.updateMany({ data: { status: "sent", sentAt: app.clock.now() } });
  await app.deps.prisma.broadcast.update({ where: { id: broadcast.id }, data: { status: "done" } });
  for (const who of [account("telegram", 2), account("telegram", 5), memberB, account("zalo", 8)]) {
    expect(last(await app.press(who, `ack:${broadcast.id}`)).text).toContain("Cảm ơn đồng chí đã xác nhận");
  }
  return broadcast.id;
}

describe("the confirmation rate per unit", () => {
  it("shows staff every unit's confirmed / received, lowest first, with the total", async ({
    app,
    broadcastOrg: _org,
  }) => {
    await sendAndConfirm(app);
    const list = last(await app.say(staff, "/broadcasts"));
    expect(list.text).toContain("4 người đã xác nhận đã đọc");
    const rates = last(await app.press(staff, choiceLabelled(list, "Tỷ lệ xác nhận theo đơn vị")));
    const lines = rates.text.split("\n");
    expect(lines[0]).toContain("Tỷ lệ xác nhận đã đọc của thông báo “Kiểm tra sổ đoàn viên trước 15/12”");
    expect(lines[1]).toBe("• Đơn vị R: 0/1 (0%)");
    expect(lines.slice(2, 4).sort()).toEqual(["• Đơn vị A1 › Đơn vị A: 1/2 (50%)", "• Đơn vị A: 1/2 (50%)"]);
    expect(lines[4]).toBe("• Đơn vị B: 2/2 (100%)");
    expect(lines[5]).toBe("Tổng cộng: 4/7 (57%)");
  });

  it("shows a secretary only their own units, for a broadcast staff sent, without letting them stop it", async ({
    app,
    broadcastOrg: _org,
  }) => {
    const id = await sendAndConfirm(app);
    const list = last(await app.say(secretaryA, "/broadcasts"));
    expect(list.text).toContain("Kiểm tra sổ đoàn viên");
    expect(list.choices?.map((c) => c.value)).toEqual([`bc:rates:${id}`]);
    const rates = last(await app.press(secretaryA, `bc:rates:${id}`)).text;
    expect(rates).toContain("• Đơn vị A: 1/2 (50%)");
    expect(rates).toContain("• Đơn vị A1 › Đơn vị A: 1/2 (50%)");
    expect(rates).toContain("Tổng cộng: 2/4 (50%)");
    expect(rates).not.toContain("Đơn vị B");
    expect(rates).not.toContain("Đơn vị R:");
  });

  it("is not shown to members", async ({ app, broadcastOrg: _org }) => {
    const id = await sendAndConfirm(app);
    expect(last(await app.press(memberB, `bc:rates:${id}`)).text).toContain("Việc này chỉ dành cho");
  });
});
