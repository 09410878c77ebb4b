/**
 * Spreadsheet formula injection: a cell whose text starts with = + - @, a tab or a carriage return may be run as a
 * formula when a CSV file is opened in Excel or LibreOffice (`=HYPERLINK(…)`, `@SUM(…)`, DDE). Such text is written
 * with a leading apostrophe, which spreadsheets show as plain text; data files keep what people typed.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** A cell value safe to put into a CSV file; numbers, dates and empty cells pass unchanged. */
export function neutraliseCell<T>(cell: T): T | string {
  return typeof cell === "string" && startsLikeFormula(cell) ? `'${cell}` : cell;
}
