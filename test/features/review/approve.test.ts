import { describe, expect } from "vitest";
import { last, staff, tap } from "../../flows/support.ts";
import { it } from "../../support/fixtures.ts";
import { blockSecretary, fileUnitReport, queuedFor, siblingSecretary, unitSecretary } from "./support.ts";

const texts = (replies: { text: string }[]) => replies.map((r) => r.text).join("\n");

describe("approving a report", () => {
  it("by the secretary of the unit above shows đã duyệt on /unit, /dashboard and in the export", async ({
    app,
    reviewOrg: org,
  }) => {
    const { prisma } = app.deps;
    const reportId = await fileUnitReport(app, org);
    expect(texts(await app.say(unitSecretary, "/unit"))).toContain("Báo cáo quý 4/2026: chờ duyệt");
    expect((await app.press(staff, "dash:TP")).map((m) => m.text).join("\n")).toContain(
      "Đoàn cơ sở Sở Tư pháp (chờ duyệt)",
    );

    let r = await tap(app, blockSecretary, await app.say(blockSecretary, "/menu"), "1 báo cáo chờ đồng chí duyệt");
    r = await tap(app, blockSecretary, r, "Báo cáo quý của đơn vị");
    r = await tap(app, blockSecretary, r, "Duyệt");
    expect(last(r).text).toContain("Đã duyệt. Đặng Văn Phúc sẽ nhận được thông báo");
    expect(await prisma.report.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({
      status: "approved",
      reviewedById: org.blockSecretaryId,
    });
    expect(await prisma.reportReview.findMany({ where: { reportId } })).toMatchObject([
      { version: 1, decision: "approved", reviewerId: org.blockSecretaryId },
    ]);
    expect(await prisma.auditLog.count({ where: { action: "report.approve", entityId: reportId } })).toBe(1);
    expect((await queuedFor(app, org.unitSecretaryId)).at(-1)?.text).toContain("đã được Trương Thị Mai duyệt");

    expect(texts(await app.say(unitSecretary, "/unit"))).toContain("Báo cáo quý 4/2026: đã duyệt");
    expect((await app.press(staff, "dash:TP")).map((m) => m.text).join("\n")).toContain(
      "Đoàn cơ sở Sở Tư pháp (đã duyệt)",
    );
    const file = (await app.say(staff, "/export unit-reports 2026-Q4 TP csv"))[0]?.files?.[0];
    expect(file?.data.toString("utf8")).toContain("Đoàn cơ sở Sở Tư pháp,4/2026,Đặng Văn Phúc,Đã duyệt");

    // A second tap, or staff deciding too, is told it was already decided.
    r = await app.press(blockSecretary, `review:approve:${reportId}:1`);
    expect(last(r).text).toContain("đã được duyệt hoặc trả lại trước đó");
    expect(last(await app.say(blockSecretary, "/review")).text).toContain("Không có báo cáo nào chờ đồng chí duyệt");
    expect(await prisma.reportReview.count()).toBe(1);
  });

  it("is refused to a sibling unit's secretary and to the author, who do not even see it waiting", async ({
    app,
    reviewOrg: org,
  }) => {
    const { prisma } = app.deps;
    const reportId = await fileUnitReport(app, org);
    for (const who of [siblingSecretary, unitSecretary]) {
      expect(last(await app.say(who, "/review")).text).toContain("Không có báo cáo nào chờ đồng chí duyệt");
      for (const action of [`open:${reportId}`, `approve:${reportId}:1`, `return:${reportId}`]) {
        expect(last(await app.press(who, `review:${action}`)).text).toContain("không thuộc phạm vi duyệt của đồng chí");
      }
    }
    expect(await queuedFor(app, org.siblingSecretaryId)).toEqual([]);
    expect(await prisma.report.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({ status: "submitted" });
    expect(await prisma.reportReview.count()).toBe(0);
    // A branch secretary has no /review at all.
    expect(last(await app.say({ platform: "telegram", externalId: "sec-1" }, "/review")).text).toContain(
      "Không có báo cáo nào",
    );
  });

  it("tells a reviewer whose return arrives after another's approval that it was already decided", async ({
    app,
    reviewOrg: org,
  }) => {
    const { prisma } = app.deps;
    const reportId = await fileUnitReport(app, org);
    let r = await app.press(staff, `review:return:${reportId}`);
    r = await tap(app, staff, r, "Khó khăn");
    r = await tap(app, staff, r, "Xong");
    r = await app.say(staff, "Ghi rõ hơn");
    expect(last(r).text).toContain("Góp ý “Khó khăn”: Ghi rõ hơn");
    await tap(app, blockSecretary, await app.press(blockSecretary, `review:open:${reportId}`), "Duyệt");
    r = await tap(app, staff, r, "Gửi");
    expect(last(r).text).toContain("đã được duyệt hoặc trả lại trước đó");
    expect(await prisma.report.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({ status: "approved" });
    expect(await prisma.reportReview.findMany({ select: { decision: true } })).toEqual([{ decision: "approved" }]);
    // The return's draft ended: nothing is left open for staff.
    expect(last(await app.say(staff, "/cancel")).text).toContain("không có");
  });
});

describe("a return left half-done", () => {
  it("is dropped with /cancel and leaves the report waiting", async ({ app, reviewOrg: org }) => {
    const reportId = await fileUnitReport(app, org);
    let r = await app.press(blockSecretary, `review:return:${reportId}`);
    r = await app.say(blockSecretary, "99");
    expect(last(r).text).toContain("Chọn các mục cần người gửi sửa lại");
    r = await app.say(blockSecretary, "/cancel");
    expect(last(r).text).toContain("Đã hủy");
    expect(await app.deps.prisma.report.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({
      status: "submitted",
    });
    expect(last(await app.say(blockSecretary, "/review")).text).toContain("Có 1 báo cáo chờ đồng chí duyệt");
  });
});
