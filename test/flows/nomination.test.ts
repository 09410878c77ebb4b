import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.ts";
import { last, type Org, secretary, seedOrg, tap } from "./support.ts";

let app: TestApp;
let org: Org;

beforeEach(async () => {
  app = await createTestApp();
  org = await seedOrg(app.deps.prisma);
});
afterEach(async () => {
  await app.close();
});

const say = (text: string) => app.say(secretary, text);

describe("ĐVUT nomination flow", () => {
  it("searches the member, checks the votes, shows the pipeline's refusal at the right step, then nominates", async () => {
    let r = await tap(app, secretary, await say("/menu"), "bình chọn ĐVUT");
    expect(last(r).text).toContain("Gõ vài chữ trong họ tên");
    r = await say("x");
    expect(last(r).text).toContain("ít nhất 2 chữ");
    r = await say("Quang");
    expect(last(r).text).toContain("Không tìm thấy ai tên “Quang”");
    r = await say("dung");
    expect(last(r).choices?.map((c) => c.label)).toEqual(["Phạm Đức Dũng"]);
    r = await tap(app, secretary, r, "Phạm Đức Dũng");
    expect(last(r).text).toContain("Câu 2/6");
    r = await say("10/11/2026");
    r = await say("12");
    r = await say("13");
    expect(last(r).text).toContain("vượt quá tổng số phiếu");
    r = await say("9");
    r = await say("4");
    expect(last(r).text).toContain("vượt quá tổng số phiếu");
    r = await say("3");
    r = await say("có");
    expect(last(r).text).toContain("Câu 7/8");
    r = await say("12-NQ/ĐTN");
    r = await say("1/11/2026");
    expect(last(r).text).toContain("Xem lại Bình chọn ĐVUT");
    r = await tap(app, secretary, r, "Gửi");
    // Dũng was rated "good": the pipeline refuses, and the member question is asked again.
    expect(last(r).text).toContain("Phạm Đức Dũng chưa được xếp loại");
    expect(last(r).text).toContain("Đoàn viên nào được bình chọn?");
    expect(await app.deps.prisma.candidacy.count({ where: { personId: org.people.dung } })).toBe(0);
    expect(await app.deps.prisma.report.count()).toBe(0);
    r = await say("châu");
    r = await tap(app, secretary, r, "Lê Minh Châu");
    // Back on the review screen; the resolution date is before the meeting: refused, that date asked again.
    expect(last(r).text).toContain("1. Đoàn viên: Lê Minh Châu");
    r = await tap(app, secretary, r, "Gửi");
    expect(last(r).text).toContain("sớm hơn ngày của bước trước");
    expect(last(r).text).toContain("Ngày ra nghị quyết?");
    r = await say("15/11/2026");
    r = await tap(app, secretary, r, "Gửi");
    expect(last(r).text).toContain("Đã gửi Bình chọn ĐVUT");

    const candidacy = await app.deps.prisma.candidacy.findFirstOrThrow({ where: { personId: org.people.chau } });
    expect(candidacy).toMatchObject({
      stage: "introduced",
      votesFor: 9,
      votesAgainst: 3,
      votesTotal: 12,
      resolutionNumber: "12-NQ/ĐTN",
    });
    const report = await app.deps.prisma.report.findFirstOrThrow();
    expect(report.uniqueKey).toBe(`nomination:${org.people.chau}:2026-11-10`);
    expect(await app.deps.prisma.auditLog.count({ where: { action: "candidacy.select" } })).toBe(1);
  });
});
