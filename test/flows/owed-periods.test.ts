import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import { OrgTree } from "../../src/core/org.ts";
import { runJob } from "../../src/jobs/run-job.ts";
import { buildExport } from "../../src/modules/documents/exports.ts";
import { QUARTERLY_REMINDERS, quarterlyRemindersJob } from "../../src/modules/reporting/quarterly-reminders.ts";
import { morningOf, type Org, seedOrg } from "../jobs/org-fixture.ts";
import { type ChatAccount, createTestApp, type TestApp } from "../support/app.ts";
import { last, tap } from "./support.ts";

let app: TestApp;
let org: Org;

beforeEach(async () => {
  app = await createTestApp({ now: morningOf("2026-10-02").toISOString() });
  org = await seedOrg(app.deps);
});
afterEach(async () => {
  await app.close();
});

/** Runs the daily reminder job on a day, as the scheduler would; returns each person's queued messages. */
async function remindersOn(day: string) {
  app.clock.set(morningOf(day));
  const job = quarterlyRemindersJob(app.deps.config);
  const period = job.periodOf(app.clock.now(), app.deps.config.TZ_NAME);
  expect(period, `${day} is a reminder day`).toBe(day);
  expect((await runJob(app.deps, job, { period: day, instance: "test" })).status).toBe("done");
  const rows = await app.deps.prisma.delivery.findMany({
    include: { message: true },
    where: { dedupeKey: { startsWith: `${QUARTERLY_REMINDERS}:${day}:` } },
  });
  return rows.map((r) => ({
    personId: r.personId as string,
    kind: (r.dedupeKey as string).split(":")[2] as string,
    message: r.message.payload as unknown as OutgoingMessage,
  }));
}

/** Answers a unit report: keeps every pre-filled count, types 3 elsewhere, and sends it. */
async function answerUnitReport(who: ChatAccount, first: OutgoingMessage[]) {
  let r = first;
  for (let i = 0; i < 30 && !last(r).text.includes("Xem lại"); i++) {
    const keep = last(r).choices?.find((c) => c.label.startsWith("Giữ nguyên"));
    r = keep ? await app.press(who, keep.value) : await app.say(who, "3");
  }
  r = await tap(app, who, r, "Gửi");
  expect(r[0]?.text).toContain("Đã gửi");
  return r;
}

/** Answers a remark: four texts, the two optional ones skipped, "keep fostering", and sends it. */
async function answerRemark(who: ChatAccount, first: OutgoingMessage[], send = "Gửi") {
  let r = first;
  for (const text of ["Lập trường vững vàng", "Hoàn thành tốt nhiệm vụ", "Tích cực", "Giản dị, gương mẫu"]) {
    r = await app.say(who, text);
  }
  r = await app.say(who, "/skip");
  r = await app.say(who, "/skip");
  r = await app.say(who, "1");
  return tap(app, who, r, send);
}

