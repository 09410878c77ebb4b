import type { OrgTree } from "../../core/org.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import type { MessageKey, Translate } from "../../i18n/i18n.ts";
import type { Cell, ExportTable } from "./exports.ts";

/**
 * The columns of an export that fit on paper, found by their header (the export's own locale key, translated with
 * the same `t`), so the document shows exactly the export's rows and keeps working when columns are added to it.
 */
export function pickColumns(table: ExportTable, headerKeys: MessageKey[], t: Translate) {
  const indexes = headerKeys.map((key) => table.headers.indexOf(t(key))).filter((i) => i >= 0);
  return {
    headers: indexes.map((i) => table.headers[i] as string),
    rows: table.rows.map((row) => indexes.map((i) => cellText(row[i] ?? null))),
  };
}

export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return formatVietnameseDate(cell);
  return String(cell);
}

/**
 * Rows split by the unit directly below the issuer that each row's unit belongs to (the Đoàn cơ sở of a Đoàn Khối's
 * list), in the rows' order, for one unit per page; undefined when they all fall in one unit.
 */
export function groupsByUnit(
  tree: OrgTree,
  issuer: string | undefined,
  rowUnits: readonly string[] | undefined,
  rows: string[][],
): { heading: string; rows: string[][] }[] | undefined {
  if (!rowUnits) return undefined;
  const groupOf = (unitId: string) => {
    const chain = [unitId, ...tree.ancestors(unitId).map((u) => u.id)];
    const at = issuer ? chain.indexOf(issuer) : chain.length;
    return at > 0 ? (chain[at - 1] as string) : unitId;
  };
  const groups = new Map<string, string[][]>();
  rows.forEach((row, i) => {
    const key = groupOf(rowUnits[i] ?? "");
    groups.set(key, [...(groups.get(key) ?? []), row]);
  });
  if (groups.size < 2) return undefined;
  return [...groups].map(([unitId, unitRows]) => ({ heading: tree.get(unitId)?.name ?? "", rows: unitRows }));
}
