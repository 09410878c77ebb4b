import type { Config } from "../../config.ts";
import { compareVi } from "../../core/collate.ts";
import type { Db } from "../../core/db.ts";
import type { Choice, OutgoingMessage } from "../../core/messages.ts";
import { OrgTree } from "../../core/org.ts";
import { formatVietnameseDate, quarterKey } from "../../core/periods.ts";
import type { Translate } from "../../i18n/i18n.ts";
import type { JobDefinition, JobRunContext, PlannedMessage } from "../../jobs/job.ts";
import { dateKey, parseDateKey } from "../../jobs/period-keys.ts";
import { loadRecipients, unitLabel } from "../../jobs/recipients.ts";
import { reminderTargets } from "../../jobs/reminder-targets.ts";
import { loadRoleHolders, responsibleSecretaries, secretariesAbove } from "../roster/index.ts";
import { type QuarterRules, quarterDay, quarterRules } from "./periods.ts";
import { missingRemarks, missingUnitReports, reportingUnits } from "./reporting.ts";

export const QUARTERLY_REMINDERS = "quarterly-reminders";

export { type QuarterDay, type QuarterRules, quarterDay } from "./periods.ts";

type Missing = { kind: "remark"; unitId: string; name: string } | { kind: "unitReport"; unitId: string };

/**
 * Daily check: on reminder days, each secretary with missing remarks or a missing unit report for the quarter gets
 * the list of exactly what is missing; after the due date the secretary of the unit above and staff get the list
 * of overdue units as well. Whoever has filed everything hears nothing.
 */
export function quarterlyRemindersJob(config: Config): JobDefinition {
  const rules = quarterRules(config);
  return {
    name: QUARTERLY_REMINDERS,
    schedule: config.CRON_QUARTERLY_REMINDERS,
    description: "quarterly remarks and unit reports: reminders, then escalation after the due date",
    catchUpMs: 20 * 3_600_000,
    periodOf(at, timeZone) {
      const key = dateKey(at, timeZone);
      return quarterDay(parseDateKey(key) as Date, rules).scheduled ? key : undefined;
    },
    isPeriod: (period) => parseDateKey(period) !== undefined,
    plan: (db, ctx, period) => planQuarterly(db, ctx, period, rules),
  };
}

async function planQuarterly(db: Db, ctx: JobRunContext, period: string, rules: QuarterRules) {
  const date = parseDateKey(period);
  if (!date) throw new Error(`${QUARTERLY_REMINDERS}: "${period}" is not a date (YYYY-MM-DD)`);
  const day = quarterDay(date, rules);
  const tree = await OrgTree.load(db);
  const holders = await loadRoleHolders(db);
  const remarks = await missingRemarks(db, new Set(tree.all().map((u) => u.id)), day.quarter);
  const reports = await missingUnitReports(
    db,
    reportingUnits(tree).map((u) => u.id),
    day.quarter,
  );
  const missing: Missing[] = [
    ...reports.map((unitId): Missing => ({ kind: "unitReport", unitId })),
    ...remarks.map((c): Missing => ({ kind: "remark", unitId: c.person.unitId, name: c.person.fullName })),
  ];

  const own = new Map<string, Missing[]>();
  const escalated = new Map<string, Missing[]>();
  const add = (map: Map<string, Missing[]>, personId: string, item: Missing) => {
    const list = map.get(personId) ?? [];
    list.push(item);
    map.set(personId, list);
  };
  for (const item of missing) {
    const responsible = responsibleSecretaries(tree, holders, item.unitId);
    for (const personId of responsible?.personIds ?? []) add(own, personId, item);
    if (!day.overdue) continue;
    const above = responsible ? secretariesAbove(tree, holders, responsible.unitId) : undefined;
    for (const personId of new Set([...(above?.personIds ?? []), ...holders.staff])) {
      if (!responsible?.personIds.includes(personId)) add(escalated, personId, item);
    }
  }

  const recipients = await loadRecipients(db, [...own.keys(), ...escalated.keys()], ctx.deps.i18n.defaultLocale);
  const values = {
    quarter: day.quarter.quarter,
    year: String(day.quarter.year),
    due: formatVietnameseDate(day.due),
    key: quarterKey(day.quarter),
  };
  const planned: PlannedMessage[] = [];
  for (const [kind, map] of [
    ["reminder", own],
    ["escalation", escalated],
  ] as const) {
    for (const [personId, items] of map) {
      const recipient = recipients.get(personId);
      if (!recipient) continue;
      const t = ctx.deps.i18n.forLocale(recipient.lang);
      const message =
        kind === "reminder"
          ? reminderMessage(t, tree, items, values, day.overdue)
          : escalationMessage(t, tree, items, values);
      planned.push({ recipient, key: `${QUARTERLY_REMINDERS}:${period}:${kind}:${personId}`, message });
    }
  }
  return planned.sort((a, b) => compareVi(a.recipient.fullName, b.recipient.fullName) || a.key.localeCompare(b.key));
}

/** `key` ("2026-Q3") goes into the buttons, so they open the quarter the message is about. */
type QuarterValues = { quarter: number; year: string; due: string; key: string };

/** To the secretary who answers for the items: each missing remark and report, with the flows that file them. */
function reminderMessage(
  t: Translate,
  tree: OrgTree,
  items: readonly Missing[],
  values: QuarterValues,
  overdue: boolean,
): OutgoingMessage {
  const lines = items
    .map((item) =>
      item.kind === "remark"
        ? t("jobs-item-remark", { name: item.name, unit: unitLabel(tree, item.unitId) })
        : t("jobs-item-unit-report", { unit: unitLabel(tree, item.unitId) }),
    )
    .join("\n");
  const choices: Choice[] = [];
  if (items.some((i) => i.kind === "remark")) {
    choices.push({ value: reminderTargets.remark(values.key), label: t("jobs-choice-remark") });
  }
  const reports = items.filter((i) => i.kind === "unitReport");
  for (const item of reports) {
    choices.push({
      value: reminderTargets.unitReport(item.unitId, values.key),
      label: t("jobs-choice-unit-report") + (reports.length > 1 ? ` (${unitLabel(tree, item.unitId)})` : ""),
    });
  }
  const { key: _key, ...args } = values;
  const text = overdue
    ? t("jobs-quarter-overdue", { ...args, items: lines })
    : t("jobs-quarter-reminder", { ...args, items: lines });
  return { text, choices };
}

/** To the level above and staff: one line per overdue unit, saying what it lacks. */
function escalationMessage(
  t: Translate,
  tree: OrgTree,
  items: readonly Missing[],
  values: QuarterValues,
): OutgoingMessage {
  const byUnit = new Map<string, { remarks: number; unitReport: boolean }>();
  for (const item of items) {
    const entry = byUnit.get(item.unitId) ?? { remarks: 0, unitReport: false };
    if (item.kind === "remark") entry.remarks++;
    else entry.unitReport = true;
    byUnit.set(item.unitId, entry);
  }
  const lines = [...byUnit]
    .map(([unitId, entry]) => {
      const what = [
        ...(entry.unitReport ? [t("jobs-escalation-unit-report")] : []),
        ...(entry.remarks > 0 ? [t("jobs-escalation-remarks", { count: entry.remarks })] : []),
      ];
      return t("jobs-escalation-line", { unit: unitLabel(tree, unitId), missing: what.join(", ") });
    })
    .sort((a, b) => compareVi(a, b));
  const { key: _key, ...args } = values;
  return { text: t("jobs-quarter-escalation", { ...args, units: lines.join("\n") }) };
}
