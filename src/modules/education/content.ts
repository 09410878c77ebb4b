import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { type Locale, localesDir } from "../../i18n/i18n.ts";

const quizSchema = z
  .object({
    question: z.string().trim().min(1),
    choices: z.array(z.string().trim().min(1).max(100)).min(2).max(8),
    /** 1-based index of the right choice. */
    answer: z.number().int().min(1),
  })
  .refine((q) => q.answer <= q.choices.length, {
    message: "answer must be the number of one of the choices",
    path: ["answer"],
  });

const itemSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "lower-case letters, digits and hyphens"),
  /** ISO week number the item belongs to; unpinned items rotate through the other weeks. */
  week: z.number().int().min(1).max(53).optional(),
  /**
   * "15/10": the item is about that day and goes out in the week (Monday to Sunday) that holds it, every year, so it
   * never arrives after the day. Preferred to `week`, whose days move from year to year.
   */
  date: z
    .string()
    .regex(/^\d{1,2}\/\d{1,2}$/, "day/month, e.g. 15/10")
    .refine((v) => dayMonth(v) !== undefined, "not a day of that month")
    .optional(),
  /** Where staff can check the facts and words of the text (a book, a decree, a page). */
  source: z.string().trim().min(1).optional(),
  title: z.string().trim().min(1),
  text: z.string().trim().min(1),
  link: z.url().optional(),
  image: z.string().trim().min(1).optional(),
  quiz: quizSchema.optional(),
});

const calendarSchema = z.object({
  items: z.array(itemSchema).min(1),
});

const anniversarySchema = z
  .object({
    day: z.number().int().min(1).max(31),
    month: z.number().int().min(1).max(12),
    year: z.number().int().min(1000).max(2100),
    title: z.string().trim().min(1),
  })
  .refine((a) => new Date(Date.UTC(2024, a.month - 1, a.day)).getUTCDate() === a.day, {
    message: "not a day of that month",
  });

const anniversariesSchema = z.object({ anniversaries: z.array(anniversarySchema) });

export type EducationItem = z.infer<typeof itemSchema>;

/** "15/10" → { day: 15, month: 10 }; undefined when no year has that day (29/2 is accepted). */
export function dayMonth(value: string): { day: number; month: number } | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(value);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const date = new Date(Date.UTC(2024, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { day, month } : undefined;
}
export type Anniversary = z.infer<typeof anniversarySchema>;

export interface EducationContent {
  items: EducationItem[];
  anniversaries: Anniversary[];
}

/** The files staff edit: locales/<lang>/education/calendar.yaml and anniversaries.yaml. */
export function educationFiles(lang: Locale, dir = localesDir) {
  const folder = join(dir, lang, "education");
  return { calendar: join(folder, "calendar.yaml"), anniversaries: join(folder, "anniversaries.yaml") };
}

/** Reads and checks one locale's content; a mistake in a file is reported with the file and the place. */
export function loadEducationContent(lang: Locale, dir = localesDir): EducationContent {
  const files = educationFiles(lang, dir);
  const calendar = parseFile(files.calendar, calendarSchema);
  const ids = new Set<string>();
  for (const item of calendar.items) {
    if (ids.has(item.id)) throw new Error(`${files.calendar}: the id "${item.id}" is used twice`);
    ids.add(item.id);
  }
  return { items: calendar.items, anniversaries: parseFile(files.anniversaries, anniversariesSchema).anniversaries };
}

function parseFile<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`);
    throw new Error(`${file}:\n  ${problems.join("\n  ")}`);
  }
  return result.data;
}
