import { z } from "zod";
import { type Answers, type AnswerValue, defineFlow, type FlowEnv, type Step } from "../../core/dialogue/flow.ts";
import type { MenuEntry, MenuText } from "../../core/dialogue/menu.ts";
import { unitToFileFor } from "../../core/dialogue/units.ts";
import { formatVietnameseDate, type Quarter, quarterBounds, quarterOf } from "../../core/periods.ts";
import { ok, refuse } from "../../core/result.ts";
import type { CandidacyStage } from "../../generated/prisma/client.ts";
import { k, type MessageKey } from "../../i18n/i18n.ts";
import { quarterConfirmations } from "../broadcasts/index.ts";
import { quarterQuizParticipation } from "../education/index.ts";
import { fixReportButton } from "../review/index.ts";
import { dueFor } from "./due.ts";
import { dateString, isFutureQuarter, periodArgs, quarterInfo } from "./periods.ts";
import { reportingUnitOf, reportKeys } from "./reporting.ts";

const params = z.object({
  unitId: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  quarter: z.number().int().min(1).max(4),
  target: z.object({ dvut: z.number(), members: z.number() }).nullable(),
  yearToDate: z.object({ introduced: z.number(), admitted: z.number() }),
  /** The quarter's due date ("2026-10-05"); absent in drafts started before due dates were kept. */
  due: z.string().optional(),
  /** Active members of the unit and every unit below it: no pipeline figure can exceed it. */
  members: z.number().int().optional(),
});
type Params = z.infer<typeof params>;

/** Pipeline events of the unit's ĐVUT (the unit and all below it) reaching `stage` between two dates. */
async function countEvents(env: FlowEnv, unitId: string, stage: CandidacyStage, from: Date, to: Date) {
  return env.deps.prisma.candidacyEvent.count({
    where: {
      toStage: stage,
      // A file item keeps the stage it was recorded in; a corrected step counts once, as corrected.
      step: { not: "file_item" },
      supersededById: null,
      occurredOn: { gte: from, lte: to },
      candidacy: { unitId: { in: [...env.tree.subtreeIds(unitId)] } },
    },
  });
}

/** An impossible figure (1,000 introduced in a unit of 4 members) is refused with the reason, and asked again. */
function notAboveMembers(value: AnswerValue, p: Params) {
  return p.members !== undefined && Number(value) > p.members
    ? refuse(k("periods-figure-exceeds-members"), { value: Number(value), members: p.members, unit: p.unitName })
    : ok(undefined);
}

/** A number step whose id stays a literal, so the flow's answers name it. */
type CountStep<I extends string> = Step<Params> & { id: I; kind: "number" };

function pipelineCount<const I extends string>(
  id: I,
  stage: CandidacyStage,
  promptKey: MessageKey,
  labelKey: MessageKey,
): CountStep<I> {
  return {
    id,
    kind: "number",
    min: 0,
    max: 10_000,
    promptKey,
    labelKey,
    async default(env, p) {
      const { first, last } = quarterBounds({ year: p.year, quarter: p.quarter as 1 | 2 | 3 | 4 });
      return countEvents(env, p.unitId, stage, first, last);
    },
    // A figure other than the one the pipeline counted asks "Hệ thống ghi nhận 0, đồng chí giữ 3?".
    confirmDiffers: true,
    check: (value, _answers, p) => notAboveMembers(value, p),
  };
}

const quarterOfParams = (p: Params): Quarter => ({ year: p.year, quarter: p.quarter as Quarter["quarter"] });

/**
 * A count the bot already knows (quiz participation, read confirmations of announcements) for the unit and every
 * unit below it, pre-filled to keep or correct. A part (`of`) cannot exceed the whole it belongs to.
 */
