import { z } from "zod";
import { defineFlow } from "../../core/dialogue/flow.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import { ok, refuse } from "../../core/result.ts";
import { k } from "../../i18n/i18n.ts";
import { correctStep } from "./journey.ts";
import { stepLabelKey } from "./journey-rules.ts";

const params = z.object({ eventId: z.string(), name: z.string(), step: z.string(), date: z.string() });

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Staff correct one recorded step: a new date and/or number, always with a reason (kept and audited). */
export const journeyCorrectFlow = defineFlow({
  id: "journey-correct",
  titleKey: k("journey-flow-correct"),
  access: ["staff"],
  params,
  async init(env, args) {
    const event = await env.deps.prisma.candidacyEvent.findUnique({
      where: { id: args.trim() },
      include: { candidacy: { include: { person: true } } },
    });
    if (!event || event.supersededById) return refuse("journey-event-not-found");
    return ok({
      eventId: event.id,
      name: event.candidacy.person.fullName,
      step: event.step,
      date: event.occurredOn.toISOString().slice(0, 10),
    });
  },
  intro: async (env, p) => ({
    key: k("journey-correct-intro"),
    args: {
      name: p.name,
      step: env.deps.i18n.t(env.lang, stepLabelKey[p.step as keyof typeof stepLabelKey] ?? p.step),
      date: formatVietnameseDate(day(p.date)),
    },
  }),
  steps: () => [
    {
      id: "date",
      kind: "date",
      notFuture: true,
      promptKey: k("journey-ask-date"),
      labelKey: k("journey-ask-date-label"),
      default: async (_env, p) => p.date,
    },
    {
      id: "sourceNumber",
      kind: "text",
      max: 50,
      optional: true,
      promptKey: k("journey-ask-number"),
      labelKey: k("journey-ask-number-label"),
    },
    {
      id: "reason",
      kind: "text",
      min: 3,
      max: 1000,
      promptKey: k("journey-ask-correct-reason"),
      labelKey: k("journey-ask-reason-label"),
    },
  ],
  refusalSteps: { "journey-date-in-future": "date", "journey-field-missing": "reason" },
  finalRefusals: ["journey-event-not-found", "journey-correct-staff-only"],
  async apply({ tx, env, params: p, answers }) {
    const actor = { personId: env.person.id, unitIds: env.scope.wholeBlock ? ("all" as const) : env.scope.unitIds };
    const result = await correctStep(
      tx,
      actor,
      p.eventId,
      {
        date: day(answers.date),
        sourceNumber: answers.sourceNumber ?? undefined,
        reason: answers.reason,
      },
      { i18n: env.deps.i18n },
      env.now,
    );
    if (!result.ok) return result;
    return ok({ key: k("journey-corrected"), args: { name: p.name } });
  },
});