describe("owed quarters", { timeout: 400_000 }, () => {
  it("files quarter 3 on 2 October from the reminder's buttons and from /menu; the escalation stops", async () => {
    const { secA, secA1, secB, staff } = org.people;
    const { prisma } = app.deps;

    // 2 October: quarter 4 has begun, but quarter 3 is what the reminders are about (due 5 October).
    const reminders = await remindersOn("2026-10-02");
    const toA = reminders.find((m) => m.personId === secA.id)?.message;
    expect(toA?.text).toContain("3/2026");
    const unitButton = toA?.choices?.find((c) => c.value.startsWith("flow:start:unit-report:"));
    expect(unitButton?.value).toBe(`flow:start:unit-report:${org.units.a.id}:2026-Q3`);

    // An: the reminder's button opens quarter 3, not quarter 4.
    let r = await app.press(org.account(secA.id), unitButton?.value as string);
    expect(last(r).text).toContain("Báo cáo quý 3/2026 của Đoàn cơ sở A");
    await answerUnitReport(org.account(secA.id), r);

    // Bình (English): the remark button opens quarter 3's remark on Cúc.
    const toA1 = reminders.find((m) => m.personId === secA1.id)?.message;
    const remarkButton = toA1?.choices?.find((c) => c.value.startsWith("flow:start:dvut-remark"));
    expect(remarkButton?.value).toBe("flow:start:dvut-remark:2026-Q3");
    r = await app.press(org.account(secA1.id), remarkButton?.value as string);
    expect(last(r).text).toContain("Q3/2026");
    expect(last(r).text).toContain("Hoàng Thị Cúc");
    r = await answerRemark(org.account(secA1.id), r, "Send");
    // The next round stays in quarter 3, where nothing is left.
    expect(last(r).text).toContain("Q3/2026");

    // Chi, on /menu the same day: quarter 3 first, with its due date, then quarter 4.
    const chi = org.account(secB.id);
    let menu = await app.say(chi, "/menu");
    const labels = last(menu).choices?.map((c) => c.label) ?? [];
    expect(labels.slice(0, 3)).toEqual([
      "1 bản nhận xét ĐVUT quý 3/2026 — hạn 05/10/2026",
      "Báo cáo quý 3/2026 — chưa gửi, hạn 05/10/2026",
      "1 bản nhận xét ĐVUT cần viết quý này",
    ]);
    r = await tap(app, chi, menu, "bản nhận xét ĐVUT quý 3/2026");
    expect(last(r).text).toContain("quý 3/2026");
    expect(last(r).text).toContain("Vũ Thị Em");
    await answerRemark(chi, r);

    const filed = await prisma.report.findMany({ orderBy: { submittedAt: "asc" } });
    expect(filed.map((f) => [f.uniqueKey?.split(":").at(-1), f.late])).toEqual([
      ["2026-Q3", false],
      ["2026-Q3", false],
      ["2026-Q3", false],
    ]);

    // 6 October, after the due date: only B's unit report is missing, so only B is escalated.
    const escalated = await remindersOn("2026-10-06");
    const staffText = escalated.find((m) => m.personId === staff.id && m.kind === "escalation")?.message.text ?? "";
    expect(staffText).toContain("Đoàn cơ sở B: chưa có báo cáo quý");
    expect(staffText).not.toContain("Đoàn cơ sở A");

    // 7 October: Chi's /menu marks quarter 3 late; filing it from there stores it as late.
    app.clock.set(morningOf("2026-10-07"));
    menu = await app.say(chi, "/menu");
    expect(last(menu).choices?.[0]?.label).toBe("Báo cáo quý 3/2026 — trễ hạn (hạn 05/10/2026)");
    r = await tap(app, chi, menu, "Báo cáo quý 3/2026");
    expect(last(r).text).toContain("Báo cáo quý 3/2026 của Đoàn cơ sở B");
    await answerUnitReport(chi, r);
    const late = await prisma.report.findUniqueOrThrow({
      where: { uniqueKey: `unit_quarterly:${org.units.b.id}:2026-Q3` },
    });
    expect(late).toMatchObject({ year: 2026, quarter: 3, late: true });
    expect(late.dueOn?.toISOString().slice(0, 10)).toBe("2026-10-05");
    // Filing it again is refused at once, not after twelve answers.
    r = await app.press(chi, `flow:start:unit-report:${org.units.b.id}:2026-Q3`);
    expect(last(r).text).toContain("đã được gửi ngày 07/10/2026");

    // The escalation stops: nothing is owed for quarter 3 any more.
    expect(await remindersOn("2026-10-09")).toEqual([]);

    // Shown late on /unit, /dashboard and in the export.
    expect(last(await app.say(chi, "/unit")).text).toMatch(/quý 3\/2026.*trễ hạn/);
    const dashboard = (await app.say(org.account(staff.id), "/dashboard")).map((m) => m.text).join("\n");
    expect(dashboard).toContain("báo cáo quý 3/2026 nộp trễ hạn");
    const table = await buildExport(
      prisma,
      await OrgTree.load(prisma),
      { kind: "unit-reports", unitIds: new Set([org.units.a.id, org.units.b.id]), year: 2026, quarter: 3 },
      app.deps.i18n.forLocale("vi"),
    );
    const column = table.headers.indexOf("Đúng hạn/Trễ hạn");
    expect(table.rows.map((row) => [row[1], row[column]])).toEqual([
      ["Đoàn cơ sở A", "Đúng hạn"],
      ["Đoàn cơ sở B", "Trễ hạn"],
    ]);
  });

  it("follows a due date before the quarter's end: reminders start earlier and the menu marks it late", async () => {
    await app.close();
    app = await createTestApp({
      now: morningOf("2026-12-10").toISOString(),
      env: { QUARTER_DUE_DAY_OF_LAST_MONTH: "20" },
    });
    org = await seedOrg(app.deps);
    // Due 20 December: reminders from 10 December, escalations from 21 December.
    const first = await remindersOn("2026-12-10");
    const text = first.find((m) => m.personId === org.people.secA.id)?.message.text ?? "";
    expect(text).toContain("4/2026");
    expect(text).toContain("20/12/2026");
    expect(first.some((m) => m.kind === "escalation")).toBe(false);
    const escalated = await remindersOn("2026-12-21");
    expect(escalated.some((m) => m.kind === "escalation")).toBe(true);
    const menu = await app.say(org.account(org.people.secA.id), "/menu");
    expect(last(menu).choices?.map((c) => c.label)).toContain("Báo cáo quý 4/2026 — trễ hạn (hạn 20/12/2026)");
  });
});

