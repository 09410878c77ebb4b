import type { Writable } from "node:stream";
import { createDeflateRaw, type DeflateRaw } from "node:zlib";
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";

/** A spreadsheet cell as the exports produce it. */
export type SheetCell = string | number | boolean | Date | null | undefined;

export interface SheetLayout {
  /** The sheet's tab name (Excel: at most 31 characters, none of \ / ? * [ ] :). */
  name: string;
  headers: readonly string[];
  /** Width of each column, in characters. */
  widths: readonly number[];
  /** Columns shown as dates (dd/mm/yyyy) even where a cell is empty. */
  dateColumns: readonly boolean[];
  /** An AutoFilter on the header row. */
  autoFilter: boolean;
}

/** The cell formats in styles.xml, by index: plain, a date (dd/mm/yyyy), the header's bold. */
const STYLE_DATE = 1;
const STYLE_HEADER = 2;
const DATE_FORMAT = "dd/mm/yyyy";
/** Every entry's time in the archive: fixed, so the same rows give the same bytes (DOS time starts in 1980). */
const ENTRY_TIME = new Date(1980, 0, 2);
const MS_PER_DAY = 86_400_000;
/** Excel's day 0 is 30/12/1899: the serial of 1/1/1970 (UTC). */
const EPOCH_SERIAL = 25_569;

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Characters XML 1.0 does not allow (C0 controls other than tab, line feed and carriage return) are dropped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to remove
const XML_SPECIAL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: see XML_SPECIAL
const XML_SPECIAL_ALL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const XML_ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

function xmlText(text: string): string {
  return XML_SPECIAL.test(text) ? text.replace(XML_SPECIAL_ALL, (c) => XML_ENTITY[c] ?? "") : text;
}

/** "A", "B", …, "Z", "AA", …: a column's letters from its index (0-based). */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * A zip entry deflated by Node's own zlib (level 1), streamed: several times faster than a deflate written in
 * JavaScript, which matters for a province's sheet of several megabytes. fflate's `Zip` puts it in the archive (its
 * header, the CRC and sizes in a data descriptor after the data); `ZipPassThrough` counts the CRC and size of what is
 * pushed, this compresses it.
 */
class NativeDeflateEntry extends ZipPassThrough {
  private readonly deflate: DeflateRaw = createDeflateRaw({ level: 1 });
  private taken: Promise<void> = Promise.resolve();

  constructor(filename: string) {
    super(filename);
    this.compression = 8;
    this.mtime = ENTRY_TIME;
    this.deflate.on("data", (chunk: Buffer) => this.ondata(null, chunk as Uint8Array<ArrayBuffer>, false));
    this.deflate.on("end", () => this.ondata(null, new Uint8Array(0), true));
    this.deflate.on("error", (error) => this.ondata(Object.assign(error, { code: 0 }), new Uint8Array(0), true));
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    if (chunk.length > 0) this.taken = new Promise((resolve) => this.deflate.write(chunk, () => resolve()));
    if (final) this.deflate.end();
  }

  /** Pushes data and resolves once zlib has taken it in (what it made of it has been handed on by then). */
  async write(chunk: Uint8Array): Promise<void> {
    this.push(chunk);
    await this.taken;
  }
}

/**
 * A minimal SpreadsheetML (.xlsx) writer for one sheet of rows, streamed: each batch of rows becomes sheet XML at
 * once, is deflated (level 1) and leaves for `out` before the next batch is asked for, so memory holds one batch.
 * Strings are inline (no shared-strings table to keep until the end), so text never runs as a formula; dates are
 * Excel serial numbers shown dd/mm/yyyy; the header row is bold and frozen, with an AutoFilter; column widths as given.
 */
export class XlsxSheetWriter {
  private readonly zip: Zip;
  private readonly sheet: NativeDeflateEntry;
  private readonly letters: string[];
  private nextRow = 1;
  private failure: Error | undefined;
  private finished: Promise<void>;

