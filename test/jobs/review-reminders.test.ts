import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JobDefinition } from "../../src/jobs/job.ts";
import { reminderTargets } from "../../src/jobs/reminder-targets.ts";
import { runJob } from "../../src/jobs/run-job.ts";
import { allJobs } from "../../src/modules/index.ts";
import { QUARTERLY_REMINDERS } from "../../src/modules/reporting/quarterly-reminders.ts";
import { REVIEW_REMINDERS } from "../../src/modules/review/review-reminders.ts";
import {
  blockSecretary,
  fileUnitReport,
  type ReviewOrg,
  seedReviewOrg,
  unitSecretary,
} from "../features/review/support.ts";
import { last, tap } from "../flows/support.ts";
import { createTestApp, type TestApp } from "../support/app.ts";

let app: TestApp;
let org: ReviewOrg;

afterEach(async () => {
  await app.close();
});

function job(name: string): JobDefinition {
  return allJobs(app.deps.config).find((j) => j.name === name) as JobDefinition;
}

/** Runs a job on one day at 09:00 in Vietnam; returns the texts it queued that day, by person. */
async function runOn(name: string, day: string) {
  app.clock.set(new Date(`${day}T02:00:00Z`));
  const definition = job(name);
  const period = definition.periodOf(app.clock.now(), app.deps.config.TZ_NAME);
  if (!period) return new Map<string, string[]>();
  expect((await runJob(app.deps, definition, { period, instance: "test" })).status).toBe("done");
  const rows = await app.deps.prisma.delivery.findMany({
    include: { message: true },
    where: { dedupeKey: { startsWith: `${name}:` }, createdAt: app.clock.now() },
  });
  const byPerson = new Map<string, string[]>();
  for (const r of rows) {
    const list = byPerson.get(r.personId as string) ?? [];
    list.push((r.message.payload as { text: string }).text);
    byPerson.set(r.personId as string, list);
  }
  return byPerson;
}

/** The block secretary returns the report on the "difficulties" field. */
async function returnReport(reportId: string) {
  let r = await app.press(blockSecretary, `review:return:${reportId}`);
  r = await tap(app, blockSecretary, r, "Khó khăn");
  r = await tap(app, blockSecretary, r, "Xong");
  r = await app.say(blockSecretary, "Ghi rõ khó khăn về kinh phí");
  r = await tap(app, blockSecretary, r, "Gửi");
  expect(last(r).text).toContain("Đã trả lại");
}

describe("reports waiting too long for review", () => {
  beforeEach(async () => {
    app = await createTestApp({ env: { REVIEW_REMIND_AFTER_DAYS: "3" } });
    org = await seedReviewOrg(app);
  });

  it("remind each reviewer once per reminder period, and stop once decided", async () => {
    const reportId = await fileUnitReport(app, org);
    const reminded: Record<string, string[]> = {};
    for (const day of ["2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"]) {
      const queued = await runOn(REVIEW_REMINDERS, day);
      reminded[day] = [...queued.keys()].sort();
      if (day === "2026-11-29") {
        expect(queued.get(org.blockSecretaryId)?.[0]).toContain("Báo cáo quý của đơn vị (Đoàn cơ sở Sở Tư pháp)");
        expect(queued.get(org.blockSecretaryId)?.[0]).toContain("đã chờ đồng chí duyệt 3 ngày");
      }
    }
    const reviewers = [org.blockSecretaryId, org.staffId].sort();
    expect(reminded).toEqual({
      "2026-11-27": [],
      "2026-11-28": [],
      "2026-11-29": reviewers,
      "2026-11-30": [],
      "2026-12-01": [],
      // The next reminder period: reminded once more.
      "2026-12-02": reviewers,
    });
    // Never the author, who is no reviewer of their own report.
    expect(reminded["2026-11-29"]).not.toContain(org.unitSecretaryId);

    let r = await app.press(blockSecretary, `review:open:${reportId}`);
    r = await tap(app, blockSecretary, r, "Duyệt");
    expect((await runOn(REVIEW_REMINDERS, "2026-12-05")).size).toBe(0);
  });
});

describe("a returned report and the quarterly reminders", () => {
  beforeEach(async () => {
    app = await createTestApp({ now: "2026-12-21T02:00:00Z" });
    org = await seedReviewOrg(app);
  });

  it("counts as missing until it is filed again", async () => {
    const unitItem = "• Báo cáo quý của Đoàn cơ sở Sở Tư pháp";
    const reportId = await fileUnitReport(app, org);
    const before = await runOn(QUARTERLY_REMINDERS, "2026-12-21");
    expect(before.get(org.unitSecretaryId)?.join("\n") ?? "").not.toContain(unitItem);

    await returnReport(reportId);
    const returned = await runOn(QUARTERLY_REMINDERS, "2026-12-24");
    expect(returned.get(org.unitSecretaryId)?.join("\n")).toContain(unitItem);

    // The reminder's own button files it again: the next version of the returned report, waiting for review.
    let r = await app.press(unitSecretary, reminderTargets.unitReport(org.tccsdId, "2026-Q4"));
    for (let i = 0; i < 30 && !last(r).text.includes("Xem lại"); i++) {
      const keep = last(r).choices?.find((c) => c.label.startsWith("Giữ nguyên"));
      r = keep ? await app.press(unitSecretary, keep.value) : await app.say(unitSecretary, "3");
    }
    r = await tap(app, unitSecretary, r, "Gửi");
    expect(last(r).text).toContain("Đã gửi");
    expect(await app.deps.prisma.report.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({
      status: "submitted",
      version: 2,
    });
    expect(await app.deps.prisma.reportVersion.count({ where: { reportId } })).toBe(2);
    const after = await runOn(QUARTERLY_REMINDERS, "2026-12-27");
    expect(after.get(org.unitSecretaryId)?.join("\n") ?? "").not.toContain(unitItem);
  });
});
