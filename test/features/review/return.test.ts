import { describe, expect } from "vitest";
import { last, tap } from "../../flows/support.ts";
import type { TestApp } from "../../support/app.ts";
import { it } from "../../support/fixtures.ts";
import { blockSecretary, fileUnitReport, queuedFor, unitSecretary } from "./support.ts";

const answersOf = async (app: TestApp, id: string) =>
  ((await app.deps.prisma.report.findUniqueOrThrow({ where: { id } })).data as { answers: Record<string, unknown> })
    .answers;

describe("returning a unit report for changes", () => {
  it("reopens exactly the two fields sent back, keeps the other answers, and keeps both versions", async ({
    app,
    reviewOrg: org,
  }) => {
    const { prisma } = app.deps;
    const reportId = await fileUnitReport(app, org);
    const filed = await answersOf(app, reportId);

    // The secretary of the unit above is asked to review it, with a button that opens it.
    const request = (await queuedFor(app, org.blockSecretaryId)).at(-1);
    expect(request?.text).toContain("Đặng Văn Phúc đã gửi Báo cáo quý của đơn vị");
    expect(request?.text).toContain("chờ đồng chí duyệt");
    expect(request?.choices?.[0]?.value).toBe(`review:open:${reportId}`);

    let r = await app.say(blockSecretary, "/review");
    expect(last(r).text).toContain("Có 1 báo cáo chờ đồng chí duyệt");
    r = await tap(app, blockSecretary, r, "Báo cáo quý của đơn vị");
    expect(last(r).text).toContain("Người gửi: Đặng Văn Phúc");
    expect(last(r).text).toContain("• Buổi sinh hoạt chính trị: 2");
    r = await tap(app, blockSecretary, r, "Trả lại bổ sung");
    expect(last(r).text).toContain("Chọn các mục cần người gửi sửa lại");
    r = await tap(app, blockSecretary, r, "Buổi sinh hoạt chính trị");
    r = await tap(app, blockSecretary, r, "Khó khăn");
    r = await tap(app, blockSecretary, r, "Xong");
    expect(last(r).text).toContain("Góp ý cho mục “Buổi sinh hoạt chính trị” (đang ghi: 2)");
    // /back returns to the choice of fields, which is kept one tap away.
    r = await app.say(blockSecretary, "/back");
    expect(last(r).text).toContain("Chọn các mục cần người gửi sửa lại");
    r = await tap(app, blockSecretary, r, "Giữ nguyên");
    expect(last(r).text).toContain("Góp ý cho mục “Buổi sinh hoạt chính trị”");
    // Too short a comment gets a clear reason and the same question again.
    r = await app.say(blockSecretary, "x");
    expect(last(r).text).toContain("Góp ý cho mục “Buổi sinh hoạt chính trị”");
    r = await app.say(blockSecretary, "Số buổi chưa khớp với biên bản, kiểm tra lại");
    expect(last(r).text).toContain("Góp ý cho mục “Khó khăn”");
    r = await app.say(blockSecretary, "Nêu rõ khó khăn về kinh phí");
    expect(last(r).text).toContain("Góp ý “Khó khăn”: Nêu rõ khó khăn về kinh phí");
    r = await tap(app, blockSecretary, r, "Gửi");
    expect(last(r).text).toContain("Đã trả lại báo cáo cho Đặng Văn Phúc với góp ý ở 2 mục");

    const returned = await prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(returned).toMatchObject({ status: "returned", version: 1, reviewedById: org.blockSecretaryId });
    const review = await prisma.reportReview.findFirstOrThrow({ where: { reportId } });
    expect(review).toMatchObject({ version: 1, decision: "returned", reviewerId: org.blockSecretaryId });
    expect(review.comments).toEqual({
      education: "Số buổi chưa khớp với biên bản, kiểm tra lại",
      difficulties: "Nêu rõ khó khăn về kinh phí",
    });
    expect(await prisma.auditLog.count({ where: { action: "report.return", entityId: reportId } })).toBe(1);

    // The author is told in Vietnamese which fields (by their question label) and why, with "Sửa ngay".
    const told = (await queuedFor(app, org.unitSecretaryId)).at(-1);
    expect(told?.text).toContain("được Trương Thị Mai trả lại để bổ sung");
    expect(told?.text).toContain("• Buổi sinh hoạt chính trị: Số buổi chưa khớp với biên bản, kiểm tra lại");
    expect(told?.text).toContain("• Khó khăn: Nêu rõ khó khăn về kinh phí");
    expect(told?.choices).toEqual([{ value: `review:fix:${reportId}`, label: "Sửa ngay" }]);

    // /menu offers the same, instead of a fresh report.
    r = await tap(app, unitSecretary, await app.say(unitSecretary, "/menu"), "bị trả lại — sửa ngay");
    expect(last(r).text).toContain("Câu 1/2");
    expect(last(r).text).toContain("Góp ý của người duyệt: Số buổi chưa khớp với biên bản, kiểm tra lại");
    r = await app.say(unitSecretary, "3");
    expect(last(r).text).toContain("Câu 2/2");
    expect(last(r).text).toContain("Góp ý của người duyệt: Nêu rõ khó khăn về kinh phí");
    r = await app.say(unitSecretary, "Thiếu kinh phí mở lớp cảm tình Đảng");
    expect(last(r).text).toContain("Sửa Báo cáo quý của đơn vị đã gửi");
    r = await tap(app, unitSecretary, r, "Gửi");
    expect(last(r).text).toContain("bản sửa lần 2");

    const resubmitted = await prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(resubmitted).toMatchObject({ status: "submitted", version: 2 });
    expect(await answersOf(app, reportId)).toEqual({
      ...filed,
      education: 3,
      difficulties: "Thiếu kinh phí mở lớp cảm tình Đảng",
    });
    const versions = await prisma.reportVersion.findMany({ where: { reportId }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.authorId])).toEqual([
      [1, org.unitSecretaryId],
      [2, org.unitSecretaryId],
    ]);
    expect((versions[0]?.data as { answers?: unknown } | undefined)?.answers).toEqual(filed);
    // The reviewers are asked again, for version 2.
    const again = (await queuedFor(app, org.blockSecretaryId)).at(-1);
    expect(again?.text).toContain("(bản 2");
  });
});
