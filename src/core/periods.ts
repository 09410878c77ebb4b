/** Calendar arithmetic in the union's timezone (Asia/Ho_Chi_Minh by default): quarters, ISO weeks, local dates. */

export interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date at `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone = "Asia/Ho_Chi_Minh"): LocalDate {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, fmt);
  }
  const parts = Object.fromEntries(fmt.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** A calendar date as a UTC-midnight Date, the form stored in `@db.Date` columns. */
export function dateOnly(d: LocalDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

/** Today's date in the timezone, as stored in `@db.Date` columns. */
export function today(instant: Date, timeZone?: string): Date {
  return dateOnly(localDate(instant, timeZone));
}

export function quarterOf(instant: Date, timeZone?: string): Quarter {
  const d = localDate(instant, timeZone);
  return { year: d.year, quarter: (Math.floor((d.month - 1) / 3) + 1) as Quarter["quarter"] };
}

/** "2026-Q4" */
export function quarterKey(q: Quarter): string {
  return `${q.year}-Q${q.quarter}`;
}

export function parseQuarterKey(key: string): Quarter | undefined {
  const m = /^(\d{4})-Q([1-4])$/.exec(key);
  return m ? { year: Number(m[1]), quarter: Number(m[2]) as Quarter["quarter"] } : undefined;
}

/** First and last calendar day of a quarter (UTC-midnight dates). */
export function quarterBounds(q: Quarter): { first: Date; last: Date } {
  const firstMonth = (q.quarter - 1) * 3;
  return {
    first: new Date(Date.UTC(q.year, firstMonth, 1)),
    last: new Date(Date.UTC(q.year, firstMonth + 3, 0)),
  };
}

export function previousQuarter(q: Quarter): Quarter {
  return q.quarter === 1
    ? { year: q.year - 1, quarter: 4 }
    : { year: q.year, quarter: (q.quarter - 1) as Quarter["quarter"] };
}

/** ISO-8601 week of a local date: "2026-W48". */
export function isoWeekKey(instant: Date, timeZone?: string): string {
  const { year, week } = isoWeek(localDate(instant, timeZone));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export function isoWeek(d: LocalDate): { year: number; week: number } {
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day));
  const dayOfWeek = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - dayOfWeek); // the Thursday of this week decides the year
  const yearStart = new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((date.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return { year: date.getUTCFullYear(), week };
}

/** Whole days from a to b (calendar dates). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}

export function addYears(date: Date, years: number): Date {
  const d = new Date(date);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

/** Reads Vietnamese-style dates: 15/3/2026, 15-03-2026, 15.3.2026, and ISO 2026-03-15. */
export function parseVietnameseDate(text: string): Date | undefined {
  const t = text.trim();
  let day: number;
  let month: number;
  let year: number;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (dmy) [day, month, year] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date;
}

/** 15/03/2026 */
export function formatVietnameseDate(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** Instants whose local date falls in the quarter: a generous UTC window, narrowed with `quarterOf` afterwards. */
export function quarterWindow(q: Quarter): { gte: Date; lt: Date } {
  const { first, last } = quarterBounds(q);
  const day = 86_400_000;
  return { gte: new Date(first.getTime() - day), lt: new Date(last.getTime() + 2 * day) };
}

export function inQuarter(at: Date, q: Quarter, timeZone: string): boolean {
  const local = quarterOf(at, timeZone);
  return local.year === q.year && local.quarter === q.quarter;
}

/** The wall clock of `timeZone` at `at`, each field two digits (the year four): "2026", "11", "30", "08", "00". */
function wallClock(at: Date, timeZone: string): Record<"year" | "month" | "day" | "hour" | "minute", string> {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute") };
}

/** The offset of `timeZone` from UTC at `at`, in minutes (Vietnam: +420, no daylight saving). */
function offsetMinutes(at: Date, timeZone: string): number {
  const w = wallClock(at, timeZone);
  const wall = Date.UTC(Number(w.year), Number(w.month) - 1, Number(w.day), Number(w.hour), Number(w.minute));
  return Math.round((wall - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * Reads a local date and time as people type it: "30/11/2026 08:00", "08:00 30/11/2026", "30/11 8h", "30-11-2026 8:30".
 * A missing year means this year. Returns null when it is not a date and time.
 */
export function parseLocalDateTime(text: string, timeZone: string, now: Date): Date | null {
  const t = text.trim().toLowerCase();
  const date = /(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?/.exec(t);
  const time = /(\d{1,2})(?:[:h](\d{2})?)(?!\s*[/.-])/.exec(t.replace(date?.[0] ?? "", " "));
  if (!date || !time) return null;
  const day = Number(date[1]);
  const month = Number(date[2]);
  const hour = Number(time[1]);
  const minute = Number(time[2] ?? "0");
  const year = date[3] ? Number(date[3]) : Number(wallClock(now, timeZone).year);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCDate() !== day) return null;
  return new Date(asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60_000);
}

/** "08:00 30/11/2026" in the given time zone. */
export function formatLocalDateTime(at: Date, timeZone: string): string {
  const w = wallClock(at, timeZone);
  return `${w.hour}:${w.minute} ${w.day}/${w.month}/${w.year}`;
}
