import type { Config, Holiday } from "../../config.ts";
import { compareVi } from "../../core/collate.ts";
import { OrgTree } from "../../core/org.ts";
import { daysBetween, formatVietnameseDate } from "../../core/periods.ts";
import { k, type Translate } from "../../i18n/i18n.ts";
import type { JobDefinition, PlannedMessage } from "../../jobs/job.ts";
import { addDays, dateKey, parseDateKey } from "../../jobs/period-keys.ts";
import { loadRecipients, unitLabel } from "../../jobs/recipients.ts";
import { reminderTargets } from "../../jobs/reminder-targets.ts";
import { loadRoleHolders } from "../roster/index.ts";
import { handoverBatchChoice } from "./handover-batch.ts";

export const HOLIDAY_HANDOVER = "holiday-handover";

/** The next configured holiday within `daysBefore` days after `date` (the day itself excluded), if any. */
export function holidayAhead(date: Date, holidays: readonly Holiday[], daysBefore: number): Date | undefined {
  const candidates = [date.getUTCFullYear(), date.getUTCFullYear() + 1].flatMap((year) =>
    holidays.map((h) => new Date(Date.UTC(year, h.month - 1, h.day))),
  );
  return candidates
    .filter((h) => h > date && h <= addDays(date, daysBefore))
    .sort((a, b) => a.getTime() - b.getTime())[0];
}

/**
 * The holiday as the reminder names it: "kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 –
 * 03/02/2027)", "tròn" only for a multiple of ten years; the name alone without a year; the date alone without a name.
 */
export function holidayLabel(t: Translate, holiday: Holiday | undefined, date: Date): string {
  const on = formatVietnameseDate(date);
  if (!holiday?.name) return t("jobs-handover-holiday-date", { date: on });
  if (holiday.year === undefined || holiday.year >= date.getUTCFullYear()) {
    return t("jobs-handover-holiday-named", { name: holiday.name, date: on });
  }
  const years = date.getUTCFullYear() - holiday.year;
  const since = formatVietnameseDate(new Date(Date.UTC(holiday.year, holiday.month - 1, holiday.day)));
  const key = years % 10 === 0 ? k("jobs-handover-holiday-round") : k("jobs-handover-holiday");
  return t(key, { name: holiday.name, years, since, date: on });
}

/**
 * Before each holiday on which ĐVUT lists go to the Party committee (plan II.2.3), secretaries whose units have
 * ĐVUT selected or introduced are reminded to prepare the list, with the export one tap away. The period is the
 * holiday, so the daily check sends once per holiday even if the first day of the window was missed.
 */
export function holidayHandoverJob(config: Config): JobDefinition {
  const daysBefore = config.HANDOVER_REMIND_DAYS_BEFORE;
  return {
    name: HOLIDAY_HANDOVER,
    schedule: config.CRON_HOLIDAY_HANDOVER,
    description: `ĐVUT handover reminder ${daysBefore} days before each holiday (${config.HANDOVER_HOLIDAYS.map((h) => `${h.day}/${h.month}`).join(", ")})`,
    catchUpMs: 20 * 3_600_000,
    periodOf(at, timeZone) {
      const holiday = holidayAhead(parseDateKey(dateKey(at, timeZone)) as Date, config.HANDOVER_HOLIDAYS, daysBefore);
      return holiday?.toISOString().slice(0, 10);
    },
    isPeriod: (period) => parseDateKey(period) !== undefined,
    async plan(db, ctx, period) {
      const holiday = parseDateKey(period);
      if (!holiday) throw new Error(`${HOLIDAY_HANDOVER}: "${period}" is not a date (YYYY-MM-DD)`);
      const today = parseDateKey(dateKey(ctx.now, ctx.deps.config.TZ_NAME)) as Date;
      const named = config.HANDOVER_HOLIDAYS.find(
        (h) => h.day === holiday.getUTCDate() && h.month === holiday.getUTCMonth() + 1,
      );
      const tree = await OrgTree.load(db);
      const holders = await loadRoleHolders(db);
      const open = await db.candidacy.findMany({
        where: { stage: { in: ["selected", "introduced"] } },
        select: { stage: true, person: { select: { unitId: true } } },
      });
      // Per secretary: their units that have ĐVUT, and how many are selected or already introduced.
      const counts = new Map<string, { units: string[]; selected: number; introduced: number }>();
      for (const [unitId, personIds] of holders.secretariesByUnit) {
        const subtree = tree.subtreeIds(unitId);
        const inUnit = open.filter((c) => subtree.has(c.person.unitId));
        if (inUnit.length === 0) continue;
        const selected = inUnit.filter((c) => c.stage === "selected").length;
        for (const personId of personIds) {
          const sum = counts.get(personId) ?? { units: [], selected: 0, introduced: 0 };
          sum.units.push(unitLabel(tree, unitId));
          sum.selected += selected;
          sum.introduced += inUnit.length - selected;
          counts.set(personId, sum);
        }
      }
      const recipients = await loadRecipients(db, counts.keys(), ctx.deps.i18n.defaultLocale);
      const planned: PlannedMessage[] = [];
      for (const [personId, count] of counts) {
        const recipient = recipients.get(personId);
        if (!recipient) continue;
        const t = ctx.deps.i18n.forLocale(recipient.lang);
        planned.push({
          recipient,
          key: `${HOLIDAY_HANDOVER}:${period}:${personId}`,
          message: {
            text: t("jobs-handover-reminder", {
              holiday: holidayLabel(t, named, holiday),
              days: Math.max(0, daysBetween(today, holiday)),
              unit: count.units.join(", "),
              introduced: count.introduced,
              selected: count.selected,
            }),
            choices: [
              { value: reminderTargets.exportDvut, label: t("jobs-choice-export-dvut") },
              // Once the list is handed over: which ĐVUT, to which cấp ủy, on this holiday.
              { value: handoverBatchChoice(period), label: t("handover-batch-choice") },
            ],
          },
        });
      }
      return planned.sort((a, b) => compareVi(a.recipient.fullName, b.recipient.fullName));
    },
  };
}
