/** The offset of `timeZone` from UTC at `at`, in minutes (Vietnam: +420, no daylight saving). */
function offsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
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
  const year = date[3]
    ? Number(date[3])
    : Number(new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric" }).format(now));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCDate() !== day) return null;
  return new Date(asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60_000);
}

/** "08:00 30/11/2026" in the given time zone. */
export function formatLocalDateTime(at: Date, timeZone: string): string {
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
  return `${get("hour")}:${get("minute")} ${get("day")}/${get("month")}/${get("year")}`;
}