describe("classification year", { timeout: 200_000 }, () => {
  const secretaryOfA1 = () => org.account(org.people.secA1.id);

  it("in January rates the year just ended", async () => {
    app.clock.set(new Date("2027-01-15T03:00:00Z"));
    const menu = await app.say(secretaryOfA1(), "/menu");
    const button = last(menu).choices?.find((c) => c.value.startsWith("flow:start:classification:"));
    expect(button?.label).toContain("2026");
    let r = await app.press(secretaryOfA1(), button?.value as string);
    expect(last(r).text).toContain("2026");
    // "All remaining as excellent", then send.
    const rest = last(r).choices?.find((c) => c.value.endsWith("rest"))?.value as string;
    r = await app.press(secretaryOfA1(), rest);
    r = await app.say(secretaryOfA1(), "1");
    r = await tap(app, secretaryOfA1(), r, "Send");
    const stored = await app.deps.prisma.annualClassification.findMany();
    expect(stored.length).toBeGreaterThan(0);
    expect(new Set(stored.map((c) => c.year))).toEqual(new Set([2026]));
    const report = await app.deps.prisma.report.findFirstOrThrow({ where: { kind: "classification" } });
    expect(report.year).toBe(2026);
  });

  it("offers both years to choose from where the windows overlap", async () => {
    await app.close();
    app = await createTestApp({
      now: "2027-02-10T03:00:00Z",
      env: { CLASSIFICATION_CURRENT_YEAR_FROM_MONTH: "1" },
    });
    org = await seedOrg(app.deps);
    const menu = await app.say(secretaryOfA1(), "/menu");
    const years = (last(menu).choices ?? []).filter((c) => c.value.startsWith("flow:start:classification:"));
    expect(years.map((c) => c.value.split(":").at(-1))).toEqual(["2026", "2027"]);
    const r = await app.press(secretaryOfA1(), years[1]?.value as string);
    expect(last(r).text).toContain("2027");
    // A year that is not open is refused with the open ones.
    const closed = await app.press(secretaryOfA1(), `flow:start:classification:${org.units.a1.id}:2025`);
    expect(last(closed).text).toContain("2026, 2027");
  });
});
