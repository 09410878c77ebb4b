import { afterEach, beforeEach, expect, it } from "vitest";
import type { FakeZaloServer } from "../fakes/zalo-server.ts";
import type { TestApp } from "../support/app.ts";
import { type BothPlatforms, startBothPlatforms } from "../support/channels.ts";

let both: BothPlatforms;
let zalo: FakeZaloServer;
let app: TestApp;

beforeEach(async () => {
  both = await startBothPlatforms();
  ({ zalo, app } = both);
});
afterEach(async () => {
  await both.close();
});

it("a stranger on Zalo registers as a guest flow: corrects a name with /back, opens a unit, sends", async () => {
  const { prisma } = app.deps;
  const root = await prisma.orgUnit.create({ data: { code: "DK", name: "Đoàn Khối" } });
  const tuPhap = await prisma.orgUnit.create({
    data: { code: "TP", name: "Đoàn cơ sở Sở Tư pháp", parentId: root.id },
  });
  const office = await prisma.orgUnit.create({ data: { code: "VP", name: "Chi đoàn Văn phòng", parentId: tuPhap.id } });
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