  constructor(
    private readonly out: Writable,
    private readonly layout: SheetLayout,
  ) {
    this.letters = layout.headers.map((_, i) => columnLetters(i));
    let resolveFinished: () => void = () => {};
    let rejectFinished: (error: Error) => void = () => {};
    this.finished = new Promise<void>((resolve, reject) => {
      resolveFinished = resolve;
      rejectFinished = reject;
    });
    // A failed stream must not leave a caller waiting for "drain" forever.
    this.finished.catch(() => {});
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.failure = error;
        rejectFinished(error);
        return;
      }
      if (chunk.length > 0) out.write(chunk);
      if (final) resolveFinished();
    });
    for (const [name, xml] of this.parts()) {
      const entry = new ZipDeflate(name, { level: 1 });
      entry.mtime = ENTRY_TIME;
      this.zip.add(entry);
      entry.push(Buffer.from(xml, "utf8"), true);
    }
    this.sheet = new NativeDeflateEntry("xl/worksheets/sheet1.xml");
    this.zip.add(this.sheet);
    this.sheet.push(Buffer.from(this.sheetStart(), "utf8"));
    this.writeRowXml(layout.headers.map((h, i) => this.cellXml(h, STYLE_HEADER, i)).join(""));
  }

  /** Writes rows under the header; resolves once `out` can take more (its back-pressure respected). */
  async writeRows(rows: readonly (readonly SheetCell[])[]): Promise<void> {
    if (this.failure) throw this.failure;
    if (rows.length === 0) return;
    let xml = "";
    for (const cells of rows) {
      const r = ++this.nextRow;
      xml += `<row r="${r}">`;
      for (let i = 0; i < cells.length && i < this.letters.length; i++) xml += this.cellXml(cells[i], 0, i, r);
      xml += "</row>";
    }
    await this.sheet.write(Buffer.from(xml, "utf8"));
    await this.drained();
  }

  /** Closes the sheet and the archive; resolves when every byte has been handed to `out` (not ended). */
  async finish(): Promise<void> {
    if (this.failure) throw this.failure;
    const { autoFilter, headers } = this.layout;
    const filter =
      autoFilter && headers.length > 0 ? `<autoFilter ref="A1:${columnLetters(headers.length - 1)}1"/>` : "";
    this.sheet.push(
      Buffer.from(
        `</sheetData>${filter}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
        "utf8",
      ),
      true,
    );
    this.zip.end();
    await this.finished;
    await this.drained();
  }

  private writeRowXml(cellsXml: string): void {
    this.sheet.push(Buffer.from(`<row r="${this.nextRow}">${cellsXml}</row>`, "utf8"));
  }

  private async drained(): Promise<void> {
    if (!this.out.writableNeedDrain) return;
    await new Promise<void>((resolve, reject) => {
      const done = () => {
        this.out.off("error", failed);
        resolve();
      };
      const failed = (error: Error) => {
        this.out.off("drain", done);
        reject(error);
      };
      this.out.once("drain", done);
      this.out.once("error", failed);
    });
  }

  private cellXml(cell: SheetCell, style: number, column: number, row = this.nextRow): string {
    if (cell === null || cell === undefined) return "";
    const ref = `${this.letters[column]}${row}`;
    const s = style ? ` s="${style}"` : "";
    if (typeof cell === "string") {
      if (cell === "") return "";
      const first = cell.charCodeAt(0);
      const last = cell.charCodeAt(cell.length - 1);
      const space = first <= 32 || last <= 32 ? ' xml:space="preserve"' : "";
      return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${xmlText(cell)}</t></is></c>`;
    }
    if (typeof cell === "number") return Number.isFinite(cell) ? `<c r="${ref}"${s}><v>${cell}</v></c>` : "";
    if (typeof cell === "boolean") return `<c r="${ref}"${s} t="b"><v>${cell ? 1 : 0}</v></c>`;
    const time = cell.getTime();
    if (Number.isNaN(time)) return "";
    return `<c r="${ref}" s="${style || STYLE_DATE}"><v>${time / MS_PER_DAY + EPOCH_SERIAL}</v></c>`;
  }

  private sheetStart(): string {
    const { widths, dateColumns } = this.layout;
    const cols = widths
      .map((width, i) => {
        const style = dateColumns[i] ? ` style="${STYLE_DATE}"` : "";
        return `<col min="${i + 1}" max="${i + 1}" width="${width}"${style} customWidth="1"/>`;
      })
      .join("");
    return (
      `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
      `${cols ? `<cols>${cols}</cols>` : ""}<sheetData>`
    );
  }

  /** Everything but the sheet: the package's parts and relations, the workbook, the styles. */
  private parts(): [string, string][] {
    const sheetName = xmlText(this.layout.name);
    return [
      [
        "[Content_Types].xml",
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
          "</Types>",
      ],
      [
        "_rels/.rels",
        `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
          `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ],
      [
        "xl/workbook.xml",
        `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews>` +
          `<sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ],
      [
        "xl/_rels/workbook.xml.rels",
        `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
          `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
      ],
      [
        "xl/styles.xml",
        `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
          `<numFmts count="1"><numFmt numFmtId="164" formatCode="${DATE_FORMAT}"/></numFmts>` +
          '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
          '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
          '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
          '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
          '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
      ],
    ];
  }
}
