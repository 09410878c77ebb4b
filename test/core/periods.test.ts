import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import {
  inQuarter,
  isoWeekKey,
  parseQuarterKey,
  previousQuarter,
  quarterBounds,
  quarterOf,
  today,
} from "../../src/core/periods.ts";
import {
  classificationYears,
  isFutureQuarter,
  openQuarters,
  openQuartersAt,
  periodArgs,
  quarterDay,
  quarterDue,
  quarterRules,
  reminderStart,
} from "../../src/modules/reporting/periods.ts";

/** Calendar arithmetic on fixed instants only: these pass on any date, in any time zone of the machine. */
const VN = "Asia/Ho_Chi_Minh";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const keys = (list: { key: string; late: boolean }[]) => list.map((q) => `${q.key}${q.late ? " late" : ""}`);
/** The defaults: reminders from 10 days before the quarter's end, every 3 days, due 5 days after it. */
const config = loadConfig({ NODE_ENV: "test" });
const rules = quarterRules(config);

describe("the quarter of an instant, in Vietnam's time zone", () => {
  it("turns at local midnight, seven hours before UTC's", () => {
    expect(quarterOf(new Date("2026-12-31T16:59:59Z"), VN)).toEqual({ year: 2026, quarter: 4 });
    expect(quarterOf(new Date("2026-12-31T17:00:00Z"), VN)).toEqual({ year: 2027, quarter: 1 });
    expect(quarterOf(new Date("2026-12-31T17:00:00Z"), "UTC")).toEqual({ year: 2026, quarter: 4 });
    expect(quarterOf(new Date("2026-03-31T17:00:00Z"), VN)).toEqual({ year: 2026, quarter: 2 });
    expect(inQuarter(new Date("2026-09-30T18:00:00Z"), { year: 2026, quarter: 4 }, VN)).toBe(true);
    expect(today(new Date("2026-11-26T23:30:00Z"), VN)).toEqual(day("2026-11-27"));
  });

  it("steps back over the year boundary, and knows each quarter's first and last day", () => {
    expect(previousQuarter({ year: 2027, quarter: 1 })).toEqual({ year: 2026, quarter: 4 });
    expect(previousQuarter({ year: 2026, quarter: 3 })).toEqual({ year: 2026, quarter: 2 });
    expect(quarterBounds({ year: 2026, quarter: 4 })).toEqual({ first: day("2026-10-01"), last: day("2026-12-31") });
    expect(quarterBounds({ year: 2028, quarter: 1 }).last).toEqual(day("2028-03-31"));
    expect(quarterBounds({ year: 2026, quarter: 2 }).last).toEqual(day("2026-06-30"));
    expect(parseQuarterKey("2026-Q4")).toEqual({ year: 2026, quarter: 4 });
    expect(parseQuarterKey("2026-Q5")).toBeUndefined();
    expect(parseQuarterKey("26-Q1")).toBeUndefined();
  });

  it("names ISO weeks by the local date: New Year's Day 2027 is still in 2026's 53rd week", () => {
    expect(isoWeekKey(new Date("2026-11-26T02:00:00Z"), VN)).toBe("2026-W48");
    expect(isoWeekKey(new Date("2026-12-31T17:30:00Z"), VN)).toBe("2026-W53");
    expect(isoWeekKey(new Date("2027-01-03T16:59:00Z"), VN)).toBe("2026-W53");
    expect(isoWeekKey(new Date("2027-01-03T17:00:00Z"), VN)).toBe("2027-W01");
  });
});

