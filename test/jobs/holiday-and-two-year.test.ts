import { describe, expect } from "vitest";
import { I18n } from "../../src/i18n/i18n.ts";
import { runJob } from "../../src/jobs/run-job.ts";
import {
  HOLIDAY_HANDOVER,
  holidayAhead,
  holidayHandoverJob,
  holidayLabel,
} from "../../src/modules/pipeline/holiday-handover.ts";
import { TWO_YEAR_RULE, twoYearRuleJob } from "../../src/modules/pipeline/two-year-rule.ts";
import type { TestApp } from "../support/app.ts";
import { it } from "../support/fixtures.ts";
import { dayRange, morningOf } from "./org-fixture.ts";

const texts = async (app: TestApp, prefix: string) =>
  (
    await app.deps.prisma.delivery.findMany({
      include: { message: true },
      where: { dedupeKey: { startsWith: prefix } },
    })
  ).map((r) => ({
    personId: r.personId,
    payload: r.message.payload as { text: string; choices?: { value: string }[] },
  }));

describe("holiday handover reminders", () => {
  it("fall in the days before each configured holiday, across the new year", () => {
    const holidays = [
      { day: 3, month: 2 },
      { day: 2, month: 9 },
    ];
    const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(holidayAhead(d("2027-01-27"), holidays, 7)).toEqual(d("2027-02-03"));
    expect(holidayAhead(d("2027-01-26"), holidays, 7)).toBeUndefined();
    expect(holidayAhead(d("2027-02-03"), holidays, 7)).toBeUndefined();
    expect(holidayAhead(d("2026-12-30"), [{ day: 3, month: 1 }], 7)).toEqual(d("2027-01-03"));
  });

  it("remind secretaries with ĐVUT once per holiday, even if the first day was missed, with the export one tap away", async ({
    app,
    jobsOrg: org,
  }) => {
    const job = holidayHandoverJob(app.deps.config);
    const ran: string[] = [];
    for (const day of dayRange("2027-01-20", "2027-02-04")) {
      if (day === "2027-01-27") continue; // the service was down on the first day of the window
      app.clock.set(morningOf(day));
      const period = job.periodOf(app.clock.now(), app.deps.config.TZ_NAME);
      if (!period) continue;
      const outcome = await runJob(app.deps, job, { period, instance: "test" });
      if (outcome.status === "done") ran.push(`${day}→${period}`);
    }
    expect(ran).toEqual(["2027-01-28→2027-02-03"]);
    const rows = await texts(app, `${HOLIDAY_HANDOVER}:2027-02-03:`);
    const { secA, secA1, secB } = org.people;
    // Every secretary above or at a unit with ĐVUT; the staff member holds no secretary role.
    expect(rows.map((r) => r.personId).sort()).toEqual([secA.id, secA.id, secA1.id, secB.id].sort());
    const toB = rows.find((r) => r.personId === secB.id)?.payload;
    expect(toB?.text).toContain(
      "Còn 6 ngày nữa là đến dịp kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2027).",
    );
    expect(toB?.text).toContain("Đoàn cơ sở B: 1 ĐVUT đã có nghị quyết giới thiệu, 0 ĐVUT đã được bình chọn");
    expect(toB?.choices?.map((c) => c.value)).toEqual(["/export dvut", "flow:start:journey-handover-batch:2027-02-03"]);
  });
});

describe("two-year rule", () => {
  it("reports each case to the secretary of the member's unit and to the level above, weekly", async ({
    app,
    jobsOrg: org,
  }) => {
    const job = twoYearRuleJob(app.deps.config);
    // Cúc was selected on 10/3/2024 and is still at "selected"; Em (selected 1/6/2025) is not yet due.
    app.clock.set(morningOf("2026-11-30"));
    const period = job.periodOf(app.clock.now(), app.deps.config.TZ_NAME) as string;
    expect(period).toBe("2026-W49");
    expect(await runJob(app.deps, job, { period, instance: "test" })).toMatchObject({ status: "done", messages: 3 });
    const rows = await texts(app, `${TWO_YEAR_RULE}:2026-W49:`);
    const { secA, secA1 } = org.people;
    expect(rows.map((r) => r.personId).sort()).toEqual([secA.id, secA.id, secA1.id].sort());
    const own = rows.find((r) => r.personId === secA1.id)?.payload.text ?? "";
    expect(own).toContain("Hoàng Thị Cúc (Chi đoàn A1 › Đoàn cơ sở A): selected on 10/03/2024, 2 year(s) ago");
    expect(own).toContain("record the cause and the measures");
    const above = rows.find((r) => r.personId === secA.id)?.payload.text ?? "";
    expect(above).toContain("các đơn vị trực thuộc");
    expect(above).toContain("Hoàng Thị Cúc");

    // The week after, the case is reported again; once recognised, it is not.
    await app.deps.prisma.candidacy.update({ where: { id: org.candidacies.candA1.id }, data: { stage: "recognized" } });
    app.clock.set(morningOf("2026-12-07"));
    expect(await runJob(app.deps, job, { period: "2026-W50", instance: "test" })).toMatchObject({ messages: 0 });
  });
});

describe("the holiday's name in a handover reminder", () => {
  const t = new I18n("vi").forLocale("vi");
  const party = { day: 3, month: 2, year: 1930, name: "Ngày thành lập Đảng Cộng sản Việt Nam" };
  it("counts the years, “tròn” only for a multiple of ten", () => {
    expect(holidayLabel(t, party, new Date(Date.UTC(2027, 1, 3)))).toBe(
      "kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2027)",
    );
    expect(holidayLabel(t, party, new Date(Date.UTC(2030, 1, 3)))).toBe(
      "kỷ niệm tròn 100 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2030)",
    );
  });
  it("names a holiday without a year, and falls back to the date when it has no name", () => {
    expect(holidayLabel(t, { day: 1, month: 6, name: "Ngày Quốc tế Thiếu nhi" }, new Date(Date.UTC(2027, 5, 1)))).toBe(
      "Ngày Quốc tế Thiếu nhi (01/06/2027)",
    );
    expect(holidayLabel(t, { day: 1, month: 6 }, new Date(Date.UTC(2027, 5, 1)))).toBe("01/06/2027");
  });
});
