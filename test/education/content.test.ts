import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isoWeekKey } from "../../src/core/periods.ts";
import { locales } from "../../src/i18n/i18n.ts";
import { mondayOfWeek } from "../../src/jobs/period-keys.ts";
import { loadEducationContent } from "../../src/modules/education/content.ts";
import { isRoundAnniversary } from "../../src/modules/education/weekly-message.ts";
import { anniversariesOfWeek, itemForWeek } from "../../src/modules/education/weekly-selection.ts";

/** The anniversaries of the shared domain notes (domain.md), as (day, month, year): 2/9 twice, each with its year. */
const domainAnniversaries = [
  [6, 1, 1946],
  [9, 1, 1950],
  [27, 1, 1973],
  [28, 1, 1941],
  [3, 2, 1930],
  [27, 2, 1955],
  [8, 3, 1910],
  [26, 3, 1931],
  [30, 4, 1975],
  [1, 5, 1886],
  [7, 5, 1954],
  [15, 5, 1941],
  [19, 5, 1890],
  [5, 6, 1911],
  [21, 6, 1925],
  [27, 7, 1947],
  [28, 7, 1929],
  [19, 8, 1945],
  [2, 9, 1945],
  [2, 9, 1969],
  [10, 10, 1954],
  [15, 10, 1956],
  [15, 10, 1930],
  [20, 10, 1930],
  [9, 11, 1946],
  [18, 11, 1930],
  [20, 11, 1982],
  [23, 11, 1940],
  [5, 12, 1985],
  [19, 12, 1946],
  [22, 12, 1944],
].map(([d, m, y]) => `${d}/${m}/${y}`);