function knownCount<const I extends string>(
  id: I,
  promptKey: MessageKey,
  labelKey: MessageKey,
  count: (env: FlowEnv, p: Params) => Promise<number>,
  of?: string,
  /** A count of members (not of messages): it cannot exceed the unit's active members. */
  ofMembers = false,
): CountStep<I> {
  return {
    id,
    kind: "number",
    min: 0,
    max: 1_000_000,
    promptKey,
    labelKey,
    default: count,
    confirmDiffers: true,
    ...(of ? { promptArgs: (_p: Params, answers: Answers) => ({ whole: Number(answers[of] ?? 0) }) } : {}),
    check(value: AnswerValue, answers: Answers, p: Params) {
      if (ofMembers) {
        const members = notAboveMembers(value, p);
        if (!members.ok) return members;
      }
      if (!of) return ok(undefined);
      const whole = Number(answers[of] ?? 0);
      return Number(value) > whole ? refuse(k("flow-unit-part-too-large"), { whole }) : ok(undefined);
    },
  };
}

const quiz = (env: FlowEnv, p: Params) =>
  quarterQuizParticipation(env.deps.prisma, env.tree.subtreeIds(p.unitId), quarterOfParams(p), env.deps.config.TZ_NAME);
const confirmations = (env: FlowEnv, p: Params) =>
  quarterConfirmations(env.deps.prisma, env.tree.subtreeIds(p.unitId), quarterOfParams(p), env.deps.config.TZ_NAME);

