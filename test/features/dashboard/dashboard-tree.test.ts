import { describe, expect } from "vitest";
import { telegramCapabilities } from "../../../src/channels/telegram/capabilities.ts";
import { type ChatAccount, linkAccount, type TestApp } from "../../support/app.ts";
import { it } from "../../support/fixtures.ts";

/** A root, 20 đoàn cơ sở, three chi đoàn each (81 units), two members per chi đoàn; a staff member on Zalo. */
async function wideBlock(app: TestApp): Promise<ChatAccount> {
  const { prisma } = app.deps;
  const units = [{ id: "root", code: "DK", name: "Đoàn Khối", parentId: null as string | null }];
  for (let i = 1; i <= 20; i++) {
    const id = `cs${i}`;
    units.push({
      id,
      code: `CS${String(i).padStart(2, "0")}`,
      name: `Đoàn cơ sở ${String(i).padStart(2, "0")}`,
      parentId: "root",
    });
    for (let j = 1; j <= 3; j++)
      units.push({ id: `${id}-${j}`, code: `CS${i}-${j}`, name: `Chi đoàn ${j}`, parentId: id });
  }
  await prisma.orgUnit.createMany({ data: units });
  const leaves = units.filter((u) => u.id.includes("-"));
  await prisma.person.createMany({
    data: leaves.flatMap((u) =>
      [1, 2].map((k) => ({ id: `${u.id}-p${k}`, fullName: `Đoàn viên ${u.code}.${k}`, unitId: u.id })),
    ),
  });
  const staff = await prisma.person.create({ data: { fullName: "Cán bộ", unitId: "root" } });
  await prisma.roleAssignment.create({ data: { personId: staff.id, role: "staff", unitId: "root" } });
  const account: ChatAccount = { platform: "zalo", externalId: "z-staff" };
  await linkAccount(app, account, staff.id);
  return account;
}

describe("/dashboard on a wide block", () => {
  it.override({ appOptions: { now: "2026-11-26T02:00:00Z" } });
  it("stays within three messages and pages the way down; on Zalo a typed number goes down the tree", async ({
    app,
  }) => {
    const staff = await wideBlock(app);
    const first = await app.say(staff, "/dashboard");
    expect(first).toHaveLength(3);
    expect(first[0]?.text).toContain("Đoàn Khối: 121 đoàn viên trong 81 đơn vị");
    expect(first[0]?.text).toContain("0/20 đơn vị đã nộp báo cáo quý");
    expect(first[1]?.text).toContain("Đơn vị cần chú ý trước (20):");
    expect(first[1]?.text).toContain("… và 12 đơn vị khác");
    const way = first[2];
    expect(way?.text).toContain("Đơn vị trực thuộc 1–8/20");
    expect(way?.choices?.map((c) => c.label)).toEqual([
      ...Array.from({ length: 8 }, (_, i) => `Đoàn cơ sở 0${i + 1}`),
      "Trang sau",
      "Chi tiết Đoàn Khối",
    ]);
    for (const c of way?.choices ?? [])
      expect(Buffer.byteLength(c.value)).toBeLessThanOrEqual(telegramCapabilities.maxChoiceValueBytes);

    // "9" is the next page, as Zalo shows the numbered list.
    const second = await app.say(staff, "9");
    expect(second).toHaveLength(3);
    expect(second[2]?.text).toContain("Đơn vị trực thuộc 9–16/20");
    expect(second[2]?.choices?.[0]?.label).toBe("Đoàn cơ sở 09");
    const down = await app.say(staff, "1");
    expect(down[0]?.text).toContain("Đoàn cơ sở 09: 6 đoàn viên trong 4 đơn vị");
    expect(down[2]?.choices?.map((c) => c.label)).toEqual([
      "Chi đoàn 1",
      "Chi đoàn 2",
      "Chi đoàn 3",
      "Chi tiết Đoàn cơ sở 09",
      "Lên Đoàn Khối",
    ]);
    const own = await app.say(staff, "2");
    expect(own[0]?.text).toContain("Chi đoàn 2: 2 đoàn viên trong 1 đơn vị");
    const detail = await app.say(staff, "1");
    expect(detail.map((r) => r.text).join("\n")).toContain("Chi đoàn 2 — 2 đoàn viên");
  });
});
