import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from "docx";
import type { Translate } from "../../i18n/i18n.ts";

/** What a union document (báo cáo, danh sách) holds, in the layout Vietnamese union offices use. */
export interface OfficialDocument {
  /** The body above the issuer, first line at the top left, e.g. "Thành Đoàn Cần Thơ" (DOCUMENT_SUPERIOR). */
  superior?: string;
  /** The issuing organisation, e.g. "BCH ĐOÀN KHỐI CÁC CƠ QUAN THÀNH PHỐ". */
  issuer: string;
  /** Number and symbol, e.g. "12-BC/ĐTN"; blank leaves "Số:    " to fill by hand. */
  numberSymbol?: string;
  place: string;
  date: Date;
  title: string;
  subtitle?: string;
  /** Paragraphs before the table. */
  intro?: Para[];
  table?: DocumentTable;
  /**
   * The same table split by unit, each unit on a page of its own under its name (a document about several units);
   * used instead of `table`'s rows when given.
   */
  groups?: { heading: string; rows: string[][] }[];
  /** Paragraphs after the table. */
  body?: Para[];
  recipients: string[];
  /** "TM. BAN CHẤP HÀNH", then the signer's real title (BÍ THƯ or PHÓ BÍ THƯ) and name. */
  signature: { onBehalfOf: string; role: string; name: string };
  /** A wide table (many columns) is easier to read on a landscape page. */
  landscape?: boolean;
}

/** A paragraph of the body: plain text, justified; or a heading (bold, or centred). */
export type Para = string | { text: string; bold?: boolean; italics?: boolean; center?: boolean };

function paragraph(p: Para): Paragraph {
  const { text: value, bold, italics, center } = typeof p === "string" ? { text: p } : p;
  return new Paragraph({
    alignment: center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { before: bold ? 120 : 0, after: 80 },
    indent: center || bold ? undefined : { firstLine: 567 },
    children: [text(value, { bold, italics })],
  });
}

export interface DocumentTable {
  headers: string[];
  rows: string[][];
}

const noBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
};

const FONT = "Times New Roman";
const text = (value: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text: value, font: FONT, size: options.size ?? 26, bold: options.bold, italics: options.italics });
const line = (
  value: string,
  options: { bold?: boolean; italics?: boolean; size?: number; align?: "left" | "center" } = {},
) =>
  new Paragraph({
    alignment: options.align === "left" ? AlignmentType.LEFT : AlignmentType.CENTER,
    children: [text(value, options)],
  });

/** Renders the document as .docx bytes. `t` gives the fixed phrases (headings, "Nơi nhận") in the document's language. */
/** Usable width of the page between the margins, in twentieths of a point (A4, margins 3 cm left, 2 cm right). */
const PAGE_WIDTH = { portrait: 11906 - 1701 - 1134, landscape: 16838 - 1701 - 1134 };
/**
 * About one character of 12 pt Times New Roman (a bold header's, capitals and Vietnamese marks are wider), and a
 * cell's left and right margins, in twentieths of a point.
 */
const CHAR = 115;
const WIDE_CHAR = 150;
const CELL_PADDING = 260;
/** Past this many characters a cell wraps rather than widen its column. */
const WRAP_AT = 40;

/**
 * Column widths sized to their content: each column at least as wide as its longest word (a date or a name part never
 * breaks), the room left shared in proportion to how much longer each column's text runs, up to WRAP_AT characters.
 */
export function columnWidths(table: DocumentTable, available: number): number[] {
  const columns = table.headers.map((header, i) => {
    const cells = [header, ...table.rows.map((row) => row[i] ?? "")];
    const words = (c: string) => c.split(/\s+/);
    const wordWidth = (w: string) => [...w].reduce((n, ch) => n + (/[A-ZĐ0-9-]/.test(ch) ? WIDE_CHAR : CHAR), 0);
    const headerWord = Math.max(0, ...words(header).map((w) => w.length * WIDE_CHAR));
    const longestWord = Math.max(headerWord, ...cells.slice(1).flatMap((c) => words(c).map(wordWidth)));
    const longest = Math.max(1, ...table.rows.map((row) => (row[i] ?? "").length), Math.ceil(header.length / 2));
    return { min: longestWord + CELL_PADDING, natural: Math.min(longest, WRAP_AT) * CHAR + CELL_PADDING };
  });
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const mins = columns.map((c) => c.min);
  const naturals = columns.map((c) => Math.max(c.natural, c.min));
  let widths: number[];
  if (sum(naturals) <= available) {
    widths = naturals.map((w) => (w * available) / sum(naturals));
  } else if (sum(mins) >= available) {
    widths = mins.map((w) => (w * available) / sum(mins));
  } else {
    // The room above the minimums shared fairly, the columns needing least served first: short texts (a name, a
    // date) stay on one line and long ones wrap.
    widths = [...mins];
    let room = available - sum(mins);
    const order = naturals.map((w, i) => ({ i, need: w - (mins[i] as number) })).sort((a, b) => a.need - b.need);
    order.forEach(({ i, need }, k) => {
      const give = Math.min(need, room / (order.length - k));
      widths[i] = (widths[i] as number) + give;
      room -= give;
    });
  }
  return widths.map((w) => Math.floor(w));
}