describe("weekly education content", () => {
  it("has at least 12 items with a title and a text, the same ids in every language, and valid quizzes", () => {
    const [first, ...others] = locales.map((lang) => loadEducationContent(lang));
    if (!first) throw new Error("no locale");
    expect(first.items.length).toBeGreaterThanOrEqual(12);
    for (const content of [first, ...others]) {
      for (const item of content.items) {
        expect(item.title.length, item.id).toBeGreaterThan(5);
        expect(item.text.length, item.id).toBeGreaterThan(200);
        if (item.quiz) expect(item.quiz.answer).toBeLessThanOrEqual(item.quiz.choices.length);
      }
    }
    for (const content of others) {
      expect(content.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
      // A quiz in one language has the same number of choices and the same right answer in the others.
      for (const [i, item] of content.items.entries()) {
        const same = first.items[i];
        expect([item.week, item.date, item.quiz?.choices.length, item.quiz?.answer], item.id).toEqual([
          same?.week,
          same?.date,
          same?.quiz?.choices.length,
          same?.quiz?.answer,
        ]);
      }
    }
  });

  it("lists the 31 anniversaries of the domain notes in every language", () => {
    for (const lang of locales) {
      const { anniversaries } = loadEducationContent(lang);
      expect(anniversaries.map((a) => `${a.day}/${a.month}/${a.year}`).sort(), lang).toEqual(
        [...domainAnniversaries].sort(),
      );
      for (const a of anniversaries) expect(a.title.length).toBeGreaterThan(3);
    }
  });

  it("picks the item pinned to a week, else a rotation that depends only on the week", () => {
    const { items } = loadEducationContent("vi");
    const pinned = items.find((i) => i.week !== undefined);
    if (!pinned?.week) throw new Error("no pinned item");
    const week = `2027-W${String(pinned.week).padStart(2, "0")}`;
    expect(itemForWeek(items, mondayOfWeek(week) as Date, pinned.week).id).toBe(pinned.id);

    const unpinned = new Set(items.filter((i) => i.week === undefined && i.date === undefined).map((i) => i.id));
    const pinnedWeeks = new Set(items.map((i) => i.week));
    const pinnedIds = new Set(items.filter((i) => !unpinned.has(i.id)).map((i) => i.id));
    const picked: string[] = [];
    for (let w = 1; w <= 52; w++) {
      if (pinnedWeeks.has(w)) continue;
      const key = `2026-W${String(w).padStart(2, "0")}`;
      if (pinnedIds.has(itemForWeek(items, mondayOfWeek(key) as Date, w).id)) continue;
      const id = itemForWeek(items, mondayOfWeek(key) as Date, w).id;
      expect(unpinned.has(id)).toBe(true);
      expect(itemForWeek(items, mondayOfWeek(key) as Date, w).id).toBe(id);
      picked.push(id);
    }
    // Consecutive unpinned weeks do not repeat the same item.
    expect(new Set(picked).size).toBe(Math.min(unpinned.size, picked.length));
  });

  it("gives each unpinned item its turn before any repeats, a pinned week not using up a turn", () => {
    const item = (id: string, week?: number) => ({ id, title: id, text: id, ...(week ? { week } : {}) });
    const items = [item("a"), item("b"), item("c"), item("pinned", 3)];
    const picked: string[] = [];
    for (const key of ["2026-W52", "2026-W53", "2027-W01", "2027-W02", "2027-W03", "2027-W04", "2027-W05"]) {
      const monday = mondayOfWeek(key) as Date;
      picked.push(itemForWeek(items, monday, Number(key.slice(-2))).id);
    }
    expect(picked[4]).toBe("pinned");
    const unpinnedRun = picked.filter((id) => id !== "pinned");
    for (let i = 0; i + 3 <= unpinnedRun.length; i++) expect(new Set(unpinnedRun.slice(i, i + 3)).size).toBe(3);
  });

  it("finds the anniversaries of a Monday-to-Sunday week, with how many years ago", () => {
    const { anniversaries } = loadEducationContent("vi");
    // 2026-W36 runs from Monday 31/8 to Sunday 6/9: National Day (2/9/1945) and the day President Hồ Chí Minh died
    // (2/9/1969), two lines with their own count of years.
    const found = anniversariesOfWeek(anniversaries, mondayOfWeek("2026-W36") as Date);
    expect(found.map((f) => [f.anniversary.day, f.anniversary.month, f.yearsAgo])).toEqual([
      [2, 9, 81],
      [2, 9, 57],
    ]);
    // 2026-W01 starts on Monday 29/12/2025 and ends on Sunday 4/1/2026: no listed date.
    expect(anniversariesOfWeek(anniversaries, mondayOfWeek("2026-W01") as Date)).toEqual([]);
  });

  it("names the file and the place of a mistake", () => {
    const dir = mkdtempSync(join(tmpdir(), "education-"));
    mkdirSync(join(dir, "vi", "education"), { recursive: true });
    writeFileSync(
      join(dir, "vi", "education", "calendar.yaml"),
      "items:\n  - id: a\n    title: T\n    text: X\n    quiz: { question: Q, choices: [x, y], answer: 3 }\n",
    );
    writeFileSync(join(dir, "vi", "education", "anniversaries.yaml"), "anniversaries: []\n");
    expect(() => loadEducationContent("vi", dir)).toThrow(
      /calendar\.yaml:\n {2}items\.0\.quiz\.answer: answer must be/,
    );
  });
});

describe("an item about a date", () => {
  it("goes out in the week that holds the date, in every year, never after it", () => {
    const { items } = loadEducationContent("vi");
    const dated = items.filter((i) => i.date !== undefined);
    expect(dated.map((i) => i.id)).toEqual(expect.arrayContaining(["dan-van-kheo", "thanh-nien-tinh-nguyen"]));
    for (const year of [2026, 2027, 2028, 2029, 2030]) {
      for (const item of dated) {
        const [day, month] = (item.date as string).split("/").map(Number) as [number, number];
        const date = new Date(Date.UTC(year, month - 1, day));
        const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000);
        const week = Number(isoWeekKey(monday, "UTC").slice(-2));
        const picked = itemForWeek(items, monday, week);
        // Two dates may share a week (19/12 and 22/12 in 2028): one of them is sent, each only in its own week.
        const sharing = dated.filter((other) => {
          const [d, m] = (other.date as string).split("/").map(Number) as [number, number];
          const t = Date.UTC(year, m - 1, d);
          return t >= monday.getTime() && t < monday.getTime() + 7 * 86_400_000;
        });
        if (sharing.length === 1) expect(picked.id, `${item.id} ${year}`).toBe(item.id);
        else
          expect(
            sharing.map((i) => i.id),
            `${item.id} ${year}`,
          ).toContain(picked.id);
      }
    }
  });

  it("counts years as “tròn” only for a multiple of ten", () => {
    expect([50, 80, 100, 97, 95, 57].map(isRoundAnniversary)).toEqual([true, true, true, false, false, false]);
  });
});
