import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
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
  intro?: string[];
  table?: { headers: string[]; rows: string[][] };
  /** Paragraphs after the table. */
  body?: string[];
  recipients: string[];
  /** "TM. BAN CHẤP HÀNH", then the signer's real title (BÍ THƯ or PHÓ BÍ THƯ) and name. */
  signature: { onBehalfOf: string; role: string; name: string };
  /** A wide table (many columns) is easier to read on a landscape page. */
  landscape?: boolean;
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
              line(t("document-place-date", { place: doc.place, ...documentDateParts(doc.date) }), { italics: true }),
            ],
          }),
        ],
      }),
    ],
  });
  const children: (Paragraph | Table)[] = [header, line(""), line(doc.title.toUpperCase(), { bold: true, size: 28 })];
  if (doc.subtitle) children.push(line(doc.subtitle, { italics: true }));
  children.push(line(""));
  for (const p of doc.intro ?? []) children.push(line(p, { align: "left" }));
  if (doc.table) {
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            tableHeader: true,
            children: doc.table.headers.map((h) => new TableCell({ children: [line(h, { bold: true, size: 24 })] })),
          }),
          ...doc.table.rows.map(
            (row) =>
              new TableRow({
                children: row.map((cell) => new TableCell({ children: [line(cell, { size: 24, align: "left" })] })),
              }),
          ),
        ],
      }),
    );
  }
  for (const p of doc.body ?? []) children.push(line(p, { align: "left" }));
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
                ...doc.recipients.map((r) => line(`- ${r};`, { size: 22, align: "left" })),
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
