import type { Classification } from "../../generated/prisma/enums.ts";
import { k } from "../../i18n/i18n.ts";
import { classificationLabelKey } from "../pipeline/index.ts";
import { buildExport } from "./exports.ts";
import { issuingUnit, letterheadFor, recipientsOf } from "./letterhead.ts";
import type { OfficialDocument } from "./official-document.ts";
import { groupsByUnit, pickColumns } from "./table-columns.ts";
import type { DocumentEnv } from "./unit-report-document.ts";

const columnKeys = [
  k("export-col-no"),
  k("export-col-full-name"),
  k("export-col-date-of-birth"),
  k("export-col-unit"),
  k("export-col-classification"),
  k("export-col-reason"),
];

const categories: Classification[] = ["excellent", "good", "complete", "incomplete"];

/** The year's member classification of the units: how many in each category, then every member's rating. */
export async function classificationDocument(
  env: DocumentEnv,
  request: { unitIds: ReadonlySet<string>; year: number },
): Promise<OfficialDocument | undefined> {
  const t = env.letterhead.t;
  const table = await buildExport(
    env.db,
    env.tree,
    { kind: "classification", unitIds: request.unitIds, year: request.year },
    t,
  );
  if (table.rows.length === 0) return undefined;
  const unit = issuingUnit(env.tree, request.unitIds);
  const head = await letterheadFor(env.db, env.tree, unit, env.letterhead);
  const picked = pickColumns(table, columnKeys, t);
  const column = table.headers.indexOf(t("export-col-classification"));
  const total = table.rows.length;
  const summary = categories.map((category) => {
    const label = t(classificationLabelKey[category]);
    const count = table.rows.filter((row) => row[column] === label).length;
    return t("document-classification-count", {
      category: label,
      count,
      percent: Math.round((count * 1000) / total) / 10,
    });
  });
  return {
    ...head,
    numberSymbol: t("document-number-report"),
    title: t("document-classification-title"),
    subtitle: t("document-classification-subtitle", { year: String(request.year) }),
    intro: [
      t("document-classification-intro", { unit: unit?.name ?? env.letterhead.config.ORG_NAME, total }),
      ...summary,
    ],
    table: picked,
    groups: groupsByUnit(env.tree, unit?.id, table.rowUnits, picked.rows),
    recipients: recipientsOf(head, t, { toCommittee: false }),
  };
}
