import { z } from "zod";
import { startFlowButton } from "../../core/dialogue/buttons.ts";
import { defineFlow } from "../../core/dialogue/flow.ts";
import { OrgTree } from "../../core/org.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import { ok, refuse } from "../../core/result.ts";
import { k } from "../../i18n/i18n.ts";
import { factsOf, loadJourney, recordStep } from "./journey.ts";
import { journeyRules, nextSteps } from "./journey-rules.ts";

export const HANDOVER_BATCH_FLOW = "journey-handover-batch";

/** The holiday reminder's button: record which ĐVUT were handed to which cấp ủy on this holiday. */
export const handoverBatchChoice = (holidayIso: string) =>
  startFlowButton.value({ flowId: HANDOVER_BATCH_FLOW, args: [holidayIso] });

const params = z.object({
  holiday: z.string(),
  holidayLabel: z.string(),
  committee: z.string().nullable(),
  candidates: z.array(z.object({ id: z.string(), name: z.string() })),
});
type Params = z.infer<typeof params>;

/**
 * Giới thiệu / trao danh sách ĐVUT cho cấp ủy on a major holiday (II.2.3), as one batch: the date, the cấp ủy, the
 * covering document and the ĐVUT handed over. Each ĐVUT gets a handover step (audited, told) with the holiday.
 */
export const handoverBatchFlow = defineFlow({
  id: HANDOVER_BATCH_FLOW,
  titleKey: k("handover-batch-title"),
  access: ["secretary", "staff"],
  params,
  async init(env, args) {
    const holiday = args.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(holiday)) return refuse("handover-batch-none");
    const { prisma } = env.deps;
    const open = await prisma.candidacy.findMany({
      where: {
        closedAt: null,
        ...(env.scope.wholeBlock ? {} : { person: { unitId: { in: [...env.scope.unitIds] } } }),
      },
      include: { person: { include: { unit: true } } },
      orderBy: { person: { fullName: "asc" } },
    });
    const candidates: Params["candidates"] = [];
    let committee: string | null = null;
    for (const c of open) {
      const journey = await loadJourney(prisma, c.id);
      if (!journey || !nextSteps(factsOf(journey)).includes("handover")) continue;
      candidates.push({ id: c.id, name: c.person.fullName });
      committee ??= c.person.unit.partyCommittee;
      if (candidates.length >= 40) break;
    }
    if (candidates.length === 0) return refuse("handover-batch-none");
    const date = new Date(`${holiday}T00:00:00Z`);
    // The holiday by its name where the configuration gives one (wording.md): "Ngày thành lập … (03/02/2027)".
    const named = env.deps.config.HANDOVER_HOLIDAYS.find(
      (h) => h.day === date.getUTCDate() && h.month === date.getUTCMonth() + 1,
    );
    const on = formatVietnameseDate(date);
    return ok({ holiday, holidayLabel: named?.name ? `${named.name} (${on})` : on, committee, candidates });
  },
  intro: async (_env, p) => ({ key: k("handover-batch-intro"), args: { holiday: p.holidayLabel } }),
  steps: (p) => [
    {
      id: "date",
      kind: "date",
      notFuture: true,
      promptKey: k("handover-batch-ask-date"),
      labelKey: k("journey-ask-date-label"),
    },
    {
      id: "committee",
      kind: "text",
      max: 200,
      promptKey: k("journey-ask-source-committee"),
      labelKey: k("journey-ask-source-label"),
      ...(p.committee ? { default: async () => p.committee } : {}),
    },
    {
      id: "number",
      kind: "text",
      max: 50,
      optional: true,
      promptKey: k("journey-ask-number"),
      labelKey: k("journey-ask-number-label"),
    },
    {
      id: "dvut",
      kind: "multi",
      options: p.candidates.map((c) => ({ value: c.id, label: c.name })),
      promptKey: k("handover-batch-ask-dvut"),
      labelKey: k("handover-batch-dvut-label"),
    },
  ],
  finalRefusals: ["handover-batch-none"],
  refusalSteps: { "journey-date-before-selection": "date", "journey-step-not-open": "dvut" },
  async apply({ tx, env, params: p, answers }) {
    const actor = { personId: env.person.id, unitIds: env.scope.wholeBlock ? ("all" as const) : env.scope.unitIds };
    const ids = answers.dvut;
    const committee = answers.committee.trim();
    const date = new Date(`${answers.date}T00:00:00Z`);
    const options = { rules: journeyRules(env.deps.config), i18n: env.deps.i18n, acceptWarnings: true };
    const holiday = env.deps.i18n.t(env.deps.i18n.defaultLocale, k("handover-batch-holiday"), {
      date: p.holidayLabel,
    });
    // The list is issued by the recorder's unit (the top of their units); staff hand it over for the organisation.
    const tops = env.scope.wholeBlock ? [] : (await OrgTree.load(tx)).topsOf(env.scope.unitIds);
    const batch = await tx.handoverBatch.create({
      data: {
        unitId: tops.length === 1 ? (tops[0] as string) : null,
        committee,
        handedOn: date,
        number: answers.number?.trim() || null,
        holiday,
        recordedById: env.person.id,
        recordedAt: env.now,
      },
    });
    for (const id of ids) {
      const recorded = await recordStep(
        tx,
        actor,
        id,
        {
          step: "handover",
          date,
          sourceBody: answers.committee,
          sourceNumber: answers.number ?? undefined,
          holiday,
          batchId: batch.id,
        },
        options,
        env.now,
      );
      // One refused ĐVUT refuses the batch: the runtime rolls the transaction back.
      if (!recorded.ok) return recorded;
    }
    return ok({
      key: k("handover-batch-recorded"),
      args: { count: ids.length, committee: answers.committee, date: formatVietnameseDate(date) },
    });
  },
});
