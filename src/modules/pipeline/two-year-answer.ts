import { z } from "zod";
import { writeAudit } from "../../core/audit.ts";
import { startFlowButton } from "../../core/dialogue/buttons.ts";
import { defineFlow } from "../../core/dialogue/flow.ts";
import { formatVietnameseDate, quarterKey, quarterOf } from "../../core/periods.ts";
import { ok, refuse } from "../../core/result.ts";
import type { Candidacy } from "../../generated/prisma/client.ts";
import { k, type Translate } from "../../i18n/i18n.ts";

export const TWO_YEAR_FLOW = "journey-two-year";

/** The button that opens the II.3.5 answer of one ĐVUT (from the alert and from /dvut). */
export const twoYearAnswerChoice = (candidacyId: string) =>
  startFlowButton.value({ flowId: TWO_YEAR_FLOW, args: [candidacyId] });

/** The quarter an answer keeps the alert quiet for: "2026-Q4". */
export const answerQuarter = (now: Date, timeZone: string) => quarterKey(quarterOf(now, timeZone));

/** Whether the case was answered in the quarter of `now`: the alert stays quiet until the next quarter. */
export const answeredThisQuarter = (c: Pick<Candidacy, "twoYearAnsweredFor">, now: Date, timeZone: string) =>
  c.twoYearAnsweredFor === answerQuarter(now, timeZone);

/** The recorded answer as lines, for the level above (/dvut, /unit) and the journey: quarter, cause, measures. */
export function twoYearAnswerLines(
  t: Translate,
  c: Pick<Candidacy, "twoYearAnsweredFor" | "twoYearCause" | "twoYearMeasures">,
): string[] {
  if (!c.twoYearAnsweredFor) return [];
  const [year, q] = c.twoYearAnsweredFor.split("-Q");
  return [
    t("two-year-answer-line", { quarter: `${q}/${year}` }),
    t("two-year-answer-cause", { cause: c.twoYearCause ?? "" }),
    t("two-year-answer-measures", { measures: c.twoYearMeasures ?? "" }),
  ];
}

const params = z.object({ candidacyId: z.string(), name: z.string(), selectedOn: z.string() });

/**
 * Mục II.3.5 Kế hoạch 102-KH/ĐTN: for an ĐVUT chosen two years ago or more and neither recognised nor admitted, the
 * chi đoàn's secretary records the cause and the measures agreed with the cấp ủy. The level above reads them in
 * /dvut and /unit; the weekly alert stays quiet for the case until the next quarter.
 */
export const twoYearAnswerFlow = defineFlow({
  id: TWO_YEAR_FLOW,
  titleKey: k("two-year-flow-title"),
  access: ["secretary", "staff"],
  params,
  async init(env, args) {
    const candidacy = await env.deps.prisma.candidacy.findUnique({
      where: { id: args.trim() },
      include: { person: true },
    });
    if (!candidacy || candidacy.closedAt) return refuse("journey-not-found");
    const inScope = (unitId: string) => env.scope.wholeBlock || env.scope.unitIds.has(unitId);
    if (!inScope(candidacy.person.unitId) && !inScope(candidacy.unitId)) return refuse("journey-out-of-scope");
    return ok({
      candidacyId: candidacy.id,
      name: candidacy.person.fullName,
      selectedOn: candidacy.selectedOn ? formatVietnameseDate(candidacy.selectedOn) : "",
    });
  },
  intro: async (_env, p) => ({ key: k("two-year-flow-intro"), args: { name: p.name, selected: p.selectedOn } }),
  steps: () => [
    {
      id: "cause",
      kind: "text",
      min: 3,
      max: 1000,
      promptKey: k("two-year-ask-cause"),
      labelKey: k("two-year-ask-cause-label"),
    },
    {
      id: "measures",
      kind: "text",
      min: 3,
      max: 1000,
      promptKey: k("two-year-ask-measures"),
      labelKey: k("two-year-ask-measures-label"),
    },
  ],
  finalRefusals: ["journey-not-found", "journey-out-of-scope"],
  async apply({ tx, env, params: p, answers }) {
    const quarter = answerQuarter(env.now, env.deps.config.TZ_NAME);
    const before = await tx.candidacy.findUniqueOrThrow({ where: { id: p.candidacyId } });
    const cause = answers.cause.trim();
    const measures = answers.measures.trim();
    await tx.candidacy.update({
      where: { id: p.candidacyId },
      data: { twoYearAnsweredFor: quarter, twoYearCause: cause, twoYearMeasures: measures },
    });
    await writeAudit(tx, {
      actorId: env.person.id,
      action: "journey.two-year-answer",
      entity: "Candidacy",
      entityId: p.candidacyId,
      before: {
        twoYearAnsweredFor: before.twoYearAnsweredFor,
        twoYearCause: before.twoYearCause,
        twoYearMeasures: before.twoYearMeasures,
      },
      after: { twoYearAnsweredFor: quarter, twoYearCause: cause, twoYearMeasures: measures },
      at: env.now,
    });
    const [year, q] = quarter.split("-Q");
    return ok({ key: k("two-year-answered"), args: { name: p.name, quarter: `${q}/${year}` } });
  },
});
