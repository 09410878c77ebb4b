import { z } from "zod";
import { defineFlow } from "../../core/dialogue/flow.ts";
import { quarterOf } from "../../core/periods.ts";
import { ok } from "../../core/result.ts";
import { k } from "../../i18n/i18n.ts";
import { notifySecretaries } from "./self-report-review.ts";

const params = z.object({ unitId: z.string(), personId: z.string() });

/** A member reports an activity or achievement of their own; their secretary confirms or declines it. */
export const selfReportFlow = defineFlow({
  id: "self-report",
  titleKey: "flow-self-title",
  access: "linked",
  reportKind: "self_report",
  params,
  async init(env) {
    return ok({ unitId: env.person.unitId, personId: env.person.id });
  },
  async offer() {
    return { entries: [{ label: { key: k("menu-self-report") }, sort: ["own"] as const }] };
  },
  steps: () => [
    {
      id: "type",
      kind: "choice",
      promptKey: "flow-self-type",
      labelKey: "flow-self-type-label",
      options: [
        { value: "study", labelKey: "flow-self-type-study" },
        { value: "initiative", labelKey: "flow-self-type-initiative" },
        { value: "award", labelKey: "flow-self-type-award" },
        { value: "volunteer", labelKey: "flow-self-type-volunteer" },
        { value: "other", labelKey: "flow-self-type-other" },
      ],
    },
    { id: "date", kind: "date", notFuture: true, promptKey: "flow-self-date", labelKey: "flow-self-date-label" },
    {
      id: "description",
      kind: "text",
      min: 10,
      max: 1000,
      promptKey: "flow-self-description",
      labelKey: "flow-self-description-label",
    },
    { id: "evidence", kind: "yesno", promptKey: "flow-self-evidence", labelKey: "flow-self-evidence-label" },
  ],
  report: (p, a) => {
    const q = quarterOf(new Date(`${a.date}T00:00:00Z`));
    return { kind: "self_report", unitId: p.unitId, subjectPersonId: p.personId, year: q.year, quarter: q.quarter };
  },
  async apply({ tx, env, reportId, answers }) {
    await notifySecretaries(tx, env, reportId, answers);
    return ok(undefined);
  },
});