/** The TCCSĐ's quarterly report: pipeline counts pre-filled from the database, to confirm or correct. */
export const unitReportFlow = defineFlow({
  id: "unit-report",
  titleKey: "flow-unit-title",
  access: ["secretary"],
  reportKind: "unit_quarterly",
  params,
  async init(env, args) {
    // "<unit id>:2026-Q3": the unit and the quarter owed (from /menu or a reminder); the current quarter otherwise.
    const period = periodArgs(args);
    const chosen = unitToFileFor(env, period.rest);
    if (!chosen.ok) return chosen;
    const unit = reportingUnitOf(env.tree, chosen.value.id) ?? env.tree.get(chosen.value.id);
    // Only the TCCSĐ files it: a branch secretary cannot file for the unit above them.
    if (!unit || !(env.scope.wholeBlock || env.scope.unitIds.has(unit.id))) return refuse("flow-unit-not-yours");
    const q = period.quarter ?? quarterOf(env.now, env.deps.config.TZ_NAME);
    if (isFutureQuarter(q, env.now, env.deps.config.TZ_NAME)) {
      return refuse("periods-quarter-future", { quarter: q.quarter, year: String(q.year) });
    }
    const filed = await env.deps.prisma.report.findUnique({
      where: { uniqueKey: reportKeys.unitQuarterly(unit.id, q) },
    });
    if (filed && filed.status !== "returned") {
      return refuse("periods-unit-report-filed", {
        unit: unit.name,
        quarter: q.quarter,
        year: String(q.year),
        date: formatVietnameseDate(filed.submittedAt),
      });
    }
    const info = quarterInfo(q, env.now, env.deps.config);
    const target = await env.deps.prisma.unitTarget.findUnique({
      where: { unitId_year: { unitId: unit.id, year: q.year } },
    });
    const yearStart = new Date(Date.UTC(q.year, 0, 1));
    const yearEnd = new Date(Date.UTC(q.year, 11, 31));
    return ok({
      unitId: unit.id,
      unitName: unit.name,
      year: q.year,
      quarter: q.quarter,
      target: target ? { dvut: target.dvutToIntroduce, members: target.newPartyMembers } : null,
      yearToDate: {
        introduced: await countEvents(env, unit.id, "introduced", yearStart, yearEnd),
        admitted: await countEvents(env, unit.id, "admitted", yearStart, yearEnd),
      },
      due: dateString(info.due),
      members: await env.deps.prisma.person.count({
        where: { unitId: { in: [...env.tree.subtreeIds(unit.id)] }, active: true },
      }),
    });
  },
  async offer(env) {
    // Each owed quarter's report of each TCCSĐ the person is secretary of: to file, to fix (sent back), or done.
    const due = await dueFor(env);
    const entries: MenuEntry[] = [];
    const lines: MenuText[] = [];
    due.units.forEach((unit, i) => {
      for (const { period, filed, returnedId } of unit.reports) {
        const args = { quarter: period.quarter, year: String(period.year), due: formatVietnameseDate(period.due) };
        const sort = ["due", period.key, 1, i] as const;
        if (returnedId) {
          entries.push({
            label: { key: k("menu-unit-report-returned"), args, unitId: unit.unitId },
            value: fixReportButton.value({ reportId: returnedId }),
            sort,
          });
        } else if (!filed) {
          const key = period.late
            ? k("periods-menu-unit-report-late")
            : period.current
              ? k("menu-unit-report")
              : k("periods-menu-unit-report-open");
          entries.push({
            label: { key, args, unitId: unit.unitId },
            args: [unit.reportingUnitId ?? "", period.key],
            sort,
          });
        } else if (period.current) lines.push({ key: k("menu-unit-report-done"), args, unitId: unit.unitId });
      }
    });
    return { entries, lines };
  },
  async intro(_env, p) {
    const base = { unit: p.unitName, quarter: p.quarter, year: String(p.year), ...p.yearToDate };
    if (!p.target) return { key: k("flow-unit-intro-no-target"), args: base };
    return { key: k("flow-unit-intro"), args: { ...base, targetDvut: p.target.dvut, targetMembers: p.target.members } };
  },
  steps: () => [
    pipelineCount("selected", "selected", k("flow-unit-selected"), k("flow-unit-selected-label")),
    pipelineCount("introduced", "introduced", k("flow-unit-introduced"), k("flow-unit-introduced-label")),
    pipelineCount("awarenessClass", "awareness_class", k("flow-unit-awareness"), k("flow-unit-awareness-label")),
    pipelineCount("recognized", "recognized", k("flow-unit-recognized"), k("flow-unit-recognized-label")),
    pipelineCount("admitted", "admitted", k("flow-unit-admitted"), k("flow-unit-admitted-label")),
    {
      id: "education",
      kind: "number",
      min: 0,
      max: 1000,
      promptKey: "flow-unit-education",
      labelKey: "flow-unit-education-label",
    },
    knownCount(
      "quizReceived",
      k("flow-unit-quiz-received"),
      k("flow-unit-quiz-received-label"),
      async (env, p) => (await quiz(env, p)).received,
      undefined,
      true,
    ),
    knownCount(
      "quizAnswered",
      k("flow-unit-quiz-answered"),
      k("flow-unit-quiz-answered-label"),
      async (env, p) => (await quiz(env, p)).answered,
      "quizReceived",
    ),
    knownCount(
      "ackRecipients",
      k("flow-unit-ack-recipients"),
      k("flow-unit-ack-recipients-label"),
      async (env, p) => (await confirmations(env, p)).recipients,
    ),
    knownCount(
      "ackConfirmed",
      k("flow-unit-ack-confirmed"),
      k("flow-unit-ack-confirmed-label"),
      async (env, p) => (await confirmations(env, p)).confirmed,
      "ackRecipients",
    ),
    {
      id: "difficulties",
      kind: "text",
      max: 2000,
      optional: true,
      promptKey: "flow-unit-difficulties",
      labelKey: "flow-unit-difficulties-label",
    },
    {
      id: "proposals",
      kind: "text",
      max: 2000,
      optional: true,
      promptKey: "flow-unit-proposals",
      labelKey: "flow-unit-proposals-label",
    },
  ],
  report: (p) => ({
    kind: "unit_quarterly",
    unitId: p.unitId,
    uniqueKey: reportKeys.unitQuarterly(p.unitId, { year: p.year, quarter: p.quarter as 1 | 2 | 3 | 4 }),
    year: p.year,
    quarter: p.quarter,
    dueOn: p.due ? new Date(`${p.due}T00:00:00Z`) : null,
  }),
});
