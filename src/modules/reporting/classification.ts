import { z } from "zod";
import { compareVi } from "../../core/collate.ts";
import { type Answers, defineFlow, type Option, type Step } from "../../core/dialogue/flow.ts";
import { unitToFileFor } from "../../core/dialogue/units.ts";
import { ok, refuse } from "../../core/result.ts";
import type { Classification } from "../../generated/prisma/client.ts";
import { k } from "../../i18n/i18n.ts";
import { classificationLabelKey } from "../pipeline/index.ts";
import { dueFor } from "./due.ts";
import { classificationYears, periodArgs } from "./periods.ts";
import { reportKeys } from "./reporting.ts";

const params = z.object({
  unitId: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  members: z.array(z.object({ id: z.string(), name: z.string() })).min(1),
});
type Params = z.infer<typeof params>;

const categories = ["excellent", "good", "complete", "incomplete"] as const satisfies readonly Classification[];
/** The two lowest categories need a reason. */
const needsReason = new Set<string>(["complete", "incomplete"]);
const REST = "rest";

const categoryOptions: Option[] = categories.map((c) => ({ value: c, labelKey: classificationLabelKey[c] }));

/** True once an earlier member was answered "all remaining as …". */
function restChosenBefore(answers: Answers, index: number): boolean {
  for (let i = 0; i < index; i++) if (answers[`m${i}`] === REST) return true;
  return false;
}

const isCategory = (value: string | undefined): value is Classification => categories.some((c) => c === value);

/** The answers of the classification: a choice per member (m0, m1…), a reason where needed (r0…), "rest". */
interface ClassAnswers {
  [member: `m${number}`]: string | undefined;
  [reason: `r${number}`]: string | undefined;
  rest?: string | undefined;
}

/** Each member's category: their own answer, or the "all remaining" one. */
export function categoriesOf(
  p: Params,
  answers: ClassAnswers,
): { personId: string; category: Classification; reason: string | null }[] {
  return p.members.flatMap((m, i) => {
    const own = answers[`m${i}`];
    const category = own !== undefined && own !== REST ? own : answers.rest;
    if (!isCategory(category)) return [];
    return [{ personId: m.id, category, reason: answers[`r${i}`] ?? null }];
  });
}

function steps(p: Params) {
  return [...p.members.flatMap((m, i) => memberSteps(p, m, i)), restStep(p)];
}

/** A member's category, and the reason the two lowest need. */
function memberSteps(p: Params, m: Params["members"][number], i: number) {
  return [
    {
      id: `m${i}` as `m${number}`,
      kind: "choice",
      promptKey: "flow-class-member",
      promptArgs: () => ({ name: m.name, n: i + 1, count: p.members.length }),
      labelKey: "flow-class-member-label",
      labelArgs: () => ({ name: m.name }),
      options: [...categoryOptions, { value: REST, labelKey: "flow-class-rest-option" }],
      when: (a) => !restChosenBefore(a, i),
    } satisfies Step<Params>,
    {
      id: `r${i}` as `r${number}`,
      kind: "text",
      min: 5,
      max: 500,
      promptKey: "flow-class-reason",
      promptArgs: () => ({ name: m.name }),
      labelKey: "flow-class-reason-label",
      labelArgs: () => ({ name: m.name }),
      when: (a) => needsReason.has(String(a[`m${i}`])) && !restChosenBefore(a, i),
    } satisfies Step<Params>,
  ];
}

/** "All remaining as …", asked once a member was answered so. */
function restStep(p: Params) {
  return {
    id: "rest" as const,
    kind: "choice",
    promptKey: "flow-class-rest",
    labelKey: "flow-class-rest-label",
    options: categoryOptions.filter((o) => !needsReason.has(o.value)),
    when: (a) => restChosenBefore(a, p.members.length),
  } satisfies Step<Params>;
}

/** The year's classification of a branch's members, one by one or "all remaining as …". */
export const classificationFlow = defineFlow({
  id: "classification",
  titleKey: "flow-class-title",
  access: ["secretary"],
  reportKind: "classification",
  params,
  async init(env, args) {
    // "<unit id>:2026": the unit and the year (from /menu); else the oldest open year not yet filed.
    const period = periodArgs(args);
    const unit = unitToFileFor(env, period.rest);
    if (!unit.ok) return unit;
    const open = classificationYears(env.now, env.deps.config);
    let year = period.year;
    if (year === undefined) {
      const filed = await env.deps.prisma.report.findMany({
        where: { uniqueKey: { in: open.map((y) => reportKeys.classification(unit.value.id, y)) } },
        select: { year: true },
      });
      year = open.find((y) => !filed.some((r) => r.year === y)) ?? (open[open.length - 1] as number);
    } else if (!open.includes(year)) {
      return refuse("periods-class-year-closed", { year: String(year), open: open.join(", ") });
    }
    const people = await env.deps.prisma.person.findMany({
      where: { unitId: unit.value.id, active: true },
      orderBy: { fullName: "asc" },
      select: { id: true, fullName: true },
    });
    if (people.length === 0) return refuse("flow-class-no-members", { unit: unit.value.name });
    return ok({
      unitId: unit.value.id,
      unitName: unit.value.name,
      year,
      // In Vietnamese alphabetical order (Đ after D), as on the branch's own lists.
      members: people.map((p) => ({ id: p.id, name: p.fullName })).sort((a, b) => compareVi(a.name, b.name)),
    });
  },
  async offer(env) {
    // Each open year not yet filed, for each unit the person is secretary of.
    const due = await dueFor(env);
    const entries = due.units.flatMap((unit, i) =>
      unit.classifications
        .filter((c) => !c.filed)
        .map((c) => ({
          label: {
            key: k("menu-classification"),
            args: { year: String(c.year), count: c.unclassified },
            unitId: unit.unitId,
          },
          args: [unit.unitId, String(c.year)],
          sort: ["unit", i, 0, c.year] as const,
        })),
    );
    return { entries };
  },
  async intro(_env, p) {
    return { key: k("flow-class-intro"), args: { unit: p.unitName, year: String(p.year), count: p.members.length } };
  },
  steps,
  report: (p) => ({
    kind: "classification",
    unitId: p.unitId,
    uniqueKey: reportKeys.classification(p.unitId, p.year),
    year: p.year,
  }),
  async apply({ tx, env, params: p, answers, reportId }) {
    // Rows are appended: a correction adds newer rows, and the latest row of a (person, year) is the current one.
    await tx.annualClassification.createMany({
      data: categoriesOf(p, answers).map((c) => ({
        personId: c.personId,
        unitId: p.unitId,
        year: p.year,
        category: c.category,
        reason: c.reason,
        reportId,
        recordedById: env.person.id,
        createdAt: env.now,
      })),
    });
    return ok(undefined);
  },
});
