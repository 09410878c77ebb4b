import type { Anniversary, EducationItem } from "./content.ts";

const DAY = 86_400_000;

/**
 * The item of an ISO week: the one pinned to that week number, else a rotation over the unpinned items that depends
 * only on the week, so every instance and every rerun picks the same one.
 */
export function itemForWeek(items: readonly EducationItem[], monday: Date, weekNumber: number): EducationItem {
  const pinned = items.find((item) => item.week === weekNumber);
  if (pinned) return pinned;
  const pool = items.filter((item) => item.week === undefined);
  const from = pool.length > 0 ? pool : items;
  const weeksSinceEpoch = Math.floor((monday.getTime() + 3 * DAY) / (7 * DAY));
  return from[weeksSinceEpoch % from.length] as EducationItem;
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
