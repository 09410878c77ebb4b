import type { Config } from "../../config.ts";
import type { OutgoingMessage } from "../../core/messages.ts";
import type { I18n, Locale } from "../../i18n/i18n.ts";
import type { JobDefinition, JobRunContext, PlannedMessage } from "../../jobs/job.ts";
import { mondayOfWeek, weeklyPeriod } from "../../jobs/period-keys.ts";
import { type Recipient, weeklyAudience, weeklyAudiencePage } from "../../jobs/recipients.ts";
import { type EducationContent, type EducationItem, loadEducationContent } from "./content.ts";
import { weeklyMessage } from "./weekly-message.ts";
import { anniversariesOfWeek, itemForWeek } from "./weekly-selection.ts";

export const WEEKLY_EDUCATION = "weekly-education";

/** Items are chosen in this language; the other languages send the item with the same id. */
const CANONICAL: Locale = "vi";

/**
 * The week's political-education item, with the anniversaries of the week, to every linked member who has not
 * sent /stop_weekly, each in their own language. Which item went to whom is recorded for the quiz and the dashboard.
 */
export function weeklyEducationJob(config: Config): JobDefinition {
  return {
    name: WEEKLY_EDUCATION,
    schedule: config.CRON_WEEKLY_EDUCATION,
    description: "weekly political-education message and quiz to every member who has not opted out",
    catchUpMs: 3 * 24 * 3_600_000,
    ...weeklyPeriod,
    async plan(db, ctx, week) {
      return planFor(await weeklyAudience(db, ctx.deps.i18n.defaultLocale), ctx.deps.i18n, week);
    },
    async *planBatches(db, ctx, week, size) {
      const selection = selectionOf(ctx, week);
      let after: string | undefined;
      for (;;) {
        const page = await weeklyAudiencePage(db, ctx.deps.i18n.defaultLocale, after, size);
        if (page.length === 0) return;
        yield planFor(page, ctx.deps.i18n, week, selection);
        after = page[page.length - 1]?.id;
      }
    },
    async record(tx, ctx, week, planned) {
      const itemId = selectionOf(ctx, week).itemId;
      // One statement for the batch; a person already recorded is skipped.
      await tx.$executeRawUnsafe(
        `INSERT INTO "EducationSend" ("week", "itemId", "personId", "sentAt")
         SELECT $1, $2, p, $3::timestamp(3) FROM json_array_elements_text($4::json) AS p
         ON CONFLICT DO NOTHING`,
        week,
        itemId,
        ctx.now.toISOString(),
        JSON.stringify(planned.map((p) => p.recipient.id)),
      );
    },
  };
}

/**
 * The week's selection, read from the content files once per run (a run's batches share it; the files are read again
 * at the next run, so staff's edits count without a restart).
 */
const selections = new WeakMap<JobRunContext, ReturnType<typeof selectWeek>>();
function selectionOf(ctx: JobRunContext, week: string): ReturnType<typeof selectWeek> {
  let selection = selections.get(ctx);
  if (!selection) {
    selection = selectWeek(week);
    selections.set(ctx, selection);
  }
  return selection;
}

/** The item (by id, the same in every language) and anniversaries of a "2026-W48" week. */
export function selectWeek(week: string) {
  const monday = mondayOfWeek(week);
  if (!monday) throw new Error(`${WEEKLY_EDUCATION}: "${week}" is not an ISO week (YYYY-Www)`);
  const weekNumber = Number(week.slice(-2));
  const contents = new Map<Locale, EducationContent>();
  const content = (lang: Locale) => {
    let c = contents.get(lang);
    if (!c) {
      c = loadEducationContent(lang);
      contents.set(lang, c);
    }
    return c;
  };
  const itemId = itemForWeek(content(CANONICAL).items, monday, weekNumber).id;
  return {
    itemId,
    in(lang: Locale): { item: EducationItem; anniversaries: ReturnType<typeof anniversariesOfWeek> } {
      const { items, anniversaries } = content(lang);
      const item = items.find((i) => i.id === itemId) ?? itemForWeek(items, monday, weekNumber);
      return { item, anniversaries: anniversariesOfWeek(anniversaries, monday) };
    },
  };
}

/** The week's message to each recipient in their language, built once per language. */
function planFor(
  audience: readonly Recipient[],
  i18n: I18n,
  week: string,
  selection = selectWeek(week),
): PlannedMessage[] {
  const messages = new Map<Locale, OutgoingMessage>();
  const planned: PlannedMessage[] = [];
  for (const recipient of audience) {
    let message = messages.get(recipient.lang);
    if (!message) {
      const { item, anniversaries } = selection.in(recipient.lang);
      message = weeklyMessage(i18n.forLocale(recipient.lang), week, item, anniversaries);
      messages.set(recipient.lang, message);
    }
    planned.push({ recipient, key: `${WEEKLY_EDUCATION}:${week}:${recipient.id}`, message });
  }
  return planned;
}
