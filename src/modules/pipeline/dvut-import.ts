import ExcelJS from "exceljs";
import type { Db } from "../../core/db.ts";
import { OrgTree } from "../../core/org.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import { startsLikeFormula } from "../../core/spreadsheet-safety.ts";
import type { JourneyStep, PrismaClient } from "../../generated/prisma/client.ts";
import { type I18n, k, locales, type MessageArgs, type MessageKey, type Translate } from "../../i18n/i18n.ts";
import { buildExport, type Cell, type ExportTable } from "../documents/index.ts";
import { readCsvInto } from "../roster/index.ts";
import { correctStep } from "./journey.ts";
import type { Actor } from "./pipeline.ts";

/**
 * `dvut import FILE`: the ĐVUT list export read back. The dates of the steps (and the resolution's number) may be
 * edited: each edited value becomes an audited correction of that step, with history. Every other column must read
 * as the export writes it now. All or nothing: one bad line and nothing is written.
 */

export type DvutFileFormat = "xlsx" | "csv";

/** A cell as read from the file: text, a date (xlsx date cells), a number. */
type FileCell = string | Date | number | null;

interface FileRow {
  line: number;
  cells: FileCell[];
}

export interface ImportProblem {
  line: number;
  reason: MessageKey;
  args?: MessageArgs;
}

export interface ImportChange {
  line: number;
  name: string;
  step: JourneyStep;
  from: string;
  to: string;
}

export type ImportOutcome =
  | { ok: true; changes: ImportChange[] }
  | { ok: false; problems: ImportProblem[] }
  | { ok: false; unreadable: string };

/** The columns that may be edited, by their header key: which step they date (or number). */
const dateColumns: Partial<Record<MessageKey, JourneyStep>> = {
  [k("export-col-selected-on")]: "selection",
  [k("export-col-introduced-on")]: "resolution",
  [k("export-col-handed-over-on")]: "handover",
  [k("export-col-certificate-date")]: "certificate",
  [k("export-col-recognized-on")]: "recognition",
  [k("export-col-admitted-on")]: "admission",
  [k("export-col-full-member-on")]: "full_membership",
};
const NUMBER_COLUMN = k("export-col-resolution");
const CODE_COLUMN = k("export-col-member-code");
const NAME_COLUMN = k("export-col-full-name");
/** The row number: a sorted or filtered file renumbers it, which changes nothing. */
const IGNORED_COLUMN = k("export-col-no");

export function formatOfDvutFile(file: string): DvutFileFormat | undefined {
  const lower = file.toLowerCase();
  return lower.endsWith(".xlsx") ? "xlsx" : lower.endsWith(".csv") ? "csv" : undefined;
}

/** The header row and the data rows of the first sheet (or of the CSV), empty rows left out. */
export async function readDvutFile(
  data: Buffer,
  format: DvutFileFormat,
): Promise<{ headers: string[]; rows: FileRow[] }> {
  const workbook = new ExcelJS.Workbook();
  if (format === "xlsx") await workbook.xlsx.load(data as unknown as ArrayBuffer);
  else await readCsvInto(workbook, data);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const width = sheet.getRow(1).cellCount;
  const headers: string[] = [];
  for (let col = 1; col <= width; col++) headers.push(textOf(fileCell(sheet.getRow(1).getCell(col).value, format)));
  const rows: FileRow[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const cells: FileCell[] = [];
    for (let col = 1; col <= Math.max(width, row.cellCount); col++) {
      cells.push(fileCell(row.getCell(col).value, format));
    }
    if (cells.some((c) => textOf(c) !== "")) rows.push({ line, cells });
  });
  return { headers, rows };
}

/** Whatever exceljs made of a cell (rich text, hyperlink, formula result), as text, date or number. */
function fileCell(value: ExcelJS.CellValue, format: DvutFileFormat): FileCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === "number") return value;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "string") {
    const text = value.trim();
    // The CSV export writes a text that looks like a formula with a leading apostrophe: read it back as written.
    return format === "csv" && text.startsWith("'") && startsLikeFormula(text.slice(1)) ? text.slice(1) : text;
  }
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText))
      return value.richText
        .map((r) => r.text)
        .join("")
        .trim();
    if ("text" in value && typeof value.text === "string") return value.text.trim();
    if ("result" in value && value.result !== undefined) return fileCell(value.result as ExcelJS.CellValue, format);
  }
  return null;
}

/** A cell as the CSV export writes it: dates dd/mm/yyyy, numbers as digits, nothing as "". */
function textOf(cell: Cell | FileCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return formatVietnameseDate(cell);
  return String(cell).trim();
}

/** A date cell: an xlsx date, dd/mm/yyyy, yyyy-mm-dd, or an Excel day number; null when empty; "bad" otherwise. */
function dateOf(cell: FileCell): Date | null | "bad" {
  if (cell === null || cell === "") return null;
  if (cell instanceof Date) return new Date(Date.UTC(cell.getUTCFullYear(), cell.getUTCMonth(), cell.getUTCDate()));
  if (typeof cell === "number") {
    if (!Number.isInteger(cell) || cell < 1 || cell > 100_000) return "bad";
    return new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000);
  }
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
  const [y, m, d] = vn ? [vn[3], vn[2], vn[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y || !m || !d) return "bad";
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(m) - 1 ? date : "bad";
}

/** The language whose export headers the file carries, with the export as it reads now in that language. */
async function currentExport(
  db: Db,
  tree: OrgTree,
  i18n: I18n,
  headers: string[],
): Promise<{ t: Translate; table: ExportTable } | undefined> {
  const unitIds = new Set(tree.all().map((u) => u.id));
  for (const lang of locales) {
    const t = i18n.forLocale(lang);
    // Every journey, whatever the year the file was exported for (1900: before any stage date).
    const table = await buildExport(db, tree, { kind: "dvut", unitIds, year: 1900 }, t);
    const same = table.headers.length === headers.length && table.headers.every((h, i) => h === headers[i]);
    if (same) return { t, table };
  }
  return undefined;
}

