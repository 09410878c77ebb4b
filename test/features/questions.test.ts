import { describe, expect } from "vitest";
import { reportKeys } from "../../src/modules/reporting/reporting.ts";
import { it } from "../support/fixtures.ts";
import { makeDvut, step } from "../support/org-fixture.ts";

const text = (replies: { text: string }[]) => replies.map((r) => r.text).join("\n---\n");

// 26/11/2026 in Vietnam: quarter 4 of 2026.

describe("asking the bot", () => {
  it.override({ appOptions: { now: "2026-11-26T02:00:00Z" } });
  it("/me shows a member their own stage, dated history, mentor and next step", async ({ app, block: org }) => {
    const c = await makeDvut(app, org.people.an, "2026-02-10", "2026-03-01");
    await step(app, c.id, "awareness_class", "2026-04-10", { certificateDate: new Date("2026-04-10") });
    await step(app, c.id, "recognized", "2026-05-01", { mentorName: "Trần Thị Mai", mentorPosition: "Bí thư chi bộ" });
    const reply = text(await app.say(org.accounts.an, "/me"));
    expect(reply).toContain("Nguyễn Văn An — Chi đoàn Văn phòng › Đoàn cơ sở Sở Tư pháp › Đoàn Khối");
    expect(reply).toContain("Giai đoạn hiện tại: Được công nhận đối tượng kết nạp Đảng (từ 01/05/2026)");
    expect(reply).toContain("• 10/02/2026 — Bình chọn ĐVUT (2/2 tán thành, 2 có mặt; không có đại diện cấp ủy dự)");
    expect(reply).toContain(
      "• 01/03/2026 — Nghị quyết giới thiệu đoàn viên ưu tú vào Đảng (BCH Đoàn cơ sở; số NQ-M-AN; 9/9 tán thành, 9 có mặt)",
    );
    expect(reply).toContain("Giấy chứng nhận lớp bồi dưỡng có giá trị đến: 10/04/2031");
    expect(reply).toContain("Đảng viên giúp đỡ: Trần Thị Mai, Bí thư chi bộ");
    expect(reply).toContain("Bước tiếp theo: Tiếp tục phấn đấu");
    const other = text(await app.say(org.accounts.binh, "/me"));
    expect(other).toContain("Trần Thị Bình");
    expect(other).not.toContain("Nguyễn Văn An");
    expect(other).toContain("Đồng chí chưa là đoàn viên ưu tú");
  });

  it("a member cannot use the secretary and staff questions", async ({ app, block: org }) => {
    for (const command of ["/unit", "/unit A1", "/dashboard", "/find an"]) {
      expect(text(await app.say(org.accounts.an, command))).toMatch(/^Việc này chỉ dành cho: /);
    }
    expect(text(await app.press(org.accounts.an, `card:${org.people.binh.id}`))).toMatch(/^Việc này chỉ dành cho/);
  });

  it("/unit shows a secretary their unit: ĐVUT by stage, missing remarks, two-year cases, targets", async ({
    app,
    block: org,
  }) => {
    const an = await makeDvut(app, org.people.an, "2024-09-01", "2024-10-01");
    await app.deps.prisma.unitTarget.create({
      data: { unitId: org.units.a1.id, year: 2026, dvutToIntroduce: 3, newPartyMembers: 1 },
    });
    const reply = text(await app.say(org.accounts.secA1, "/unit"));
    expect(reply).toContain("Chi đoàn Văn phòng — 2 đoàn viên");
    expect(reply).toContain("• Được giới thiệu cho Đảng (có nghị quyết BCH) (1): Nguyễn Văn An");
    expect(reply).toContain("Còn thiếu nhận xét quý 4/2026 (1): Nguyễn Văn An");
    expect(reply).toContain("Được bình chọn từ hai năm trở lên");
    expect(reply).toContain("Nguyễn Văn An (01/09/2024)");
    expect(reply).toContain("Chỉ tiêu 2026: giới thiệu 0/3 ĐVUT · kết nạp 0/1 đảng viên");
    await app.deps.prisma.report.create({
      data: {
        kind: "dvut_remark",
        uniqueKey: reportKeys.remark(an.id, { year: 2026, quarter: 4 }),
        unitId: org.units.a1.id,
        authorId: org.people.secA1.id,
        subjectPersonId: org.people.an.id,
        year: 2026,
        quarter: 4,
        data: { progress: "Tốt" },
      },
    });
    expect(text(await app.say(org.accounts.secA1, "/unit"))).toContain("Đã đủ bản nhận xét ĐVUT quý 4/2026");
  });

  it("a secretary cannot read another unit's data, by /unit, /find or a forged button", async ({ app, block: org }) => {
    await makeDvut(app, org.people.cuong, "2026-02-01");
    expect(text(await app.say(org.accounts.secA1, "/unit B"))).toBe(
      "Đồng chí không phụ trách Đoàn cơ sở Sở Y tế, nên không xem được số liệu của đơn vị này.",
    );
    expect(text(await app.say(org.accounts.secA1, "/unit A"))).toContain(
      "Đồng chí không phụ trách Đoàn cơ sở Sở Tư pháp",
    );
    expect(text(await app.say(org.accounts.secA1, "/find cuong"))).toContain("Không tìm thấy");
    expect(text(await app.press(org.accounts.secA1, `card:${org.people.cuong.id}`))).toBe(
      "Đoàn viên này không thuộc đơn vị đồng chí phụ trách, nên không xem được hồ sơ.",
    );
    // The secretary of B sees B1 below it.
    const found = await app.say(org.accounts.secB, "/find CUONG");
    expect(found[0]?.choices?.map((c) => c.value)).toEqual([`card:${org.people.cuong.id}`]);
    expect(text(await app.press(org.accounts.secB, `card:${org.people.cuong.id}`))).toContain("Được bình chọn ĐVUT");
    expect(text(await app.say(org.accounts.secB, "/unit B1"))).toContain("Chi đoàn Bệnh viện");
  });

  it("/find ignores diacritics and case; staff search the whole block", async ({ app, block: org }) => {
    const replies = await app.say(org.accounts.staff, "/find nguyen van AN");
    expect(replies[0]?.choices?.map((c) => c.label)).toEqual(["Nguyễn Văn An (M-AN) — Chi đoàn Văn phòng"]);
    expect((await app.say(org.accounts.staff, "/find Lê"))[0]?.choices?.map((c) => c.label)).toEqual([
      "Lê Văn Cường (M-CUONG) — Chi đoàn Bệnh viện",
    ]);
    // Each typed word starts a word of the name: "ha" finds Hằng, not Phạm or Hoàng.
    expect((await app.say(org.accounts.staff, "/find ha"))[0]?.choices?.map((c) => c.label)).toEqual([
      "Phạm Thu Hằng (S-A1) — Chi đoàn Văn phòng",
    ]);
  });

  it("/dashboard shows staff the totals, then the units needing attention, then the way down, in three messages", async ({
    app,
    block: org,
  }) => {
    await makeDvut(app, org.people.an, "2024-06-01", "2024-07-01");
    await makeDvut(app, org.people.cuong, "2026-10-05");
    await app.deps.prisma.report.create({
      data: {
        kind: "unit_quarterly",
        uniqueKey: reportKeys.unitQuarterly(org.units.b.id, { year: 2026, quarter: 4 }),
        unitId: org.units.b.id,
        authorId: org.people.secB.id,
        year: 2026,
        quarter: 4,
        data: {},
      },
    });
    await app.deps.prisma.unitTarget.create({
      data: { unitId: org.units.b.id, year: 2026, dvutToIntroduce: 2, newPartyMembers: 1 },
    });
    const replies = await app.say(org.accounts.staff, "/dashboard");
    expect(replies).toHaveLength(3);
    const [totals, attention, way] = replies.map((r) => r.text);
    expect(totals).toContain("Quý 4/2026: 1/2 đơn vị đã nộp báo cáo quý");
    expect(totals).toContain("Đoàn Khối: 6 đoàn viên trong 6 đơn vị");
    expect(totals).toContain("ĐVUT: 2 → 0 → 0 → 0");
    expect(totals).toContain("Giới thiệu 0/2 · kết nạp 0/1");
    expect(totals).toContain("Cần chú ý: thiếu 2 nhận xét quý này · quá hạn 1 nhận xét quý trước · 1 ĐVUT quá 2 năm");
    expect(attention).toContain("Đơn vị cần chú ý trước (2):");
    // The work is in the chi đoàn where the ĐVUT is; the unfiled report comes after it.
    expect(attention).toMatch(
      /- Chi đoàn Văn phòng \(Đoàn cơ sở Sở Tư pháp\): quá hạn 1 nhận xét quý trước · 1 ĐVUT quá 2 năm\n- Đoàn cơ sở Sở Tư pháp: chưa nộp báo cáo quý/,
    );
    expect(way).toContain("Đơn vị trực thuộc 1–2/2");
    expect(replies[2]?.choices).toEqual([
      { value: "dash:A", label: "Đoàn cơ sở Sở Tư pháp · 2 việc cần chú ý" },
      { value: "dash:B", label: "Đoàn cơ sở Sở Y tế" },
      { value: "dashu:DK", label: "Chi tiết Đoàn Khối" },
    ]);
    for (const r of replies) expect(r.text.length).toBeLessThanOrEqual(2000);
  });

  it("/dashboard leads down the tree to a unit's own view, and a secretary sees only their subtree", async ({
    app,
    block: org,
  }) => {
    await makeDvut(app, org.people.an, "2024-06-01", "2024-07-01");
    const down = await app.press(org.accounts.staff, "dash:A");
    expect(down).toHaveLength(3);
    expect(down[0]?.text).toContain("Đoàn cơ sở Sở Tư pháp: 3 đoàn viên trong 3 đơn vị");
    expect(down[2]?.choices?.map((c) => c.value)).toEqual(["dash:A2", "dash:A1", "dashu:A", "dash:DK"]);
    const leaf = await app.press(org.accounts.staff, "dash:A1");
    expect(leaf[2]?.text).toBe("Đơn vị này không có đơn vị trực thuộc.");
    expect(leaf[2]?.choices?.map((c) => c.value)).toEqual(["dashu:A1", "dash:A"]);
    const own = text(await app.press(org.accounts.staff, "dashu:A1"));
    expect(own).toContain("Chi đoàn Văn phòng — 2 đoàn viên");
    expect(own).toContain("Nguyễn Văn An");

    const secretary = await app.say(org.accounts.secB, "/dashboard");
    expect(secretary).toHaveLength(3);
    expect(secretary[0]?.text).toContain("Đoàn cơ sở Sở Y tế: 2 đoàn viên trong 2 đơn vị");
    expect(secretary[2]?.choices?.map((c) => c.value)).toEqual(["dash:B1", "dashu:B"]);
    expect(text(await app.press(org.accounts.secB, "dash:A"))).toMatch(/Đoàn cơ sở Sở Tư pháp/);
    expect(text(await app.press(org.accounts.secB, "dash:A"))).not.toContain("đoàn viên trong");
    expect(text(await app.say(org.accounts.secB, "/dashboard A1"))).not.toContain("Nguyễn Văn An");
  });

  it("/guide explains every step to anyone, in their language", async ({ app, block: _org }) => {
    const vi = text(await app.say({ platform: "terminal", externalId: "stranger" }, "/guide"));
    expect(vi).toContain("Học lớp bồi dưỡng nhận thức về Đảng");
    expect(vi).toContain("8. Đảng viên chính thức");
    await app.say({ platform: "terminal", externalId: "stranger" }, "/lang en");
    expect(text(await app.say({ platform: "terminal", externalId: "stranger" }, "/guide"))).toContain(
      "Party awareness class",
    );
  });

  it("/role lets staff appoint a secretary, and refuses others with a reason", async ({ app, block: org }) => {
    expect(text(await app.say(org.accounts.secA1, "/role grant M-AN A1"))).toMatch(
      /^Việc này chỉ dành cho: Cán bộ Đoàn Khối/,
    );
    expect(text(await app.say(org.accounts.staff, "/role grant M-AN A1"))).toBe(
      "Đã giao vai trò Bí thư Chi đoàn Văn phòng cho Nguyễn Văn An.",
    );
    expect(text(await app.say(org.accounts.an, "/unit"))).toContain("Chi đoàn Văn phòng");
    expect(text(await app.say(org.accounts.staff, "/role grant M-AN B1"))).toContain(
      "không sinh hoạt ở Chi đoàn Bệnh viện",
    );
    expect(text(await app.say(org.accounts.staff, "/role thu hồi M-AN A1"))).toBe(
      "Đã thu hồi vai trò Bí thư Chi đoàn Văn phòng của Nguyễn Văn An.",
    );
    expect(text(await app.say(org.accounts.an, "/unit"))).toMatch(/^Việc này chỉ dành cho/);
    expect(text(await app.say(org.accounts.staff, "/role"))).toContain("/role grant MÃ_ĐOÀN_VIÊN MÃ_ĐƠN_VỊ");
  });

  it("/target lets staff set a unit's targets, shown by /unit", async ({ app, block: org }) => {
    expect(text(await app.say(org.accounts.secA1, "/target A1 2026 3 1"))).toMatch(/^Việc này chỉ dành cho/);
    expect(text(await app.say(org.accounts.staff, "/target A1 2026 3 1"))).toBe(
      "Đã lưu chỉ tiêu năm 2026 của Chi đoàn Văn phòng: giới thiệu 3 ĐVUT, kết nạp 1 đảng viên.",
    );
    expect(text(await app.say(org.accounts.staff, "/target A1 2026 1 3"))).toBe(
      "Số đảng viên mới từ ĐVUT không thể lớn hơn số ĐVUT giới thiệu.",
    );
    expect(text(await app.say(org.accounts.staff, "/target A1 năm-nay"))).toContain("Cách dùng: /target");
    expect(text(await app.say(org.accounts.secA1, "/unit"))).toContain(
      "Chỉ tiêu 2026: giới thiệu 0/3 ĐVUT · kết nạp 0/1",
    );
  });
});
