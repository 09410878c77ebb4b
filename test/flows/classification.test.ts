import { describe, expect } from "vitest";
import { itSpeakingAs } from "../support/fixtures.ts";
import { last, secretary, tap } from "./support.ts";

const it = itSpeakingAs(secretary);

describe("annual classification flow", () => {
  it("rates members one by one, asks a reason for the two lowest, then rates all remaining at once", async ({
    app,
    say,
    org,
  }) => {
    const menu = await say("/menu");
    // Five members in the branch (the secretary included); Châu and Dũng were rated for 2025, not 2026.
    let r = await tap(app, secretary, menu, "Xếp loại đoàn viên năm 2026 — 5 người chưa xếp loại");
    expect(last(r).text).toContain("Xếp loại năm 2026 cho 5 đoàn viên của Chi đoàn Văn phòng");
    expect(last(r).text).toContain("Người 1/5: Lê Minh Châu");
    r = await tap(app, secretary, r, "Hoàn thành xuất sắc nhiệm vụ");
    expect(last(r).text).toContain("Người 2/5: Nguyễn Thị Hoa");
    r = await say("khong hoan thanh nhiem vu");
    expect(last(r).text).toContain("Lý do xếp loại Nguyễn Thị Hoa");
    r = await say("ít");
    expect(last(r).text).toContain("ngắn quá");
    r = await say("Nghỉ sinh hoạt nhiều lần không lý do");
    expect(last(r).text).toContain("Người 3/5: Phạm Đức Dũng");
    r = await say("tất cả");
    expect(last(r).text).toContain("Đề nghị đồng chí chọn một trong các lựa chọn");
    r = await tap(app, secretary, r, "Tất cả người còn lại");
    expect(last(r).text).toContain("Xếp tất cả những người còn lại là");
    expect(last(r).choices?.map((c) => c.label)).toEqual(["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ"]);
    r = await tap(app, secretary, r, "Hoàn thành tốt nhiệm vụ");
    expect(last(r).text).toContain("Xem lại Xếp loại đoàn viên");
    expect(last(r).text).toContain("Lý do (Nguyễn Thị Hoa): Nghỉ sinh hoạt nhiều lần không lý do");
    expect(last(r).text).toContain("Những người còn lại: Hoàn thành tốt nhiệm vụ");
    r = await tap(app, secretary, r, "Gửi");
    expect(last(r).text).toContain("Đã gửi Xếp loại đoàn viên");

    const rows = await app.deps.prisma.annualClassification.findMany({
      where: { year: 2026 },
      include: { person: true },
    });
    const byName = Object.fromEntries(rows.map((row) => [row.person.fullName, [row.category, row.reason]]));
    expect(byName).toEqual({
      "Lê Minh Châu": ["excellent", null],
      "Nguyễn Thị Hoa": ["incomplete", "Nghỉ sinh hoạt nhiều lần không lý do"],
      "Phạm Đức Dũng": ["good", null],
      "Trần Văn Bình": ["good", null],
      "Võ Thị Em": ["good", null],
    });
    const report = await app.deps.prisma.report.findFirstOrThrow();
    expect(report.uniqueKey).toBe(`classification:${org.branchId}:2026`);
    expect(rows.every((row) => row.reportId === report.id)).toBe(true);
  });
});

describe("annual classification of a large branch", () => {
  it("shows a long review screen in pages, each numbered like its buttons", async ({ app, say, org }) => {
    await app.deps.prisma.person.createMany({
      data: Array.from({ length: 40 }, (_, i) => ({
        fullName: `Đoàn viên ${String(i + 1).padStart(2, "0")}`,
        unitId: org.branchId,
      })),
    });
    await app.press(secretary, `flow:start:classification:${org.branchId}`);
    // 45 members: rate the first 34 one by one, then all remaining as "good".
    for (let i = 0; i < 34; i++) await say("2");
    let r = await say("5");
    r = await say("2");
    expect(last(r).text).toContain("1. Đoàn viên 01: Hoàn thành tốt nhiệm vụ");
    expect(last(r).text).toContain("Trang 1/2");
    expect(last(r).choices).toHaveLength(33);
    r = await tap(app, secretary, r, "Trang 2/2");
    expect(last(r).text).toContain("1. Đoàn viên 31: Hoàn thành tốt nhiệm vụ");
    expect(last(r).text).toContain("6. Những người còn lại: Hoàn thành tốt nhiệm vụ");
    r = await say("1");
    expect(last(r).text).toContain("Đoàn viên 31 — xếp loại gì?");
    r = await say("1");
    expect(last(r).text).toContain("1. Đoàn viên 31: Hoàn thành xuất sắc nhiệm vụ");
    r = await tap(app, secretary, r, "Gửi");
    expect(await app.deps.prisma.annualClassification.count({ where: { year: 2026 } })).toBe(45);
    expect(await app.deps.prisma.annualClassification.count({ where: { year: 2026, category: "excellent" } })).toBe(1);
  });
});
