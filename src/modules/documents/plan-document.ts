import { compareVi } from "../../core/collate.ts";
import type { OrgUnit } from "../../generated/prisma/client.ts";
import { targetProgress } from "../pipeline/index.ts";
import { letterheadFor, recipientsOf } from "./letterhead.ts";
import type { OfficialDocument } from "./official-document.ts";
import type { DocumentEnv } from "./unit-report-document.ts";

/**
 * Kế hoạch và chỉ tiêu năm (II.3.1) of one unit: its own targets for its subtree (set on it, or the sum of those set
 * below), and the targets of each unit directly below it in a table; undefined when no target is set at all.
 */
export async function planDocument(
  env: DocumentEnv,
  request: { unit: OrgUnit; year: number },
): Promise<OfficialDocument | undefined> {
  const { db, tree } = env;
  const t = env.letterhead.t;
  const { unit, year } = request;
  const progress = await targetProgress(db, tree, year);
  const own = progress.get(unit.id);
  const children = tree
    .childrenOf(unit.id)
    .filter((c) => c.active)
    .sort((a, b) => compareVi(a.name, b.name));
  const rows = children.map((child) => progress.get(child.id));
  if (!own || (own.dvutTarget === null && own.partyTarget === null)) return undefined;
  const head = await letterheadFor(db, tree, unit, env.letterhead);
  const value = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));
  const sum = (pick: (p: NonNullable<(typeof rows)[number]>) => number | null) =>
    rows.reduce((total, p) => total + (p ? (pick(p) ?? 0) : 0), 0);
  const args = { unit: unit.name, year: String(year) };
  return {
    ...head,
    numberSymbol: t("document-number-plan"),
    title: t("document-plan-title"),
    subtitle: t("document-plan-subtitle", args),
    intro: [
      t("document-plan-basis", args),
      { text: t("document-plan-purpose-heading"), bold: true },
      t("document-plan-purpose", args),
      { text: t("document-plan-targets-heading"), bold: true },
      t("document-plan-targets", { ...args, dvut: own.dvutTarget ?? 0, party: own.partyTarget ?? 0 }),
      ...(children.length > 0 ? [t("document-plan-targets-below", args)] : []),
    ],
    ...(children.length > 0
      ? {
          table: {
            headers: [
              t("document-col-no"),
              t("export-col-unit"),
              t("document-plan-col-dvut"),
              t("document-plan-col-party"),
            ],
            rows: [
              ...children.map((child, i) => [
                String(i + 1),
                child.name,
                value(rows[i]?.dvutTarget),
                value(rows[i]?.partyTarget),
              ]),
              ["", t("document-plan-total"), String(sum((p) => p.dvutTarget)), String(sum((p) => p.partyTarget))],
            ],
          },
        }
      : {}),
    body: [{ text: t("document-plan-implementation-heading"), bold: true }, t("document-plan-implementation", args)],
    recipients: recipientsOf(head, t),
  };
}
