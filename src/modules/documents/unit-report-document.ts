import { compareVi } from "../../core/collate.ts";
import type { Db } from "../../core/db.ts";
import type { AnswerValue, AnyFlow, Step } from "../../core/dialogue/flow.ts";
import { withCounted } from "../../core/dialogue/render.ts";
import type { OrgTree } from "../../core/org.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import type { Translate } from "../../i18n/i18n.ts";
import { type Letterhead, type LetterheadEnv, letterheadFor, recipientsOf } from "./letterhead.ts";
import type { OfficialDocument } from "./official-document.ts";

export interface DocumentEnv {
  db: Db;
  tree: OrgTree;
  letterhead: LetterheadEnv;
  /** The flow a filed report was made with, for its questions' labels. */
  flowOf: (flowId: string) => AnyFlow | undefined;
}

/**
 * One official report per unit quarterly report filed in the units (one quarter, or the whole year): each answer
 * with the question's label, as the flow that filed it names it, so fields added to the flow later appear too.
 */
export async function unitReportDocuments(
  env: DocumentEnv,
  request: { unitIds: ReadonlySet<string>; year: number; quarter?: number },
): Promise<OfficialDocument[]> {
  const { db, tree } = env;
  const t = env.letterhead.t;
  const reports = await db.report.findMany({
    where: {
      kind: "unit_quarterly",
      unitId: { in: [...request.unitIds] },
      year: request.year,
      ...(request.quarter ? { quarter: request.quarter } : {}),
    },
    orderBy: [{ quarter: "asc" }, { submittedAt: "asc" }],
  });
  const authors = new Map(
    (
      await db.person.findMany({
        where: { id: { in: [...new Set(reports.map((r) => r.authorId))] } },
        select: { id: true, fullName: true },
      })
    ).map((p) => [p.id, p.fullName]),
  );
  reports.sort(
    (a, b) =>
      (a.quarter ?? 0) - (b.quarter ?? 0) || compareVi(tree.get(a.unitId)?.name ?? "", tree.get(b.unitId)?.name ?? ""),
  );
  const docs: OfficialDocument[] = [];
  for (const report of reports) {
    const unit = tree.get(report.unitId);
    const author = authors.get(report.authorId) ?? "";
    const head: Letterhead = await letterheadFor(db, tree, unit, env.letterhead, {
      personId: report.authorId,
      fullName: author,
    });
    const recipients = recipientsOf(head, t);
    docs.push({
      ...head,
      numberSymbol: t("document-number-report"),
      title: t("document-unit-report-title"),
      subtitle: t("document-unit-report-subtitle", {
        quarter: report.quarter ?? "",
        year: String(report.year),
      }),
      intro: [
        t("document-unit-report-intro", {
          unit: unit?.name ?? "",
          author,
          date: formatVietnameseDate(report.submittedAt),
        }),
      ],
      table: {
        headers: [t("document-col-no"), t("document-col-item"), t("document-col-result")],
        rows: answerRows(report.data, t, env.flowOf).map((row, i) => [String(i + 1), ...row]),
      },
      recipients,
    });
  }
  return docs;
}

/** [label, answer] for every answer of a flow report, in the flow's order; unknown fields last, by their key. */
export function answerRows(data: unknown, t: Translate, flowOf: DocumentEnv["flowOf"]): [string, string][] {
  const stored = (data ?? {}) as { flowId?: unknown; answers?: unknown; params?: unknown; counted?: unknown };
  const counted = (stored.counted && typeof stored.counted === "object" ? stored.counted : {}) as Record<
    string,
    unknown
  >;
  const answers = (stored.answers && typeof stored.answers === "object" ? stored.answers : {}) as Record<
    string,
    AnswerValue
  >;
  const flow = typeof stored.flowId === "string" ? flowOf(stored.flowId) : undefined;
  const params = flow?.params.safeParse(stored.params);
  const steps: readonly Step<unknown>[] = flow && params?.success ? flow.steps(params.data) : [];
  const rows: [string, string][] = [];
  const shown = new Set<string>();
  for (const step of steps) {
    if (!(step.id in answers)) continue;
    shown.add(step.id);
    const label = t(step.labelKey, params?.success ? step.labelArgs?.(params.data) : undefined);
    const value = answers[step.id] ?? null;
    const known = counted[step.id];
    // A figure that differs from what the bot counted when it was filed: both, as in the export.
    rows.push([
      label,
      withCounted(value, formatAnswer(step, value, t), typeof known === "number" ? known : undefined, t),
    ]);
  }
  for (const [key, value] of Object.entries(answers)) {
    if (!shown.has(key)) rows.push([key, formatAnswer(undefined, value, t)]);
  }
  return rows;
}

/** An answer as words on paper: option labels, dates dd/mm/yyyy, yes/no, names; never truncated. */
export function formatAnswer(step: Step<unknown> | undefined, value: AnswerValue, t: Translate): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? t("flow-yes") : t("flow-no");
  const optionLabel = (v: string) => {
    const options = step && (step.kind === "choice" || step.kind === "multi") ? step.options : [];
    const option = options.find((o) => o.value === v);
    return option?.label ?? (option?.labelKey ? t(option.labelKey) : v);
  };
  if (Array.isArray(value)) return value.map(optionLabel).join(", ");
  if (typeof value === "object") return value.name;
  if (typeof value === "number") return String(value);
  if (step?.kind === "choice") return optionLabel(value);
  if (step?.kind === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return formatVietnameseDate(new Date(`${value}T00:00:00Z`));
  }
  return value;
}
