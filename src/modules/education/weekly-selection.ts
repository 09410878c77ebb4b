import { isoWeekKey } from "../../core/periods.ts";
import { type Anniversary, dayMonth, type EducationItem } from "./content.ts";

const DAY = 86_400_000;

/** The Monday the rotation counts from (2024-W01); weeks before it count backwards. */
const ROTATION_START = Date.UTC(2024, 0, 1);

/** Whether day/month falls between Monday and Sunday of the week starting on `monday` (UTC midnight). */
function dateInWeek(value: string, monday: Date): boolean {
  const dm = dayMonth(value);
  if (!dm) return false;
  for (let i = 0; i < 7; i++) {
    const day = new Date(monday.getTime() + i * DAY);
    if (day.getUTCDate() === dm.day && day.getUTCMonth() + 1 === dm.month) return true;
  }
  return false;
}

/** The item pinned to a week: by a date that falls in it, else by its ISO week number. */
function pinnedItem(items: readonly EducationItem[], monday: Date, weekNumber: number): EducationItem | undefined {
  return (
    items.find((item) => item.date !== undefined && dateInWeek(item.date, monday)) ??
    items.find((item) => item.week === weekNumber)
  );
}

const isPinned = (item: EducationItem) => item.week !== undefined || item.date !== undefined;

/**
 * The item of an ISO week: the one pinned to that week (by a date in it, or by its number), else a rotation over the
 * unpinned items that depends only on the week, so every instance and every rerun picks the same one. The rotation
 * counts only the weeks without a pinned item, so n unpinned items never repeat within n such weeks (a pinned week
 * does not use up a turn).
 */
export function itemForWeek(items: readonly EducationItem[], monday: Date, weekNumber: number): EducationItem {
  const pinned = pinnedItem(items, monday, weekNumber);
  if (pinned) return pinned;
  const pool = items.filter((item) => !isPinned(item));
  const from = pool.length > 0 ? pool : items;
  const isTurn = (t: number) => !pinnedItem(items, new Date(t), Number(isoWeekKey(new Date(t), "UTC").slice(-2)));
  const target = monday.getTime();
  let turn = 0;
  for (let t = ROTATION_START; t < target; t += 7 * DAY) if (isTurn(t)) turn++;
  for (let t = ROTATION_START - 7 * DAY; t >= target; t -= 7 * DAY) if (isTurn(t)) turn--;
  return from[((turn % from.length) + from.length) % from.length] as EducationItem;
}

export interface AnniversaryOfWeek {
  anniversary: Anniversary;
  /** The day it falls on this week (UTC midnight). */
  date: Date;
  yearsAgo: number;
}

/** Anniversaries whose day and month fall between Monday and Sunday of the week, with how many years ago. */
export function anniversariesOfWeek(list: readonly Anniversary[], monday: Date): AnniversaryOfWeek[] {
  const found: AnniversaryOfWeek[] = [];
  for (let i = 0; i < 7; i++) {
    const date = new Date(monday.getTime() + i * DAY);
    for (const anniversary of list) {
      if (anniversary.day !== date.getUTCDate() || anniversary.month !== date.getUTCMonth() + 1) continue;
      const yearsAgo = date.getUTCFullYear() - anniversary.year;
      if (yearsAgo > 0) found.push({ anniversary, date, yearsAgo });
    }
  }
  return found;
}
