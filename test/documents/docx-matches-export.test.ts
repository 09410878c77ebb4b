import ExcelJS from "exceljs";
import { describe, expect } from "vitest";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import { formatVietnameseDate } from "../../src/core/periods.ts";
import { last, secretary, staff, tap, unitSecretary } from "../flows/support.ts";
import type { TestApp } from "../support/app.ts";
import { docxParagraphs } from "../support/docx.ts";
import { it } from "../support/fixtures.ts";

async function exportFile(app: TestApp, command: string): Promise<Buffer> {
  const reply = (await app.say(staff, command)).find((m) => m.files?.length) as OutgoingMessage;
  expect(reply, command).toBeDefined();
  return reply.files?.[0]?.data as Buffer;
}

/** The sheet's rows as text, as a reader sees them: dates dd/mm/yyyy, empty cells empty. */
async function xlsxRows(data: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  const width = sheet.getRow(1).cellCount;
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    for (let i = 1; i <= width; i++) {
      const v = row.getCell(i).value;
      cells.push(v instanceof Date ? formatVietnameseDate(v) : String(v ?? ""));
    }
    rows.push(cells);
  });
  return rows;
}

describe("the .docx and the .xlsx of one report say the same", { timeout: 400_000 }, () => {
  it("a unit report: every question's label and answer, the unit, the quarter and the author", async ({
    app,
    unitOrg: org,
  }) => {
    let r = await app.press(unitSecretary, `flow:start:unit-report:${org.tccsdId}:2026-Q4`);
    // A figure other than the count (kept with both), an education figure, the rest as counted, one text.
    r = await app.say(unitSecretary, "3");
    r = await tap(app, unitSecretary, r, "Xác nhận: 3");
    for (let i = 0; i < 30 && !last(r).text.includes("Xem lại"); i++) {
      const keep = last(r).choices?.find((c) => c.label.startsWith("Giữ nguyên"));
      if (keep) r = await app.press(unitSecretary, keep.value);
      else if (/Khó khăn/i.test(last(r).text)) r = await app.say(unitSecretary, "Thiếu kinh phí, thiếu địa điểm");
      else if (/Đề xuất/i.test(last(r).text)) r = await app.say(unitSecretary, "/skip");
      else r = await app.say(unitSecretary, "4");
    }
    r = await tap(app, unitSecretary, r, "Gửi");
    expect(last(r).text).toContain("Đã gửi");

    const [header, row] = (await xlsxRows(await exportFile(app, "/export unit-reports 2026-Q4"))) as [
      string[],
      string[],
    ];
    const docx = await docxParagraphs(await exportFile(app, "/export unit-reports 2026-Q4 docx"));
    const questions = header.slice(header.indexOf("Đúng hạn/Trễ hạn") + 1);
    expect(questions).toHaveLength(12);
    for (const label of questions) {
      const cell = row[header.indexOf(label)] as string;
      // On paper each question is one table row: its number, its label, its answer.
      const at = docx.indexOf(label);
      expect(at, `“${label}” in the document`).toBeGreaterThan(0);
      expect(docx[at + 1], `“${label}” answered alike`).toBe(cell);
    }
    expect(row[header.indexOf("Bình chọn ĐVUT")]).toBe("3 (hệ thống: 0)");
    expect(row[header.indexOf("Buổi sinh hoạt chính trị")]).toBe("4");
    expect(row[header.indexOf("Khó khăn")]).toBe("Thiếu kinh phí, thiếu địa điểm");
    const text = docx.join("\n");
    // The document is dated the day it is drawn up (its letterhead), so the filing date is the export's alone.
    for (const column of ["Đơn vị", "Người lập"]) {
      const value = row[header.indexOf(column)] as string;
      expect(value, column).not.toBe("");
      expect(text, column).toContain(value);
    }
    expect(row[header.indexOf("Quý")]).toBe("4/2026");
    expect(text.toLowerCase()).toContain("quý 4 năm 2026");
  });

  it("a classification: every member's rating and reason, and the count of each rating", async ({
    app,
    unitOrg: _org,
  }) => {
    let r = await tap(app, secretary, await app.say(secretary, "/menu"), "Xếp loại đoàn viên năm 2026");
    r = await tap(app, secretary, r, "Hoàn thành xuất sắc nhiệm vụ");
    r = await app.say(secretary, "khong hoan thanh nhiem vu");
    r = await app.say(secretary, "Nghỉ sinh hoạt nhiều lần không lý do");
    r = await tap(app, secretary, r, "Tất cả người còn lại");
    r = await tap(app, secretary, r, "Hoàn thành tốt nhiệm vụ");
    r = await tap(app, secretary, r, "Gửi");
    expect(last(r).text).toContain("Đã gửi Xếp loại đoàn viên");

    const [header, ...rows] = await xlsxRows(await exportFile(app, "/export classification 2026"));
    const docx = await docxParagraphs(await exportFile(app, "/export classification 2026 docx"));
    expect(rows).toHaveLength(5);
    const column = (name: string) => (header as string[]).indexOf(name);
    for (const row of rows) {
      // On paper the member's row: name, date of birth, unit, rating, reason, in the export's order.
      const at = docx.indexOf(row[column("Họ và tên")] as string);
      expect(at, `${row[column("Họ và tên")]} in the document`).toBeGreaterThan(0);
      expect(docx.slice(at, at + 5)).toEqual(
        ["Họ và tên", "Ngày sinh", "Đơn vị", "Xếp loại", "Lý do"].map((c) => row[column(c)]),
      );
    }
    const reasons = rows.map((row) => row[column("Lý do")]).filter(Boolean);
    expect(reasons).toEqual(["Nghỉ sinh hoạt nhiều lần không lý do"]);
    // The document's summary counts what the export lists.
    for (const rating of ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Không hoàn thành nhiệm vụ"]) {
      const count = rows.filter((row) => row[column("Xếp loại")] === rating).length;
      expect(
        docx.some((p) => p.startsWith(`- ${rating}: ${count} đoàn viên`)),
        rating,
      ).toBe(true);
    }
  });
});
