import { z } from "zod";
import { defineFlow } from "../../core/dialogue/flow.ts";
import { menuUnits } from "../../core/dialogue/menu.ts";
import { unitToFileFor } from "../../core/dialogue/units.ts";
import { quarterOf } from "../../core/periods.ts";
import { ok } from "../../core/result.ts";
import { k } from "../../i18n/i18n.ts";

const params = z.object({ unitId: z.string(), unitName: z.string() });

const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);

/** An activity the unit held (political study, seminar, dialogue with the Party committee, volunteering…). */
export const activityReportFlow = defineFlow({
  id: "activity",
  titleKey: "flow-activity-title",
  access: ["secretary"],
  reportKind: "activity",
  params,
  async init(env, args) {
    const unit = unitToFileFor(env, args);
    return unit.ok ? ok({ unitId: unit.value.id, unitName: unit.value.name }) : unit;
  },
  async offer(env) {
    const entries = menuUnits(env).map((unit, i) => ({
      label: { key: k("menu-activity"), unitId: unit.id },
      args: [unit.id],
      sort: ["unit", i, 1] as const,
    }));
    return { entries };
  },
  steps: () => [
    {
      id: "type",
      kind: "choice",
      promptKey: "flow-activity-type",
      labelKey: "flow-activity-type-label",
      options: [
        { value: "political_study", labelKey: "flow-activity-type-political" },
        { value: "seminar", labelKey: "flow-activity-type-seminar" },
        { value: "forum", labelKey: "flow-activity-type-forum" },
        { value: "dialogue", labelKey: "flow-activity-type-dialogue" },
        { value: "club", labelKey: "flow-activity-type-club" },
        { value: "volunteer", labelKey: "flow-activity-type-volunteer" },
        { value: "other", labelKey: "flow-activity-type-other" },
      ],
    },
    {
      id: "otherType",
      kind: "text",
      min: 3,
      max: 200,
      promptKey: "flow-activity-other",
      labelKey: "flow-activity-other-label",
      when: (a) => a.type === "other",
    },
    {
      id: "date",
      kind: "date",
      notFuture: true,
      promptKey: "flow-activity-date",
      labelKey: "flow-activity-date-label",
    },
    {
      id: "topics",
      kind: "multi",
      optional: true,
      promptKey: "flow-activity-topics",
      labelKey: "flow-activity-topics-label",
      options: [
        { value: "history", labelKey: "flow-activity-topic-history" },
        { value: "ho_chi_minh", labelKey: "flow-activity-topic-hcm" },
        { value: "party", labelKey: "flow-activity-topic-party" },
        { value: "law", labelKey: "flow-activity-topic-law" },
        { value: "other", labelKey: "flow-activity-topic-other" },
      ],
    },
    {
      id: "participants",
      kind: "number",
      min: 1,
      max: 100_000,
      promptKey: "flow-activity-participants",
      labelKey: "flow-activity-participants-label",
    },
    {
      id: "summary",
      kind: "text",
      min: 10,
      max: 2000,
      promptKey: "flow-activity-summary",
      labelKey: "flow-activity-summary-label",
    },
  ],
  report: (p, a) => {
    const q = quarterOf(dateOf(a.date));
    return { kind: "activity", unitId: p.unitId, year: q.year, quarter: q.quarter };
  },
});
