import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { foldText } from "../../core/choices.ts";
import { neutraliseCell } from "../../core/spreadsheet-safety.ts";
import { k, type MessageKey } from "../../i18n/i18n.ts";

/**
 * The roster file format, read with exceljs (never by hand): units and members, each row a record with its line.
 *
 * - `.xlsx`: a sheet "Đơn vị" (units) and a sheet "Đoàn viên" (members); other sheets (e.g. "Hướng dẫn") are skipped.
 * - `.csv` (UTF-8, comma or semicolon): one file with a "Loại" column saying "Đơn vị" or "Đoàn viên" on each row.
 * Headers are Vietnamese (English accepted), matched without case or diacritics.
 */
export type RosterField =
  | "kind"
  | "unitCode"
  | "unitName"
  | "levelName"
  | "parentCode"
  | "memberCode"
  | "fullName"
  | "dateOfBirth"
  | "gender"
  | "phone"
  | "email"
  | "targetGroup"
  | "titles"
  | "position"
  | "role";

export type RosterKind = "unit" | "member";

/** The headers written in examples and templates, in column order. */
export const rosterHeaders: Record<RosterKind, [RosterField, string][]> = {
  unit: [
    ["unitCode", "Mã đơn vị"],
    ["unitName", "Tên đơn vị"],
    ["levelName", "Cấp"],
    ["parentCode", "Mã đơn vị cấp trên"],
  ],
  member: [
    ["memberCode", "Mã đoàn viên"],
    ["fullName", "Họ và tên"],
    ["dateOfBirth", "Ngày sinh"],
    ["gender", "Giới tính"],
    ["phone", "Số điện thoại"],
    ["email", "Email"],
    ["unitCode", "Mã đơn vị"],
    ["targetGroup", "Đối tượng"],
    ["titles", "Danh hiệu"],
    ["position", "Chức vụ"],
    ["role", "Vai trò"],
  ],
};

/** The single-file (CSV) layout: a type column, then the unit columns, then the member columns. */
export const csvHeaders: [RosterField, string][] = [
  ["kind", "Loại"],
  ["unitCode", "Mã đơn vị"],
  ["unitName", "Tên đơn vị"],
  ["levelName", "Cấp"],
  ["parentCode", "Mã đơn vị cấp trên"],
  ...rosterHeaders.member.filter(([field]) => field !== "unitCode"),
];

export const kindLabels: Record<RosterKind, string> = { unit: "Đơn vị", member: "Đoàn viên" };

const headerAliases: Record<RosterField, string[]> = {
  kind: ["loai", "loai dong", "type", "kind"],
  unitCode: ["ma don vi", "ma dv", "unit code", "unit"],
  unitName: ["ten don vi", "ten", "unit name"],
  levelName: ["cap", "cap don vi", "level", "level name"],
  parentCode: ["ma don vi cap tren", "don vi cap tren", "ma cap tren", "parent code", "parent"],
  memberCode: ["ma doan vien", "ma so doan vien", "member code"],
  fullName: ["ho va ten", "ho ten", "full name"],
  dateOfBirth: ["ngay sinh", "ngay thang nam sinh", "date of birth", "birth date", "dob"],
  gender: ["gioi tinh", "gender", "sex"],
  phone: ["so dien thoai", "dien thoai", "sdt", "phone", "phone number"],
  email: ["email", "e-mail", "thu dien tu"],
  targetGroup: ["doi tuong", "nhom doi tuong", "target group", "group"],
  titles: ["danh hieu", "titles", "title"],
  position: ["chuc vu", "position"],
  role: ["vai tro", "role"],
};

const fieldByHeader = new Map<string, RosterField>(
  Object.entries(headerAliases).flatMap(([field, aliases]) => aliases.map((a) => [a, field as RosterField])),
);

export interface RosterRecord {
  kind: RosterKind | "unknown";
  /** Sheet name for .xlsx, "" for .csv. */
  sheet: string;
  /** 1-based line in the sheet, as a spreadsheet program shows it (the header is line 1). */
  line: number;
  values: Partial<Record<RosterField, string | Date>>;
}

export class RosterFileError extends Error {
  constructor(
    readonly reason: MessageKey,
    message: string,
  ) {
    super(message);
  }
}

export type RosterFormat = "xlsx" | "csv";

export function formatOfFile(fileName: string): RosterFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".xlsx")) return "xlsx";
  if (lower.endsWith(".csv")) return "csv";
  return undefined;
}

