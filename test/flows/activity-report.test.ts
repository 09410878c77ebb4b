import { describe, expect } from "vitest";
import { itSpeakingAs } from "../support/fixtures.ts";
import { last, secretary, tap } from "./support.ts";

const it = itSpeakingAs(secretary);

describe("activity report flow", () => {
  it("takes a choice, a branch, a date, several choices, a number and a summary, re-asking each wrong answer", async ({
    app,
    say,
    org,
  }) => {
    let r = await tap(app, secretary, await say("/menu"), "Báo cáo một hoạt động");
    expect(last(r).text).toContain("Câu 1/5");
    r = await say("hội thảo quốc tế");
    expect(last(r).text).toContain("Đề nghị đồng chí chọn một trong các lựa chọn");
    r = await say("khac");
    expect(last(r).text).toContain("Câu 2/6");
    r = await say("Hội thi tìm hiểu lịch sử Đoàn");
    expect(last(r).text).toContain("ví dụ: 15/3/2026");
    for (const [input, reason] of [
      ["32/13/2026", "Chưa đọc được ngày “32/13/2026”"],
      ["mai", "Chưa đọc được ngày"],
      ["1/12/2026", "Ngày này ở tương lai (hôm nay là 26/11/2026)"],
      ["1/1/1900", "quá xa"],
    ]) {
      r = await say(input as string);
      expect(last(r).text).toContain(reason);
      expect(last(r).text).toContain("Câu 3/6");
    }
    r = await say("20-11-2026");
    expect(last(r).text).toContain("Câu 4/6");
    r = await tap(app, secretary, r, "Xong");
    expect(last(r).text).toContain("Chưa chọn mục nào");
    r = await tap(app, secretary, r, "Lịch sử, truyền thống");
    expect(last(r).choices?.map((c) => c.label)).toContain("✓ Lịch sử, truyền thống");
    r = await tap(app, secretary, r, "Pháp luật");
    r = await tap(app, secretary, r, "Lịch sử, truyền thống");
    expect(last(r).choices?.map((c) => c.label)).toContain("Lịch sử, truyền thống");
    r = await tap(app, secretary, r, "Về Đảng");
    r = await tap(app, secretary, r, "Xong");
    expect(last(r).text).toContain("Câu 5/6");
    r = await say("0");
    expect(last(r).text).toContain("Số phải từ 1 đến 100.000");
    r = await say("45");
    r = await say("Ngắn");
    expect(last(r).text).toContain("ít nhất 10 ký tự");
    r = await say("Thi tìm hiểu 95 năm Đoàn TNCS Hồ Chí Minh, 6 đội tham gia 🎉");
    expect(last(r).text).toContain("4. Nội dung: Về Đảng, về Đoàn, Pháp luật");
    r = await tap(app, secretary, r, "Nội dung");
    r = await say("1, 2");
    expect(last(r).text).toContain("4. Nội dung: Lịch sử, truyền thống, Học tập và làm theo Bác");
    r = await say("1, 9");
    expect(last(r).text).toContain("Đề nghị đồng chí bấm “Gửi”");
    r = await tap(app, secretary, r, "Gửi");
    const report = await app.deps.prisma.report.findFirstOrThrow();
    expect(report).toMatchObject({ kind: "activity", unitId: org.branchId, year: 2026, quarter: 4, uniqueKey: null });
    expect((report.data as { answers: object }).answers).toMatchObject({
      type: "other",
      otherType: "Hội thi tìm hiểu lịch sử Đoàn",
      date: "2026-11-20",
      topics: ["history", "ho_chi_minh"],
      participants: 45,
    });
  });

  it("refuses numbers out of a several-choices list", async ({ app, say, org: _org }) => {
    await app.press(secretary, "flow:start:activity");
    await say("1");
    await say("26/11/2026");
    const r = await say("1, 9");
    expect(last(r).text).toContain("từ 1 đến 5");
    expect(last(r).text).toContain("Câu 3/5");
  });
});
