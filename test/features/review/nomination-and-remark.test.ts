import { describe, expect } from "vitest";
import { last, secretary, tap } from "../../flows/support.ts";
import { it } from "../../support/fixtures.ts";
import { queuedFor, siblingSecretary, unitSecretary } from "./support.ts";

describe("reports of a branch secretary", () => {
  it("a nomination is reviewed by the Đoàn cơ sở: a return records the comment and it keeps waiting", async ({
    app,
    reviewOrg: org,
  }) => {
    const { prisma } = app.deps;
    let r = await app.press(secretary, "dvut:pick");
    r = await tap(app, secretary, r, "Lê Minh Châu");
    for (const answer of ["10/11/2026", "5", "5", "4", "không"]) r = await app.say(secretary, answer);
    r = await tap(app, secretary, r, "Gửi");
    expect(last(r).text).toContain("Đã ghi nhận cho ĐVUT Lê Minh Châu");
    const report = await prisma.report.findFirstOrThrow({ where: { kind: "nomination" } });

    // The secretary of the Đoàn cơ sở above the branch is asked; the sibling Đoàn cơ sở's is not.
    expect((await queuedFor(app, org.unitSecretaryId)).at(-1)?.choices?.[0]?.value).toBe(`review:open:${report.id}`);
    expect(await queuedFor(app, org.siblingSecretaryId)).toEqual([]);
    expect(last(await app.press(siblingSecretary, `review:open:${report.id}`)).text).toContain("không thuộc phạm vi");

    r = await app.press(unitSecretary, `review:open:${report.id}`);
    expect(last(r).text).toContain("• Tán thành: 4");
    r = await tap(app, unitSecretary, r, "Trả lại bổ sung");
    r = await tap(app, unitSecretary, r, "Tán thành");
    r = await tap(app, unitSecretary, r, "Xong");
    r = await app.say(unitSecretary, "Biên bản ghi 8 phiếu tán thành");
    r = await tap(app, unitSecretary, r, "Gửi");
    expect(last(r).text).toContain("Đã gửi góp ý ở 1 mục cho Võ Thị Em");

    // The pipeline already moved: the nomination is not reopened in chat, it keeps waiting with the comment kept.
    expect(await prisma.report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      status: "submitted",
      version: 1,
    });
    expect(await prisma.reportReview.findFirstOrThrow({ where: { reportId: report.id } })).toMatchObject({
      decision: "commented",
      comments: { inFavour: "Biên bản ghi 8 phiếu tán thành" },
    });
    const told = (await queuedFor(app, org.secretaryId)).at(-1);
    expect(told?.text).toContain("• Tán thành: Biên bản ghi 8 phiếu tán thành");
    expect(told?.choices).toBeUndefined();

    r = await tap(app, unitSecretary, await app.press(unitSecretary, `review:open:${report.id}`), "Duyệt");
    expect(last(r).text).toContain("Đã duyệt");
  });

  it("an ĐVUT remark waits for the Đoàn cơ sở and a return reopens only the field sent back", async ({
    app,
    reviewOrg: _org,
  }) => {
    const { prisma } = app.deps;
    let r = await app.press(secretary, "flow:start:dvut-remark");
    for (let i = 0; i < 30 && !last(r).text.includes("Xem lại"); i++) {
      const choice = last(r).choices?.find((c) => !c.label.includes("Bỏ qua"));
      r = choice ? await app.press(secretary, choice.value) : await app.say(secretary, "Tích cực tham gia");
    }
    r = await tap(app, secretary, r, "Gửi");
    const remark = await prisma.report.findFirstOrThrow({ where: { kind: "dvut_remark" } });
    const filed = (remark.data as { answers: Record<string, unknown> }).answers;
    const open = await app.press(unitSecretary, `review:open:${remark.id}`);
    const firstField = (
      last(open)
        .text.split("\n")
        .find((l) => l.startsWith("• ")) ?? ""
    )
      .slice(2)
      .split(":")[0];
    r = await tap(app, unitSecretary, open, "Trả lại bổ sung");
    r = await tap(app, unitSecretary, r, firstField as string);
    r = await tap(app, unitSecretary, r, "Xong");
    r = await app.say(unitSecretary, "Cần cụ thể hơn");
    r = await tap(app, unitSecretary, r, "Gửi");
    expect(await prisma.report.findUniqueOrThrow({ where: { id: remark.id } })).toMatchObject({ status: "returned" });

    r = await app.press(secretary, `review:fix:${remark.id}`);
    expect(last(r).text).toContain("Câu 1/1");
    expect(last(r).text).toContain("Góp ý của người duyệt: Cần cụ thể hơn");
    const review = await prisma.reportReview.findFirstOrThrow({ where: { reportId: remark.id } });
    const [step] = Object.keys(review.comments as object);
    const choice = last(r).choices?.find((c) => !c.label.includes("Giữ nguyên") && !c.label.includes("Bỏ qua"));
    r = choice ? await app.press(secretary, choice.value) : await app.say(secretary, "Gương mẫu, nhiệt tình");
    r = await tap(app, secretary, r, "Gửi");
    expect(last(r).text).toContain("bản sửa lần 2");
    const after = await prisma.report.findUniqueOrThrow({ where: { id: remark.id } });
    const answers = (after.data as { answers: Record<string, unknown> }).answers;
    expect(step).toBeDefined();
    expect(Object.keys(answers).filter((k) => k !== step && answers[k] !== filed[k])).toEqual([]);
    expect(Object.keys(answers).sort()).toEqual(Object.keys(filed).sort());
    expect(after).toMatchObject({ status: "submitted", version: 2 });
  });
});