describe("when a quarter's reports are due, reminded and late", () => {
  it("is due five days after the quarter, reminded from ten days before its end", () => {
    expect(quarterDue({ year: 2026, quarter: 4 }, rules)).toEqual(day("2027-01-05"));
    expect(reminderStart({ year: 2026, quarter: 4 }, rules)).toEqual(day("2026-12-21"));
  });

  it("with a due day in the quarter's last month: clamped to the month, and reminders start before it", () => {
    const byDay = { ...rules, dueDayOfLastMonth: 20 };
    expect(quarterDue({ year: 2026, quarter: 4 }, byDay)).toEqual(day("2026-12-20"));
    expect(reminderStart({ year: 2026, quarter: 4 }, byDay)).toEqual(day("2026-12-10"));
    expect(quarterDue({ year: 2026, quarter: 2 }, { ...rules, dueDayOfLastMonth: 31 })).toEqual(day("2026-06-30"));
  });

  it("reminds every three days up to the due date, then escalates every three days after it, across the new year", () => {
    const on = (iso: string) => {
      const q = quarterDay(day(iso), rules);
      return `${q.quarter.year}-Q${q.quarter.quarter}${q.overdue ? " overdue" : ""}${q.scheduled ? " scheduled" : ""}`;
    };
    // Quarter 3's escalations go on every three days from 6 October until quarter 4's reminders begin.
    expect(on("2026-10-06")).toBe("2026-Q3 overdue scheduled");
    expect(on("2026-12-19")).toBe("2026-Q3 overdue");
    expect(on("2026-12-20")).toBe("2026-Q3 overdue scheduled");
    expect(on("2026-12-21")).toBe("2026-Q4 scheduled");
    expect(on("2026-12-22")).toBe("2026-Q4");
    expect(on("2026-12-24")).toBe("2026-Q4 scheduled");
    expect(on("2027-01-05")).toBe("2026-Q4 scheduled");
    expect(on("2027-01-06")).toBe("2026-Q4 overdue scheduled");
    expect(on("2027-01-07")).toBe("2026-Q4 overdue");
    expect(on("2027-01-09")).toBe("2026-Q4 overdue scheduled");
    expect(on("2027-03-21")).toBe("2027-Q1 scheduled");
  });

  it("owes the quarter being reminded about and the current one, the earlier marked late after its due date", () => {
    expect(keys(openQuarters(day("2026-12-01"), rules))).toEqual(["2026-Q3 late", "2026-Q4"]);
    expect(keys(openQuarters(day("2026-12-21"), rules))).toEqual(["2026-Q4"]);
    expect(keys(openQuarters(day("2027-01-02"), rules))).toEqual(["2026-Q4", "2027-Q1"]);
    expect(keys(openQuarters(day("2027-01-06"), rules))).toEqual(["2026-Q4 late", "2027-Q1"]);
    // 00:30 on 1 January in Vietnam is still 31 December in UTC: the local date decides.
    expect(keys(openQuartersAt(new Date("2026-12-31T17:30:00Z"), config))).toEqual(["2026-Q4", "2027-Q1"]);
    expect(keys(openQuartersAt(new Date("2026-12-31T16:30:00Z"), config))).toEqual(["2026-Q4"]);
  });

  it("refuses a quarter that has not begun in Vietnam yet", () => {
    expect(isFutureQuarter({ year: 2027, quarter: 1 }, new Date("2026-12-31T16:00:00Z"), VN)).toBe(true);
    expect(isFutureQuarter({ year: 2027, quarter: 1 }, new Date("2026-12-31T17:00:00Z"), VN)).toBe(false);
    expect(isFutureQuarter({ year: 2026, quarter: 4 }, new Date("2027-01-10T00:00:00Z"), VN)).toBe(false);
  });

  it("rates the year just ended in January and February, the current year from March", () => {
    expect(classificationYears(new Date("2027-01-15T03:00:00Z"), config)).toEqual([2026]);
    expect(classificationYears(new Date("2027-02-28T16:59:00Z"), config)).toEqual([2026]);
    expect(classificationYears(new Date("2027-02-28T17:00:00Z"), config)).toEqual([2027]);
    const overlap = loadConfig({ NODE_ENV: "test", CLASSIFICATION_CURRENT_YEAR_FROM_MONTH: "1" });
    expect(classificationYears(new Date("2027-02-10T03:00:00Z"), overlap)).toEqual([2026, 2027]);
  });

  it("reads a period from a flow's start arguments", () => {
    expect(periodArgs("u-1:2026-Q3")).toEqual({ rest: "u-1", quarter: { year: 2026, quarter: 3 } });
    expect(periodArgs("u-1:2026")).toEqual({ rest: "u-1", year: 2026 });
    expect(periodArgs("u-1")).toEqual({ rest: "u-1" });
    expect(periodArgs("")).toEqual({ rest: "" });
  });
});