/** Reads every data row of a roster file. Throws RosterFileError when the file itself cannot be read. */
export async function readRosterFile(data: Buffer, format: RosterFormat): Promise<RosterRecord[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    if (format === "xlsx") await workbook.xlsx.load(data as unknown as ArrayBuffer);
    else await readCsvInto(workbook, data);
  } catch (error) {
    throw new RosterFileError(k("roster-file-unreadable"), error instanceof Error ? error.message : String(error));
  }
  const records: RosterRecord[] = [];
  for (const sheet of workbook.worksheets) records.push(...readSheet(sheet, format === "csv" ? "" : sheet.name));
  return records;
}

/** A CSV as people save it (UTF-8, with or without BOM, commas or semicolons) into a workbook's first sheet. */
export async function readCsvInto(workbook: ExcelJS.Workbook, data: Buffer): Promise<void> {
  let text = data.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const firstLine = text.slice(0, text.indexOf("\n") >>> 0);
  // Excel in a Vietnamese locale saves CSV with semicolons.
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  await workbook.csv.read(Readable.from([Buffer.from(text, "utf8")]), {
    // Keep every value as typed: phone numbers keep their leading zero, dates stay dd/mm/yyyy text.
    map: (value: unknown) => value,
    parserOptions: { delimiter },
  });
}

function readSheet(sheet: ExcelJS.Worksheet, sheetName: string): RosterRecord[] {
  const header = sheet.getRow(1);
  const columns = new Map<number, RosterField>();
  header.eachCell((cell, col) => {
    const field = fieldByHeader.get(foldText(cellText(cell.value)));
    if (field && ![...columns.values()].includes(field)) columns.set(col, field);
  });
  const fields = new Set(columns.values());
  const sheetKind = kindOfSheet(sheetName, fields);
  if (!sheetKind) return [];
  const records: RosterRecord[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const values: RosterRecord["values"] = {};
    for (const [col, field] of columns) {
      const raw = row.getCell(col).value;
      if (raw instanceof Date) values[field] = raw;
      else {
        const text = cellText(raw).trim();
        if (text !== "") values[field] = text;
      }
    }
    if (Object.keys(values).length === 0) return;
    const kind = sheetKind === "by-row" ? kindOfValue(values.kind) : sheetKind;
    records.push({ kind, sheet: sheetName, line, values });
  });
  return records;
}

function kindOfSheet(name: string, fields: Set<RosterField>): RosterKind | "by-row" | undefined {
  if (fields.has("kind")) return "by-row";
  const folded = foldText(name);
  if (/doan vien|member/.test(folded)) return "member";
  if (/don vi|unit/.test(folded)) return "unit";
  if (fields.has("fullName")) return "member";
  if (fields.has("unitName")) return "unit";
  return undefined;
}

function kindOfValue(value: string | Date | undefined): RosterKind | "unknown" {
  const folded = typeof value === "string" ? foldText(value) : "";
  if (["doan vien", "member", "dv"].includes(folded)) return "member";
  if (["don vi", "unit"].includes(folded)) return "unit";
  return "unknown";
}

/** The text of a cell whatever exceljs made of it (rich text, hyperlink, formula, number). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value && value.result !== undefined) return cellText(value.result as ExcelJS.CellValue);
  }
  return "";
}

export type RosterSheetRows = Record<RosterKind, Partial<Record<RosterField, string>>[]>;

/** Writes a roster workbook in the import format: sheets "Đơn vị" and "Đoàn viên" (examples, templates, tests). */
export async function writeRosterXlsx(rows: RosterSheetRows, instructions?: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const kind of ["unit", "member"] as const) {
    const sheet = workbook.addWorksheet(kindLabels[kind]);
    const headers = rosterHeaders[kind];
    sheet.columns = headers.map(([field, header]) => ({ header, key: field, width: Math.max(14, header.length + 4) }));
    sheet.getRow(1).font = { bold: true };
    // Text cells, so Excel keeps leading zeros of phone numbers and does not turn dates into its own format.
    for (let col = 1; col <= headers.length; col++) sheet.getColumn(col).numFmt = "@";
    for (const row of rows[kind]) sheet.addRow(headers.map(([field]) => row[field] ?? null));
  }
  if (instructions) {
    const sheet = workbook.addWorksheet("Hướng dẫn");
    sheet.getColumn(1).width = 120;
    for (const line of instructions) sheet.addRow([line]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes the single-file CSV layout (a "Loại" column), UTF-8 with a BOM so Excel shows Vietnamese. */
export async function writeRosterCsv(rows: RosterSheetRows): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("roster");
  sheet.addRow(csvHeaders.map(([, header]) => header));
  for (const kind of ["unit", "member"] as const) {
    for (const row of rows[kind]) {
      sheet.addRow(
        csvHeaders.map(([field]) => neutraliseCell(field === "kind" ? kindLabels[kind] : (row[field] ?? null))),
      );
    }
  }
  const csv = Buffer.from(await workbook.csv.writeBuffer());
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv]);
}
