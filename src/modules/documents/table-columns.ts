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
