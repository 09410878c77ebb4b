import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JobDefinition } from "../../src/jobs/job.ts";
import { runJob } from "../../src/jobs/run-job.ts";
import {
  QUARTERLY_REMINDERS,
  quarterDay,
  quarterlyRemindersJob,
} from "../../src/modules/reporting/quarterly-reminders.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { dayRange, fileReport, morningOf, type Org, seedOrg } from "./org-fixture.ts";

let app: TestApp;
let org: Org;
let job: JobDefinition;

/** Every report of a quarter of 2026, so only the quarter under test is missing anything. */
async function fileEverything(quarter: 3 | 4) {
  const { a, b } = org.units;
  const { secA, secA1, secB } = org.people;
  await fileReport(app.deps, { kind: "unit", unitId: a.id, authorId: secA.id, year: 2026, quarter });
  await fileReport(app.deps, { kind: "unit", unitId: b.id, authorId: secB.id, year: 2026, quarter });
  for (const [c, authorId] of [
    [org.candidacies.candA1, secA1.id],
    [org.candidacies.candB, secB.id],
  ] as const) {
    await fileReport(app.deps, { kind: "remark", candidacyId: c.id, unitId: c.unitId, authorId, year: 2026, quarter });
  }
}

/** Runs the daily check every morning of the range, as the scheduler would; returns what each day queued. */
async function runDaily(from: string, to: string, onDay?: (day: string) => Promise<void>) {
  const byDay = new Map<string, { personId: string; kind: string; platform: string; text: string }[]>();
  for (const day of dayRange(from, to)) {
    await onDay?.(day);
    app.clock.set(morningOf(day));
    const period = job.periodOf(app.clock.now(), app.deps.config.TZ_NAME);
    if (!period) continue;
    const outcome = await runJob(app.deps, job, { period, instance: "test" });
    expect(outcome.status).toBe("done");
    const rows = await app.deps.prisma.delivery.findMany({
      include: { message: true },
      where: { dedupeKey: { startsWith: `${QUARTERLY_REMINDERS}:${period}:` } },
    });
    byDay.set(
      day,
      rows.map((r) => ({
        personId: r.personId as string,
        kind: (r.dedupeKey as string).split(":")[2] as string,
        platform: r.platform,
        text: (r.message.payload as { text: string }).text,
      })),
    );
  }
  return byDay;
}

const who = (rows: { personId: string; kind: string }[] | undefined, kind: string) =>
  [...new Set((rows ?? []).filter((r) => r.kind === kind).map((r) => r.personId))].sort();

describe("quarterly reminder calendar", () => {
  const rules = { daysBefore: 10, everyDays: 3, dueAfter: 5 };
  const at = (day: string) => quarterDay(new Date(`${day}T00:00:00Z`), rules);

  it("starts N days before quarter end, repeats every few days up to the due date, then escalates", () => {
    const scheduled = dayRange("2026-12-15", "2027-01-13").filter(
      (d) => at(d).scheduled && at(d).quarter.quarter === 4,
    );
    expect(scheduled).toEqual([
      "2026-12-21",
      "2026-12-24",
      "2026-12-27",
      "2026-12-30",
      "2027-01-02",
      "2027-01-05",
      "2027-01-06",
      "2027-01-09",
      "2027-01-12",
    ]);
    expect(at("2027-01-05")).toMatchObject({ quarter: { year: 2026, quarter: 4 }, overdue: false });
    expect(at("2027-01-06")).toMatchObject({ quarter: { year: 2026, quarter: 4 }, overdue: true });
    // An unfiled quarter keeps escalating until the next quarter's window takes over.
    expect(at("2026-12-17")).toMatchObject({ quarter: { year: 2026, quarter: 3 }, overdue: true, scheduled: true });
    expect(at("2026-12-21")).toMatchObject({ quarter: { year: 2026, quarter: 4 }, overdue: false });
    expect(at("2027-03-21")).toMatchObject({ quarter: { year: 2027, quarter: 1 }, overdue: false, scheduled: true });
  });
});

