import { k } from "../../i18n/i18n.ts";
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
  k("export-col-stage"),
  k("export-col-selected-on"),
  k("export-col-resolution"),
  k("export-col-introduced-on"),
  k("export-col-mentor"),
  k("export-col-note"),
];

/** The list of ĐVUT for the Party committee: the rows of the ĐVUT export, the columns that matter on paper. */
export async function dvutListDocument(
  env: DocumentEnv,
  request: { unitIds: ReadonlySet<string>; year: number },
): Promise<OfficialDocument | undefined> {
  const t = env.letterhead.t;
  const table = await buildExport(env.db, env.tree, { kind: "dvut", unitIds: request.unitIds, year: request.year }, t);
  if (table.rows.length === 0) return undefined;
  const unit = issuingUnit(env.tree, request.unitIds);
  const head = await letterheadFor(env.db, env.tree, unit, env.letterhead);
  const picked = pickColumns(table, columnKeys, t);
  return {
    ...head,
    numberSymbol: t("document-number-list"),
    title: t("document-dvut-title"),
    subtitle: t("document-dvut-subtitle", { year: String(request.year) }),
    intro: [t("document-dvut-intro", { unit: unit?.name ?? env.letterhead.config.ORG_NAME, count: table.rows.length })],
    table: picked,
    groups: groupsByUnit(env.tree, unit?.id, table.rowUnits, picked.rows),
    recipients: recipientsOf(head, t),
    landscape: true,
  };
}
