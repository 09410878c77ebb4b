import type { Config } from "../../config.ts";
import { compareVi } from "../../core/collate.ts";
import { OrgTree } from "../../core/org.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import type { JobDefinition, PlannedMessage } from "../../jobs/job.ts";
import { addDays, dateKey, mondayOfWeek, parseDateKey, weekKeyOfDate, weeklyPeriod } from "../../jobs/period-keys.ts";
import { loadRecipients, unitLabel } from "../../jobs/recipients.ts";
import { loadRoleHolders, responsibleSecretaries, secretariesAbove } from "../roster/index.ts";
import { stageLabelKey, twoYearCases } from "./pipeline.ts";
import { answeredThisQuarter, twoYearAnswerChoice } from "./two-year-answer.ts";

export const TWO_YEAR_RULE = "two-year-rule";

type Case = Awaited<ReturnType<typeof twoYearCases>>[number];

/**
 * Weekly: each ĐVUT selected two or more years ago and still neither recognised as đối tượng Đảng nor admitted
 * (plan III.3.5) is reported to the secretary of their unit and to the level above, asking for the reason to be
 * recorded and discussed with the Party committee.
 */
export function twoYearRuleJob(config: Config): JobDefinition {
  return {
    name: TWO_YEAR_RULE,
    schedule: config.CRON_TWO_YEAR_RULE,
    description:
      "two-year rule: ĐVUT selected 2+ years ago and not yet recognised, to their secretary and the level above",
    catchUpMs: 3 * 24 * 3_600_000,
    ...weeklyPeriod,
    async plan(db, ctx, week) {
      const monday = mondayOfWeek(week);
      if (!monday) throw new Error(`${TWO_YEAR_RULE}: "${week}" is not an ISO week (YYYY-Www)`);
      const today = parseDateKey(dateKey(ctx.now, ctx.deps.config.TZ_NAME)) as Date;
      // Inside the week: as of today; for another week: as of its Sunday.
      const asOf = weekKeyOfDate(today) === week ? today : addDays(monday, 6);
      // A case answered this quarter (cause and measures recorded, II.3.5) stays quiet until the next quarter.
      const cases = (await twoYearCases(db, asOf)).filter(
        (c) => !answeredThisQuarter(c, asOf, ctx.deps.config.TZ_NAME),
      );
      const tree = await OrgTree.load(db);
      const holders = await loadRoleHolders(db);
      const own = new Map<string, Case[]>();
      const below = new Map<string, Case[]>();
      const add = (map: Map<string, Case[]>, personId: string, c: Case) =>
        map.set(personId, [...(map.get(personId) ?? []), c]);
      for (const c of cases) {
        const responsible = responsibleSecretaries(tree, holders, c.person.unitId);
        const above = responsible ? secretariesAbove(tree, holders, responsible.unitId) : undefined;
        for (const personId of responsible?.personIds ?? []) add(own, personId, c);
        for (const personId of above?.personIds ?? []) {
          if (!responsible?.personIds.includes(personId)) add(below, personId, c);
        }
      }
      const recipients = await loadRecipients(db, [...own.keys(), ...below.keys()], ctx.deps.i18n.defaultLocale);
      const planned: PlannedMessage[] = [];
      for (const [map, kind] of [
        [own, "own"],
        [below, "below"],
      ] as const) {
        for (const [personId, list] of map) {
          const recipient = recipients.get(personId);
          if (!recipient) continue;
          const t = ctx.deps.i18n.forLocale(recipient.lang);
          const lines = list.map((c) =>
            t("jobs-two-year-case", {
              name: c.person.fullName,
              unit: unitLabel(tree, c.person.unitId),
              selected: formatVietnameseDate(c.selectedOn as Date),
              years: wholeYears(c.selectedOn as Date, asOf),
              stage: t(stageLabelKey[c.stage]),
            }),
          );
          const text =
            kind === "own"
              ? t("jobs-two-year-own", { cases: lines.join("\n") })
              : t("jobs-two-year-below", { cases: lines.join("\n") });
          // The secretary of the ĐVUT's unit answers each case from its button.
          const choices =
            kind === "own"
              ? list.slice(0, 20).map((c) => ({
                  value: twoYearAnswerChoice(c.id),
                  label: t("two-year-choice-answer", { name: c.person.fullName }),
                }))
              : [];
          planned.push({
            recipient,
            key: `${TWO_YEAR_RULE}:${week}:${kind}:${personId}`,
            message: choices.length > 0 ? { text, choices } : { text },
          });
        }
      }
      return planned.sort(
        (a, b) => compareVi(a.recipient.fullName, b.recipient.fullName) || a.key.localeCompare(b.key),
      );
    },
  };
}

function wholeYears(from: Date, to: Date): number {
  let years = to.getUTCFullYear() - from.getUTCFullYear();
  if (
    to.getUTCMonth() < from.getUTCMonth() ||
    (to.getUTCMonth() === from.getUTCMonth() && to.getUTCDate() < from.getUTCDate())
  )
    years--;
  return years;
}
