import { describe, expect } from "vitest";
import type { TestApp } from "../support/app.ts";
import { it } from "../support/fixtures.ts";
import { last, type Org, secretary, tap } from "./support.ts";

/** Issue #17 point 4: roles are checked when a form is sent, not only when it starts. */

const revoke = (app: TestApp, org: Org) =>
  app.deps.prisma.roleAssignment.updateMany({
    where: { personId: org.secretaryId },
    data: { revokedAt: app.clock.now() },
  });

/** Rates everyone "good" in the classification flow, up to its review screen. */
async function classificationUpToReview(app: TestApp) {
  let r = await tap(app, secretary, await app.say(secretary, "/menu"), "Xếp loại đoàn viên năm 2026");
  r = await tap(app, secretary, r, "Hoàn thành tốt nhiệm vụ");
  r = await tap(app, secretary, r, "Tất cả người còn lại");
  r = await tap(app, secretary, r, "Hoàn thành tốt nhiệm vụ");
  expect(last(r).text).toContain("Xem lại Xếp loại đoàn viên");
  return r;
}

describe("a revoked secretary", () => {
  it("cannot send a draft started while they held the role", async ({ app, org }) => {
    const review = await classificationUpToReview(app);
    await revoke(app, org);
    const r = await tap(app, secretary, review, "Gửi");
    expect(last(r).text).toContain("không thuộc vai trò");
    expect(await app.deps.prisma.report.count()).toBe(0);
    expect(await app.deps.prisma.annualClassification.count({ where: { year: 2026 } })).toBe(0);
  });

  it("cannot reopen and re-file a report filed before the role was revoked", async ({ app, org }) => {
    const r = await tap(app, secretary, await classificationUpToReview(app), "Gửi");
    expect(last(r).text).toContain("Đã gửi Xếp loại đoàn viên");
    const report = await app.deps.prisma.report.findFirstOrThrow();
    await revoke(app, org);
    expect(last(await app.press(secretary, `flow:correct:${report.id}`)).text).toContain("không thuộc vai trò");
    expect((await app.deps.prisma.report.findFirstOrThrow()).version).toBe(1);
  });

  it("cannot send a draft reopened just before the role was revoked", async ({ app, org }) => {
    await tap(app, secretary, await classificationUpToReview(app), "Gửi");
    const report = await app.deps.prisma.report.findFirstOrThrow();
    const reopened = await app.press(secretary, `flow:correct:${report.id}`);
    await revoke(app, org);
    expect(last(await tap(app, secretary, reopened, "Gửi")).text).toContain("không thuộc vai trò");
    expect((await app.deps.prisma.report.findFirstOrThrow()).version).toBe(1);
  });
});

describe("a secretary's own self-report", () => {
  it("is not confirmed by that secretary", async ({ app, org: _org }) => {
    let r = await tap(app, secretary, await app.say(secretary, "/menu"), "Tự báo cáo");
    r = await app.say(secretary, "3");
    r = await app.say(secretary, "1");
    r = await app.say(secretary, "Bằng khen của Thành đoàn");
    r = await app.say(secretary, "co");
    r = await tap(app, secretary, r, "Gửi");
    expect(last(r).text).toContain("Đã gửi Tự báo cáo");
    const report = await app.deps.prisma.report.findFirstOrThrow({ where: { kind: "self_report" } });
    expect(last(await app.press(secretary, "selfrep:list")).text).toContain("Không có");
    expect(last(await app.press(secretary, `selfrep:approve:${report.id}`)).text).toContain("không thể tự xác nhận");
    expect((await app.deps.prisma.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("submitted");
  });
});
