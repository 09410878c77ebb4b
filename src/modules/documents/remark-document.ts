import { compareVi } from "../../core/collate.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import { letterheadFor, recipientsOf } from "./letterhead.ts";
import type { OfficialDocument } from "./official-document.ts";
import type { SubjectRequest } from "./resolution-document.ts";
import { answerRows, type DocumentEnv } from "./unit-report-document.ts";

/**
 * Bản nhận xét ĐVUT for the cấp ủy: for each ĐVUT with remarks filed in the period (a quarter, or the year), the
 * remarks gathered, one column per quarter under the flow's headings (phẩm chất chính trị, đạo đức, … đề xuất);
 * one ĐVUT per page, issued by their unit and signed by its secretary.
 */
export async function remarkDocuments(
  env: DocumentEnv,
  request: SubjectRequest & { quarter?: number },
): Promise<OfficialDocument[]> {
  const { db, tree } = env;
  const t = env.letterhead.t;
  const reports = await db.report.findMany({
    where: {
      kind: "dvut_remark",
      unitId: { in: [...request.unitIds] },
      year: request.year,
      ...(request.quarter ? { quarter: request.quarter } : {}),
      ...(request.personId ? { subjectPersonId: request.personId } : { subjectPersonId: { not: null } }),
    },
    orderBy: [{ quarter: "asc" }],
  });
  const people = await db.person.findMany({
    where: { id: { in: [...new Set(reports.map((r) => r.subjectPersonId as string))] } },
  });
  people.sort((a, b) => compareVi(a.fullName, b.fullName));
  const docs: OfficialDocument[] = [];
  for (const person of people) {
    const own = reports.filter((r) => r.subjectPersonId === person.id);
    const latest = own.at(-1);
    if (!latest) continue;
    const unit = tree.get(latest.unitId);
    const author = await db.person.findUnique({ where: { id: latest.authorId }, select: { id: true, fullName: true } });
    const head = await letterheadFor(
      db,
      tree,
      unit,
      env.letterhead,
      author ? { personId: author.id, fullName: author.fullName } : undefined,
    );
    // One row per heading, in the flow's order, one column per quarter.
    const labels: string[] = [];
    const byQuarter = own.map((report) => {
      const answers = new Map(answerRows(report.data, t, env.flowOf));
      for (const label of answers.keys()) if (!labels.includes(label)) labels.push(label);
      return answers;
    });
    const period = request.quarter
      ? t("document-remark-quarter", { quarter: request.quarter, year: String(request.year) })
      : t("document-remark-year", { year: String(request.year) });
    docs.push({
      ...head,
      numberSymbol: t("document-number-remark"),
      title: t("document-remark-title"),
      subtitle: t("document-remark-subtitle", { name: person.fullName, period }),
      intro: [
        t("document-remark-person", {
          name: person.fullName,
          born: person.dateOfBirth ? formatVietnameseDate(person.dateOfBirth) : "……",
          unit: tree.get(person.unitId)?.name ?? "",
        }),
        t("document-remark-intro", { unit: unit?.name ?? "", period }),
      ],
      table: {
        headers: [
          t("document-col-item"),
          ...own.map((r) => t("document-remark-col-quarter", { quarter: r.quarter ?? "", year: String(r.year) })),
        ],
        rows: labels.map((label) => [label, ...byQuarter.map((answers) => answers.get(label) ?? "")]),
      },
      recipients: recipientsOf(head, t),
      landscape: own.length > 2,
    });
  }
  return docs;
}
