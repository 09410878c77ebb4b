import { dateOnly, isoWeek, type LocalDate, localDate } from "../core/periods.ts";

const DAY = 86_400_000;

/** "2026-12-21": the local calendar date at `at`, the period of a daily job. */
export function dateKey(at: Date, timeZone: string): string {
  return dateOnly(localDate(at, timeZone)).toISOString().slice(0, 10);
}

/** The calendar date of a "2026-12-21" key (UTC midnight), or undefined when it is not a real date. */
export function parseDateKey(key: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === key ? date : undefined;
}

/** "2026-W48" of a calendar date (UTC midnight). */
export function weekKeyOfDate(date: Date): string {
  const { year, week } = isoWeek(toLocal(date));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The Monday (UTC midnight) of a "2026-W48" key, or undefined when the week does not exist. */
export function mondayOfWeek(key: string): Date | undefined {
  const m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!m) return undefined;
  const year = Number(m[1]);
  const week = Number(m[2]);
  // 4 January is always in week 1.
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * DAY + (week - 1) * 7 * DAY);
  return weekKeyOfDate(monday) === key ? monday : undefined;
}

/** The period of a weekly job: the ISO week ("2026-W48") of the local date at a fire. */
export const weeklyPeriod = {
  periodOf: (at: Date, timeZone: string): string => weekKeyOfDate(parseDateKey(dateKey(at, timeZone)) as Date),
  isPeriod: (period: string): boolean => mondayOfWeek(period) !== undefined,
};

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

export function toLocal(date: Date): LocalDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
