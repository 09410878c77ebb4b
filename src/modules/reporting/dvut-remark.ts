import { z } from "zod";
import { defineFlow } from "../../core/dialogue/flow.ts";
import { menuUnits } from "../../core/dialogue/menu.ts";
import { formatVietnameseDate, quarterOf } from "../../core/periods.ts";
import { ok, refuse } from "../../core/result.ts";
import { k } from "../../i18n/i18n.ts";
import { dueFor } from "./due.ts";
import { dateString, isFutureQuarter, periodArgs, quarterInfo } from "./periods.ts";
import { missingRemarks, reportKeys } from "./reporting.ts";

const params = z.object({
  candidacyId: z.string(),
  personId: z.string(),
  unitId: z.string(),
  name: z.string(),
  year: z.number().int(),
  quarter: z.number().int().min(1).max(4),
  left: z.number().int(),
  /** The quarter's due date ("2026-10-05"); absent in drafts started before due dates were kept. */
  due: z.string().optional(),
});
type Params = z.infer<typeof params>;
const who = (p: Params) => ({ name: p.name });

/** Quarterly remark (bản nhận xét) on one ĐVUT; after each, the next ĐVUT still lacking one this quarter. */
export const dvutRemarkFlow = defineFlow({
  id: "dvut-remark",
  titleKey: "flow-remark-title",
  access: ["secretary"],
  reportKind: "dvut_remark",
  params,
  repeat: true,
  async init(env, args) {
    // "2026-Q3" (from /menu or a reminder) and optionally a candidacy: the quarter owed; the current one otherwise.
    const period = periodArgs(args);
    const q = period.quarter ?? quarterOf(env.now, env.deps.config.TZ_NAME);
    if (isFutureQuarter(q, env.now, env.deps.config.TZ_NAME)) {
      return refuse("periods-quarter-future", { quarter: q.quarter, year: String(q.year) });
    }
    const missing = await missingRemarks(env.deps.prisma, env.scope.unitIds, q);
    const next = (period.rest ? missing.find((c) => c.id === period.rest) : undefined) ?? missing[0];
    if (!next) {
      return period.quarter
        ? refuse("periods-remarks-none-left", { quarter: q.quarter, year: String(q.year) })
        : refuse("flow-remark-none-left");
    }
    return ok({
      candidacyId: next.id,
      personId: next.personId,
      unitId: next.person.unitId,
      name: next.person.fullName,
      year: q.year,
      quarter: q.quarter,
      left: missing.length,
      due: dateString(quarterInfo(q, env.now, env.deps.config).due),
    });
  },
  async offer(env) {
    if (menuUnits(env).length === 0) return {};
    // What each open quarter still lacks, the older (overdue) one first and marked late.
    const { remarks } = await dueFor(env);
    const entries = remarks
      .filter((r) => r.count > 0)
      .map(({ period, count }) => {
        const args = {
          count,
          quarter: period.quarter,
          year: String(period.year),
          due: formatVietnameseDate(period.due),
        };
        const key = period.late
          ? k("periods-menu-remarks-late")
          : period.current
            ? k("menu-remarks")
            : k("periods-menu-remarks-open");
        return { label: { key, args }, args: [period.key], sort: ["due", period.key, 0] as const };
      });
    return { entries, lines: entries.length === 0 ? [{ key: k("menu-remarks-done") }] : [] };
  },
  async intro(_env, p) {
    return {
      key: k("flow-remark-intro"),
      args: { name: p.name, quarter: p.quarter, year: String(p.year), left: p.left },
    };
  },
  steps: () => [
    {
      id: "attitude",
      kind: "text",
      min: 5,
      max: 1000,
      promptKey: "flow-remark-attitude",
      labelKey: "flow-remark-attitude-label",
      promptArgs: who,
    },
    {
      id: "results",
      kind: "text",
      min: 5,
      max: 1000,
      promptKey: "flow-remark-results",
      labelKey: "flow-remark-results-label",
      promptArgs: who,
    },
    {
      id: "union",
      kind: "text",
      min: 5,
      max: 1000,
      promptKey: "flow-remark-union",
      labelKey: "flow-remark-union-label",
      promptArgs: who,
    },
    {
      id: "ethics",
      kind: "text",
      min: 5,
      max: 1000,
      promptKey: "flow-remark-ethics",
      labelKey: "flow-remark-ethics-label",
      promptArgs: who,
    },
    {
      id: "strengths",
      kind: "text",
      max: 1000,
      optional: true,
      promptKey: "flow-remark-strengths",
      labelKey: "flow-remark-strengths-label",
    },
    {
      id: "weaknesses",
      kind: "text",
      max: 1000,
      optional: true,
      promptKey: "flow-remark-weaknesses",
      labelKey: "flow-remark-weaknesses-label",
    },
    {
      id: "proposal",
      kind: "choice",
      promptKey: "flow-remark-proposal",
      labelKey: "flow-remark-proposal-label",
      promptArgs: who,
      options: [
        { value: "keep_fostering", labelKey: "flow-remark-proposal-keep" },
        { value: "propose_recognition", labelKey: "flow-remark-proposal-recognition" },
        { value: "propose_admission", labelKey: "flow-remark-proposal-admission" },
        { value: "concerns", labelKey: "flow-remark-proposal-concerns" },
      ],
    },
    {
      id: "concerns",
      kind: "text",
      min: 5,
      max: 1000,
      promptKey: "flow-remark-concerns",
      labelKey: "flow-remark-concerns-label",
      when: (a) => a.proposal === "concerns",
    },
  ],
  report: (p) => ({
    kind: "dvut_remark",
    unitId: p.unitId,
    uniqueKey: reportKeys.remark(p.candidacyId, { year: p.year, quarter: p.quarter as 1 | 2 | 3 | 4 }),
    subjectPersonId: p.personId,
    year: p.year,
    quarter: p.quarter,
    dueOn: p.due ? new Date(`${p.due}T00:00:00Z`) : null,
  }),
});