export function renderOfficialDocument(doc: OfficialDocument, t: Translate): Promise<Buffer> {
  return renderOfficialDocuments([doc], t);
}

/** Several documents in one .docx (e.g. the quarterly reports of several units), each starting on a new page. */
export async function renderOfficialDocuments(docs: OfficialDocument[], t: Translate): Promise<Buffer> {
  const document = new Document({
    creator: "Đoàn Bot",
    title: docs[0]?.title ?? "",
    sections: docs.map((doc) => ({
      properties: {
        page: {
          margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 },
          ...(doc.landscape ? { size: { orientation: PageOrientation.LANDSCAPE } } : {}),
        },
      },
      children: documentBody(doc, t),
    })),
  });
  return Packer.toBuffer(document);
}

/**
 * The date as union documents write it: two digits for the day, and for January and February, whose one digit could
 * be taken for the start of 10–12 ("ngày 07 tháng 3 năm 2022", "ngày 15 tháng 01 năm 2027").
 */
export function documentDateParts(date: Date): { day: string; month: string; year: string } {
  const month = date.getUTCMonth() + 1;
  return {
    day: String(date.getUTCDate()).padStart(2, "0"),
    month: month <= 2 ? String(month).padStart(2, "0") : String(month),
    year: String(date.getUTCFullYear()),
  };
}

const NUMERIC = /^[\d.,/%]*$/;

/** A bordered table whose header row repeats at the top of every page it runs onto. */
function dataTable(headers: string[], rows: string[][], widths: number[]): Table {
  const cell = (value: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      // Figures and dates centred, words from the left.
      children: [
        line(value, header ? { bold: true, size: 24 } : { size: 24, align: NUMERIC.test(value) ? "center" : "left" }),
      ],
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((value, i) => cell(value, i, false)) })),
    ],
  });
}

function documentBody(doc: OfficialDocument, t: Translate): (Paragraph | Table)[] {
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 45, type: WidthType.PERCENTAGE },
            children: [
              ...(doc.superior ? [line(doc.superior.toUpperCase(), { size: 24 })] : []),
              line(doc.issuer.toUpperCase(), { bold: true, size: 24 }),
              line("***"),
              line(t("document-number", { number: doc.numberSymbol || "      " }), { size: 24 }),
            ],
          }),
          new TableCell({
            width: { size: 55, type: WidthType.PERCENTAGE },
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    text: t("document-union-name"),
                    font: FONT,
                    size: 26,
                    bold: true,
                    underline: { type: UnderlineType.SINGLE },
                  }),
                ],
              }),
              // The place and date on the line of the number, as union documents set them.
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { before: (doc.superior ? 2 : 1) * 276 },
                children: [
                  text(t("document-place-date", { place: doc.place, ...documentDateParts(doc.date) }), {
                    italics: true,
                  }),
                ],
              }),
            ],
          }),
        ],
      }),
    ],
  });
  const children: (Paragraph | Table)[] = [header, line(""), line(doc.title.toUpperCase(), { bold: true, size: 28 })];
  if (doc.subtitle) children.push(line(doc.subtitle, { italics: true }));
  children.push(line(""));
  for (const p of doc.intro ?? []) children.push(paragraph(p));
  if (doc.table) {
    const available = doc.landscape ? PAGE_WIDTH.landscape : PAGE_WIDTH.portrait;
    const headers = doc.table.headers;
    // One width for every unit's table, so the pages of one document look alike.
    const widths = columnWidths({ headers, rows: doc.groups?.flatMap((g) => g.rows) ?? doc.table.rows }, available);
    const groups = doc.groups ?? [{ heading: "", rows: doc.table.rows }];
    groups.forEach((group, i) => {
      if (group.heading) {
        children.push(
          new Paragraph({
            pageBreakBefore: i > 0,
            spacing: { before: 120, after: 120 },
            children: [text(group.heading, { bold: true })],
          }),
        );
      }
      children.push(dataTable(headers, group.rows, widths));
    });
  }
  for (const p of doc.body ?? []) children.push(paragraph(p));
  children.push(line(""));
  children.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: noBorders,
      rows: [
        new TableRow({
          children: [
            new TableCell({
              width: { size: 50, type: WidthType.PERCENTAGE },
              children: [
                line(t("document-recipients"), { bold: true, italics: true, size: 24, align: "left" }),
                // "- Chi bộ …;" for each, the last (Lưu) closing with a full stop.
                ...doc.recipients.map((r, i) =>
                  line(`- ${r.replace(/[.;]+$/, "")}${i === doc.recipients.length - 1 ? "." : ";"}`, {
                    size: 22,
                    align: "left",
                  }),
                ),
              ],
            }),
            new TableCell({
              width: { size: 50, type: WidthType.PERCENTAGE },
              children: [
                line(doc.signature.onBehalfOf.toUpperCase(), { bold: true }),
                line(doc.signature.role.toUpperCase(), { bold: true }),
                line(""),
                line(""),
                line(""),
                line(doc.signature.name, { bold: true }),
              ],
            }),
          ],
        }),
      ],
    }),
  );
  return children;
}
