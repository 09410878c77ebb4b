import type { Config } from "../../config.ts";
import {
  daysBetween,
  localDate,
  parseQuarterKey,
  previousQuarter,
  type Quarter,
  quarterBounds,
  quarterKey,
  quarterOf,
  today,
} from "../../core/periods.ts";
import { addDays } from "../../jobs/period-keys.ts";

/** When quarterly reports are due and when reminders about them run (from the configuration). */
export interface QuarterRules {
  /** Reminders start this many days before the quarter's last day (or its due date, when that comes first)… */
  daysBefore: number;
  /** …and repeat every this many days… */
  everyDays: number;
  /** …until the due date: this many days after the quarter's last day… */
  dueAfter: number;
  /** …or, when set (1-31), this day of the quarter's last month (clamped to the month's length). */
  dueDayOfLastMonth?: number;
}

export function quarterRules(config: Config): QuarterRules {
  return {
    daysBefore: config.QUARTER_REMIND_DAYS_BEFORE,
    everyDays: config.QUARTER_REMIND_EVERY_DAYS,
    dueAfter: config.QUARTER_DUE_DAYS_AFTER,
    dueDayOfLastMonth: config.QUARTER_DUE_DAY_OF_LAST_MONTH,
  };
}

/** The last day (UTC-midnight calendar date) a quarter's remarks and unit report count as on time. */
export function quarterDue(q: Quarter, rules: QuarterRules): Date {
  const last = quarterBounds(q).last;
  if (rules.dueDayOfLastMonth && rules.dueDayOfLastMonth > 0) {
    const day = Math.min(rules.dueDayOfLastMonth, last.getUTCDate());
    return new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), day));
  }
  return addDays(last, rules.dueAfter);
}

/** The first reminder day of a quarter: `daysBefore` before its last day, or before its due date if earlier. */
export function reminderStart(q: Quarter, rules: QuarterRules): Date {
  const last = quarterBounds(q).last;
  const due = quarterDue(q, rules);
  return addDays(new Date(Math.min(due.getTime(), last.getTime())), -rules.daysBefore);
}

export interface QuarterDay {
  quarter: Quarter;
  due: Date;
  /** After the due date: the unit above and staff are told too. */
  overdue: boolean;
  /** A day on the reminder (or escalation) rhythm. */
  scheduled: boolean;
}

/**
 * What a calendar date means for the quarterly reports. From a quarter's first reminder day on, the quarter is the
 * one being reminded about; before that, the previous quarter still is (reminders until its due date, escalations
 * after it) until the next quarter's reminders start.
 */
export function quarterDay(date: Date, rules: QuarterRules): QuarterDay {
  const current = quarterOf(date, "UTC");
  const quarter = date >= reminderStart(current, rules) ? current : previousQuarter(current);
  const due = quarterDue(quarter, rules);
  const overdue = date > due;
  const from = overdue ? addDays(due, 1) : reminderStart(quarter, rules);
  return { quarter, due, overdue, scheduled: daysBetween(from, date) % rules.everyDays === 0 };
}

/** A quarter open for filing on a day: its due date and whether filing now is late. */
export interface OpenQuarter {
  quarter: Quarter;
  key: string;
  due: Date;
  late: boolean;
}

/**
 * The quarters a unit may owe on a calendar date, oldest first: the quarter reminders are about (the previous one
 * until the current quarter's reminders start) and the current quarter.
 */
export function openQuarters(date: Date, rules: QuarterRules): OpenQuarter[] {
  const current = quarterOf(date, "UTC");
  const reminded = quarterDay(date, rules).quarter;
  const list = quarterKey(reminded) === quarterKey(current) ? [current] : [reminded, current];
  return list.map((quarter) => {
    const due = quarterDue(quarter, rules);
    return { quarter, key: quarterKey(quarter), due, late: date > due };
  });
}

/** The quarters open at an instant, in the union's timezone. */
export function openQuartersAt(now: Date, config: Config): OpenQuarter[] {
  return openQuarters(today(now, config.TZ_NAME), quarterRules(config));
}

/** The same for one given quarter (e.g. from a button), open or not. */
export function quarterInfo(quarter: Quarter, now: Date, config: Config): OpenQuarter {
  const due = quarterDue(quarter, quarterRules(config));
  return { quarter, key: quarterKey(quarter), due, late: today(now, config.TZ_NAME) > due };
}

/**
 * The years open for the annual classification, oldest first: the year just ended from January up to
 * CLASSIFICATION_PREVIOUS_YEAR_UNTIL_MONTH, the current year from CLASSIFICATION_CURRENT_YEAR_FROM_MONTH on (and
 * whenever nothing else is open).
 */
export function classificationYears(now: Date, config: Config): number[] {
  const { year, month } = localDate(now, config.TZ_NAME);
  const years: number[] = [];
  if (month <= config.CLASSIFICATION_PREVIOUS_YEAR_UNTIL_MONTH) years.push(year - 1);
  if (month >= config.CLASSIFICATION_CURRENT_YEAR_FROM_MONTH || years.length === 0) years.push(year);
  return years;
}

/**
 * A flow's start arguments split into a period and the rest, e.g. "<unit id>:2026-Q3" or "<unit id>:2026": a part
 * like "2026-Q3" is a quarter, a four-digit part a year, the others (joined by ":") name what to file for.
 */
export function periodArgs(args: string): { rest: string; quarter?: Quarter; year?: number } {
  const rest: string[] = [];
  let quarter: Quarter | undefined;
  let year: number | undefined;
  for (const part of args.split(":")) {
    const q = parseQuarterKey(part);
    if (q) quarter = q;
    else if (/^\d{4}$/.test(part)) year = Number(part);
    else if (part.trim() !== "") rest.push(part);
  }
  return { rest: rest.join(":"), ...(quarter ? { quarter } : {}), ...(year !== undefined ? { year } : {}) };
}

/** A quarter after the current one cannot be filed yet. */
export function isFutureQuarter(q: Quarter, now: Date, timeZone: string): boolean {
  return quarterKey(q) > quarterKey(quarterOf(now, timeZone));
}

/** "2026-10-05" for a calendar date. */
export const dateString = (d: Date) => d.toISOString().slice(0, 10);