/** Reads the file against the database: every problem, or the corrections it asks for (then writes them, all or none). */
export async function importDvutFile(
  db: PrismaClient,
  i18n: I18n,
  data: Buffer,
  format: DvutFileFormat,
  source: string,
  now: Date,
): Promise<ImportOutcome> {
  let file: Awaited<ReturnType<typeof readDvutFile>>;
  try {
    file = await readDvutFile(data, format);
  } catch (error) {
    return { ok: false, unreadable: error instanceof Error ? error.message : String(error) };
  }
  const tree = await OrgTree.load(db);
  const current = await currentExport(db, tree, i18n, file.headers);
  if (!current) return { ok: false, problems: [{ line: 1, reason: k("dvut-import-headers") }] };
  const { t, table } = current;
  const column = (key: MessageKey) => table.headers.indexOf(t(key));
  const codeAt = column(CODE_COLUMN);
  const nameAt = column(NAME_COLUMN);
  const problems: ImportProblem[] = [];
  const planned: {
    line: number;
    candidacyId: string;
    name: string;
    step: JourneyStep;
    date?: Date;
    number?: string;
  }[] = [];
  const seen = new Map<string, number>();
  const dateSteps = new Map<number, JourneyStep>();
  for (const [key, step] of Object.entries(dateColumns) as [MessageKey, JourneyStep][])
    dateSteps.set(column(key), step);
  const numberAt = column(NUMBER_COLUMN);
  const ignoredAt = column(IGNORED_COLUMN);
  for (const row of file.rows) {
    const problem = (key: MessageKey, args?: MessageArgs) =>
      problems.push({ line: row.line, reason: key, ...(args ? { args } : {}) });
    const code = textOf(row.cells[codeAt]);
    if (code === "") {
      problem(k("dvut-import-no-code"));
      continue;
    }
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      problem(k("dvut-import-duplicate"), { code, line: earlier });
      continue;
    }
    seen.set(code, row.line);
    const matches = table.rows.flatMap((cells, i) => (textOf(cells[codeAt]) === code ? [i] : []));
    const selectedAt = column("export-col-selected-on");
    const index =
      matches.length === 1
        ? matches[0]
        : matches.find((i) => textOf(table.rows[i]?.[selectedAt]) === textOf(row.cells[selectedAt]));
    if (index === undefined) {
      problem(matches.length > 1 ? k("dvut-import-several") : k("dvut-import-unknown"), { code });
      continue;
    }
    const now_ = table.rows[index] as Cell[];
    const candidacyId = table.keys?.[index] as string;
    const name = textOf(now_[nameAt]);
    for (const [i, header] of table.headers.entries()) {
      if (i === ignoredAt || i === codeAt) continue;
      const was = textOf(now_[i]);
      const step = dateSteps.get(i);
      if (step) {
        const date = dateOf(row.cells[i] ?? null);
        if (date === "bad") {
          problem(k("dvut-import-bad-date"), { column: header, value: textOf(row.cells[i]) });
          continue;
        }
        const is = date ? formatVietnameseDate(date) : "";
        if (is === was) continue;
        if (was === "") problem(k("dvut-import-date-added"), { column: header });
        else if (!date) problem(k("dvut-import-date-removed"), { column: header });
        else if (date > now) problem(k("dvut-import-date-future"), { column: header, value: is });
        else planned.push({ line: row.line, candidacyId, name, step, date });
        continue;
      }
      const is = textOf(row.cells[i]);
      if (is === was) continue;
      if (i === numberAt && was !== "" && is !== "") {
        planned.push({ line: row.line, candidacyId, name, step: "resolution", number: is });
        continue;
      }
      problem(k("dvut-import-read-only"), { column: header, was: was || "—", value: is || "—" });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  if (planned.length === 0) return { ok: true, changes: [] };

  const actor: Actor = { personId: null, unitIds: "all" };
  const changes: ImportChange[] = [];
  try {
    await db.$transaction(
      async (tx) => {
        for (const change of planned) {
          const events = await tx.candidacyEvent.findMany({
            where: {
              candidacyId: change.candidacyId,
              supersededById: null,
              // The start of a journey is a bình chọn or a coming in from outside.
              step: change.step === "selection" ? { in: ["selection", "transfer_in"] } : change.step,
            },
            orderBy: [{ occurredOn: "asc" }, { recordedAt: "asc" }],
          });
          const event = change.step === "selection" ? events[0] : events.at(-1);
          if (!event) throw new ImportStop({ line: change.line, reason: k("dvut-import-date-added"), args: {} });
          const reason = i18n.forLocale(i18n.defaultLocale)(k("dvut-import-reason"), {
            file: source,
            line: change.line,
          });
          const corrected = await correctStep(
            tx,
            actor,
            event.id,
            { date: change.date, sourceNumber: change.number, reason },
            { i18n },
            now,
          );
          if (!corrected.ok)
            throw new ImportStop({ line: change.line, reason: corrected.reason, args: corrected.args ?? {} });
          changes.push({
            line: change.line,
            name: change.name,
            step: event.step,
            from: change.date ? formatVietnameseDate(event.occurredOn) : (event.sourceNumber ?? ""),
            to: change.date ? formatVietnameseDate(change.date) : (change.number ?? ""),
          });
        }
      },
      { timeout: 120_000 },
    );
  } catch (error) {
    if (error instanceof ImportStop) return { ok: false, problems: [error.problem] };
    throw error;
  }
  return { ok: true, changes };
}

class ImportStop extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.reason);
  }
}
