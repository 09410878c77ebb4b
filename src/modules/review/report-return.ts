import { z } from "zod";
import { type Answers, type AnyFlow, defineFlow } from "../../core/dialogue/flow.ts";
import { display, stepLabel } from "../../core/dialogue/render.ts";
import { ok } from "../../core/result.ts";
import { k, type MessageKey } from "../../i18n/i18n.ts";
import { type FlowLookup, readFiled, reportHeading, returnReport, reviewable } from "./report-review.ts";

const params = z.object({
  reportId: z.string(),
  version: z.number().int(),
  /** Which report, in the reviewer's language, for the prompts. */
  heading: z.string(),
  /** The report's answered steps: id, question label and the answer as filed. */
  fields: z.array(z.object({ id: z.string(), label: z.string(), value: z.string() })),
});

const COMMENT = "c:";

/** The fields picked so far (for the comment steps' branches, which read the answers untyped). */
const picked = (a: Answers): string[] => (Array.isArray(a.fields) ? a.fields : []);

/**
 * "Trả lại bổ sung": a reviewer picks the fields of a waiting report to send back, writes a comment for each, checks
 * the summary and confirms. Runs in the engine like any flow (typed text, /back, /cancel, kept across restarts) but
 * files no Report: `apply` records the decision on the report under review.
 */
export function reportReturnFlow(flowOf: FlowLookup): AnyFlow {
  return defineFlow({
    id: "report-return",
    titleKey: "review-return-title",
    access: ["secretary", "staff"],
    params,
    correctable: false,
    finalRefusals: ["review-already-decided", "review-new-version", "review-not-yours", "review-not-found"],
    async init(env, args) {
      const found = await reviewable(env.deps.prisma, env.tree, args, env.person.id);
      if (!found.ok) return found;
      const filed = readFiled(found.value, flowOf);
      if (!filed) return { ok: false, reason: "review-not-found" };
      const t = (key: MessageKey) => env.deps.i18n.t(env.lang, key);
      return ok({
        reportId: found.value.id,
        version: found.value.version,
        heading: await reportHeading(env.deps.prisma, env.tree, found.value, filed.flow, t),
        fields: filed.shown.map((step) => ({
          id: step.id,
          label: stepLabel(step, filed.params, env),
          value: display(step, filed.answers[step.id], env),
        })),
      });
    },
    async intro(_env, p) {
      return { key: k("review-return-intro"), args: { report: p.heading } };
    },
    steps: (p) => [
      {
        id: "fields",
        kind: "multi",
        options: p.fields.map((f) => ({ value: f.id, label: f.label })),
        promptKey: "review-return-fields",
        labelKey: "review-return-fields-label",
      },
      ...p.fields.map((f) => ({
        // One comment step per field: "c:<field id>", typed as that family of names.
        id: `${COMMENT}${f.id}` as const,
        kind: "text" as const,
        min: 3,
        max: 500,
        promptKey: k("review-return-comment"),
        promptArgs: () => ({ label: f.label, value: f.value }),
        labelKey: k("review-return-comment-label"),
        labelArgs: () => ({ label: f.label }),
        when: (a: Answers) => picked(a).includes(f.id),
      })),
    ],
    async apply({ tx, env, params: p, answers }) {
      const comments: Record<string, string> = {};
      for (const id of answers.fields) comments[id] = answers[`${COMMENT}${id}`] ?? "";
      const result = await returnReport(tx, env, flowOf, { reportId: p.reportId, version: p.version, comments });
      if (!result.ok) return result;
      const key = result.value.correctable ? k("review-return-done") : k("review-comment-done");
      return ok({ key, args: { author: result.value.authorName, count: Object.keys(comments).length } });
    },
  });
}
