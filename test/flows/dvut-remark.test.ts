import { describe, expect } from "vitest";
import { itSpeakingAs } from "../support/fixtures.ts";
import { last, secretary, tap } from "./support.ts";

const it = itSpeakingAs(secretary);

describe("ĐVUT remark flow", () => {
  it("walks each ĐVUT lacking a remark, with re-asks, /skip, /back, a branch and a change on the review screen", async ({
    app,
    say,
    org,
  }) => {
    const menu = await say("/menu");
    expect(last(menu).text).toContain("Việc cần làm");
    let r = await tap(app, secretary, menu, "2 bản nhận xét ĐVUT cần viết quý này");
    expect(last(r).text).toContain("Nhận xét quý 4/2026 cho đồng chí Nguyễn Thị Hoa (còn 2 ĐVUT");
    expect(last(r).text).toContain("Câu 1/7");

    r = await say("ok");
    expect(last(r).text).toContain("ngắn quá: cần ít nhất 5 ký tự");
    expect(last(r).text).toContain("Câu 1/7");
    r = await say("x".repeat(1001));
    expect(last(r).text).toContain("(1.001 ký tự): tối đa 1.000 ký tự");
    r = await say("Lập trường vững vàng");
    expect(last(r).text).toContain("Câu 2/7");
    r = await say("Hoàn thành tốt nhiệm vụ");
    r = await say("Tích cực");
    r = await say("Giản dị, gương mẫu");
    expect(last(r).text).toContain("Câu 5/7");
    r = await say("/skip");
    expect(last(r).text).toContain("Câu 6/7");
    r = await tap(app, secretary, r, "Bỏ qua");
    expect(last(r).text).toContain("Câu 7/7");
    r = await tap(app, secretary, r, "Chưa đề nghị (nêu lý do)");
    expect(last(r).text).toContain("Câu 8/8");
    r = await say("/skip");
    expect(last(r).text).toContain("bắt buộc");
    r = await say("/back");
    expect(last(r).text).toContain("Câu 7/8");
    expect(last(r).text).toContain("Đang trả lời: Chưa đề nghị (nêu lý do)");
    r = await say("1");
    expect(last(r).text).toContain("Xem lại Nhận xét ĐVUT trước khi gửi");
    expect(last(r).text).not.toContain("Băn khoăn:");
    expect(last(r).text).toContain("5. Ưu điểm: (bỏ qua)");

    r = await tap(app, secretary, r, "Đạo đức, lối sống");
    expect(last(r).text).toContain("Đang trả lời: Giản dị, gương mẫu");
    r = await say("/back");
    expect(last(r).text).toContain("4. Đạo đức, lối sống: Giản dị, gương mẫu");
    r = await tap(app, secretary, r, "Đạo đức, lối sống");
    r = await say("Sống lành mạnh, đoàn kết");
    expect(last(r).text).toContain("4. Đạo đức, lối sống: Sống lành mạnh, đoàn kết");

    r = await tap(app, secretary, r, "Gửi");
    expect(r[0]?.text).toContain("Đã gửi Nhận xét ĐVUT");
    expect(last(r).text).toContain("Trần Văn Bình (còn 1 ĐVUT");

    const reports = await app.deps.prisma.report.findMany({ include: { versions: true } });
    expect(reports).toHaveLength(1);
    expect(reports[0]?.uniqueKey).toBe(`dvut_remark:${org.candidacies.hoa}:2026-Q4`);
    expect(reports[0]?.subjectPersonId).toBe(org.people.hoa);
    expect(reports[0]?.versions).toHaveLength(1);
    const data = reports[0]?.data as { answers: Record<string, unknown> };
    expect(data.answers).toMatchObject({
      ethics: "Sống lành mạnh, đoàn kết",
      proposal: "keep_fostering",
      strengths: null,
    });
    expect(data.answers).not.toHaveProperty("concerns");
    const audit = await app.deps.prisma.auditLog.findMany({ where: { action: "report.submit" } });
    expect(audit).toHaveLength(1);

    // The next ĐVUT's remark is under way: the menu offers to continue it; once dropped, it counts what is left.
    expect((await say("/menu")).at(-1)?.choices?.map((c) => c.label)).toContain("Làm tiếp: Nhận xét ĐVUT (câu 1/7)");
    await say("/cancel");
    expect((await say("/menu")).at(-1)?.choices?.map((c) => c.label)).toContain("1 bản nhận xét ĐVUT cần viết quý này");
  });

  it("says so when every ĐVUT already has a remark this quarter", async ({ app, org: _org }) => {
    await app.deps.prisma.candidacy.updateMany({ data: { stage: "full_member" } });
    const r = await app.press(secretary, "flow:start:dvut-remark");
    expect(last(r).text).toContain("Tất cả ĐVUT đồng chí phụ trách đã có nhận xét quý này");
  });
});