describe("quarterly reminders", () => {
  beforeEach(async () => {
    app = await createTestApp();
    org = await seedOrg(app.deps);
    job = quarterlyRemindersJob(app.deps.config);
    await fileEverything(3);
  });
  afterEach(async () => {
    await app.close();
  });

  it("remind each secretary of exactly what is missing, in their language, then escalate after the due date", async () => {
    const { secA, secA1, secB, staff } = org.people;
    const byDay = await runDaily("2026-12-15", "2027-01-12");
    expect([...byDay].filter(([, rows]) => rows.length > 0).map(([day]) => day)).toEqual([
      "2026-12-21",
      "2026-12-24",
      "2026-12-27",
      "2026-12-30",
      "2027-01-02",
      "2027-01-05",
      "2027-01-06",
      "2027-01-09",
      "2027-01-12",
    ]);
    for (const [day, rows] of byDay) {
      if (day < "2026-12-21") {
        expect(rows, day).toEqual([]);
        continue;
      }
      expect(who(rows, "reminder"), day).toEqual([secA.id, secA1.id, secB.id].sort());
      expect(who(rows, "escalation"), day).toEqual(day >= "2027-01-06" ? [secA.id, staff.id].sort() : []);
    }
    const first = byDay.get("2026-12-21") ?? [];
    const textOf = (personId: string, kind = "reminder") =>
      first.find((r) => r.personId === personId && r.kind === kind)?.text ?? "";
    // The chi đoàn secretary (English) is asked for the remark on their ĐVUT only.
    expect(textOf(secA1.id)).toContain("Remark on outstanding member Hoàng Thị Cúc (Chi đoàn A1 › Đoàn cơ sở A)");
    expect(textOf(secA1.id)).not.toContain("Quarterly report of");
    expect(textOf(secA1.id)).toContain("4/2026");
    expect(textOf(secA1.id)).toContain("05/01/2027");
    // The đoàn cơ sở secretaries are asked for their unit report, and B's for its own ĐVUT's remark too.
    expect(textOf(secA.id)).toContain("Báo cáo quý của Đoàn cơ sở A");
    expect(textOf(secA.id)).not.toContain("Hoàng Thị Cúc");
    expect(textOf(secB.id)).toContain("Báo cáo quý của Đoàn cơ sở B");
    expect(textOf(secB.id)).toContain("Vũ Thị Em");
    // One delivery per linked chat account: An has Telegram and Zalo.
    expect(
      first
        .filter((r) => r.personId === secA.id)
        .map((r) => r.platform)
        .sort(),
    ).toEqual(["telegram", "zalo"]);

    const escalation = byDay.get("2027-01-06") ?? [];
    const staffText = escalation.find((r) => r.personId === staff.id && r.kind === "escalation")?.text ?? "";
    expect(staffText).toContain("Chi đoàn A1 › Đoàn cơ sở A: còn thiếu 1 bản nhận xét ĐVUT");
    expect(staffText).toContain("Đoàn cơ sở A: chưa có báo cáo quý");
    expect(staffText).toContain("Đoàn cơ sở B: chưa có báo cáo quý, còn thiếu 1 bản nhận xét ĐVUT");
    // The secretary above Chi đoàn A1 hears about A1 only, not about B.
    const aboveText = escalation.find((r) => r.personId === secA.id && r.kind === "escalation")?.text ?? "";
    expect(aboveText).toContain("Chi đoàn A1");
    expect(aboveText).not.toContain("Đoàn cơ sở B");
    expect(escalation.find((r) => r.personId === secB.id)?.text).toContain("quá hạn");
  });

  it("offers the flow that files what is missing", async () => {
    app.clock.set(morningOf("2026-12-21"));
    await runJob(app.deps, job, { period: "2026-12-21", instance: "test" });
    const rows = await app.deps.prisma.delivery.findMany({
      include: { message: true },
      where: { personId: org.people.secB.id },
    });
    expect((rows[0]!.message.payload as { choices: { value: string }[] }).choices.map((c) => c.value)).toEqual([
      "flow:start:dvut-remark:2026-Q4",
      `flow:start:unit-report:${org.units.b.id}:2026-Q4`,
    ]);
  });

  it("send nothing to a secretary who has filed everything, and stop once the rest is filed", async () => {
    const { secA, secA1, secB, staff } = org.people;
    const { a, a1, b } = org.units;
    await fileReport(app.deps, { kind: "unit", unitId: b.id, authorId: secB.id, year: 2026, quarter: 4 });
    await fileReport(app.deps, {
      kind: "remark",
      candidacyId: org.candidacies.candB.id,
      unitId: b.id,
      authorId: secB.id,
      year: 2026,
      quarter: 4,
    });
    const byDay = await runDaily("2026-12-20", "2027-01-09", async (day) => {
      if (day === "2026-12-28") {
        await fileReport(app.deps, { kind: "unit", unitId: a.id, authorId: secA.id, year: 2026, quarter: 4 });
      }
      if (day === "2027-01-07") {
        await fileReport(app.deps, {
          kind: "remark",
          candidacyId: org.candidacies.candA1.id,
          unitId: a1.id,
          authorId: secA1.id,
          year: 2026,
          quarter: 4,
        });
      }
    });
    const everyone = [...byDay.values()].flat();
    expect(everyone.some((r) => r.personId === secB.id)).toBe(false);
    expect(who(byDay.get("2026-12-27"), "reminder")).toEqual([secA.id, secA1.id].sort());
    expect(who(byDay.get("2026-12-30"), "reminder")).toEqual([secA1.id]);
    expect(who(byDay.get("2027-01-06"), "escalation")).toEqual([secA.id, staff.id].sort());
    expect(byDay.get("2027-01-09") ?? []).toEqual([]);
  });

  it("keep escalating an unfiled quarter until the next quarter's reminders start", async () => {
    await app.deps.prisma.report.deleteMany({ where: { quarter: 3, kind: "unit_quarterly", unitId: org.units.b.id } });
    const byDay = await runDaily("2026-12-14", "2026-12-21");
    expect([...byDay.keys()]).toEqual(["2026-12-14", "2026-12-17", "2026-12-20", "2026-12-21"]);
    const staffText = byDay.get("2026-12-20")?.find((r) => r.personId === org.people.staff.id)?.text ?? "";
    expect(staffText).toContain("quý 3/2026");
    expect(staffText).toContain("Đoàn cơ sở B: chưa có báo cáo quý");
    expect(who(byDay.get("2026-12-20"), "reminder")).toEqual([org.people.secB.id]);
    expect(byDay.get("2026-12-21")?.every((r) => r.text.includes("4/2026"))).toBe(true);
  });

  it("ask no remark on a member selected after the quarter ended", async () => {
    const { prisma } = app.deps;
    await prisma.candidacy.create({
      data: {
        personId: org.people.memberA1.id,
        unitId: org.units.a1.id,
        stage: "selected",
        stageDate: new Date("2026-10-20T00:00:00Z"),
        selectedOn: new Date("2026-10-20T00:00:00Z"),
      },
    });
    // Quarter 3 is escalated in October; the member selected in October owes a remark for quarter 4 only.
    await prisma.report.deleteMany({ where: { quarter: 3, kind: "unit_quarterly", unitId: org.units.b.id } });
    const october = await runDaily("2026-10-21", "2026-10-21");
    expect(october.get("2026-10-21")?.some((r) => r.text.includes("Đỗ Văn Dũng"))).toBe(false);
    const december = await runDaily("2026-12-21", "2026-12-21");
    expect(december.get("2026-12-21")?.some((r) => r.text.includes("Đỗ Văn Dũng"))).toBe(true);
  });

  it("treats a returned report as still missing", async () => {
    await fileReport(app.deps, {
      kind: "unit",
      unitId: org.units.b.id,
      authorId: org.people.secB.id,
      year: 2026,
      quarter: 4,
    });
    await app.deps.prisma.report.updateMany({ data: { status: "returned" } });
    app.clock.set(morningOf("2026-12-21"));
    await runJob(app.deps, job, { period: "2026-12-21", instance: "test" });
    const rows = await app.deps.prisma.delivery.findMany({
      include: { message: true },
      where: { personId: org.people.secB.id },
    });
    expect((rows[0]!.message.payload as { text: string }).text).toContain("Báo cáo quý của Đoàn cơ sở B");
  });
});
