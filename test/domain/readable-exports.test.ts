import ExcelJS from "exceljs";
import { describe, expect } from "vitest";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import type { MessageKey } from "../../src/i18n/i18n.ts";
import { documentKinds } from "../../src/modules/documents/export-file.ts";
import { type ExportKind, exportKinds } from "../../src/modules/documents/exports.ts";
import { last, secretary, staff, tap, unitSecretary } from "../flows/support.ts";
import type { TestApp } from "../support/app.ts";
import { docxParagraphs } from "../support/docx.ts";
import { it } from "../support/fixtures.ts";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** Internal names and stored codes that staff must never read. */
const INTERNAL = [
  "flowId",
  "params",
  "answers",
  "unitId",
  "candidacyId",
  "keep_fostering",
  "propose_recognition",
  "propose_admission",
  "dvut-remark",
  "unit-report",
  "quizReceived",
  "ackConfirmed",
  "counted",
  "membersTotal",
  // Stage, classification and gender codes.
  "selected",
  "awareness_class",
  "handed_over",
  "recognized",
  "not_admitted",
  "excellent",
  "incomplete",
  "female",
  "journey-",
];

const vi = (app: TestApp, key: MessageKey) => app.deps.i18n.t("vi", key);

async function xlsxRows(data: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  const rows: string[][] = [];
  // Empty cells are holes in ExcelJS's row values: read them as empty text.
  sheet.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => String(v ?? ""))));
  return rows;
}

/** A CSV line's fields (quotes respected). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted && c === '"' && line[i + 1] === '"') {
      current += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) {
      fields.push(current);
      current = "";
    } else current += c;
  }
  fields.push(current);
  return fields;
}

function expectReadable(cells: string[], where: string) {
  for (const cell of cells) {
    expect(cell, where).not.toMatch(UUID);
    for (const word of INTERNAL) expect(cell, `${where}: "${cell}"`).not.toContain(word);
  }
}

async function exportFile(app: TestApp, command: string) {
  const reply = (await app.say(staff, command)).find((m) => m.files?.length) as OutgoingMessage;
  expect(reply, command).toBeDefined();
  return reply.files?.[0]?.data as Buffer;
}

describe("exports staff read", { timeout: 400_000 }, () => {
  it("name each question in question order, show labels, and hide every internal key, code and id", async ({
    app,
    unitOrg: org,
  }) => {
    // A remark proposing recognition, filed in chat.
    let r = await app.press(secretary, "flow:start:dvut-remark:2026-Q4");
    for (const text of ["Lập trường vững vàng", "Hoàn thành tốt nhiệm vụ", "Tích cực", "Giản dị, gương mẫu"]) {
      r = await app.say(secretary, text);
    }
    r = await app.say(secretary, "Nhiệt tình");
    r = await app.say(secretary, "/skip");
    r = await tap(app, secretary, r, vi(app, "flow-remark-proposal-recognition"));
    r = await tap(app, secretary, r, "Gửi");
    expect(r[0]?.text).toContain("Đã gửi");
    // The unit report, with its optional texts left empty.
    r = await app.press(unitSecretary, `flow:start:unit-report:${org.tccsdId}:2026-Q4`);
    for (let i = 0; i < 30 && !last(r).text.includes("Xem lại"); i++) {
      const keep = last(r).choices?.find((c) => c.label.startsWith("Giữ nguyên"));
      if (keep) r = await app.press(unitSecretary, keep.value);
      else if (/khó khăn|đề xuất/i.test(last(r).text)) r = await app.say(unitSecretary, "/skip");
      else r = await app.say(unitSecretary, "2");
    }
    r = await tap(app, unitSecretary, r, "Gửi");
    expect(r[0]?.text).toContain("Đã gửi");

    // Every export kind: the fixture's ĐVUT of 2026 (one now with a gender and a bình chọn's votes) and the
    // classification of 2025.
    await app.deps.prisma.person.update({ where: { id: org.people.hoa }, data: { gender: "female" } });
    await app.deps.prisma.candidacy.update({
      where: { id: org.candidacies.hoa },
      data: { votesFor: 4, votesTotal: 5 },
    });
    const periods: Record<ExportKind, string> = {
      dvut: "2026",
      remarks: "2026-Q4",
      "unit-reports": "2026-Q4",
      classification: "2025",
    };
    for (const kind of exportKinds) {
      const xlsx = await xlsxRows(await exportFile(app, `/export ${kind} ${periods[kind]}`));
      const header = xlsx[0] as string[];
      expect(xlsx.length, `${kind} has rows`).toBeGreaterThan(1);
      expectReadable(header, `${kind} header`);
      for (const row of xlsx.slice(1)) expectReadable(row, `${kind} row`);
      // Vietnamese headers: each one is a locale's text, none an English word or a stored name.
      for (const cell of header) expect(cell, `${kind} header`).not.toMatch(/^[a-z][A-Za-z_.-]*$/);

      const csv = (await exportFile(app, `/export ${kind} ${periods[kind]} csv`)).subarray(3).toString("utf8");
      const lines = csv.split("\r\n").filter((l) => l !== "");
      const csvHeader = csvFields(lines[0] as string);
      expect(csvHeader).toEqual(header);
      for (const line of lines.slice(1)) {
        const fields = csvFields(line);
        expect(fields, `${kind}: every CSV row has as many fields as the header`).toHaveLength(csvHeader.length);
        expectReadable(fields, `${kind} csv row`);
      }
      if (documentKinds.includes(kind)) {
        const paragraphs = await docxParagraphs(await exportFile(app, `/export ${kind} ${periods[kind]} docx`));
        expectReadable(paragraphs, `${kind} docx`);
      }
    }
    const dvut = await xlsxRows(await exportFile(app, "/export dvut 2026"));
    const hoa = dvut.find((row) => row.includes("Nguyễn Thị Hoa")) as string[];
    const dvutHeader = dvut[0] as string[];
    expect(hoa[dvutHeader.indexOf(vi(app, "export-col-gender"))]).toBe("Nữ");
    expect(hoa[dvutHeader.indexOf(vi(app, "export-col-stage"))]).toBe(vi(app, "stage-selected"));
    expect(hoa[dvutHeader.indexOf(vi(app, "export-col-votes"))]).toBe("4/5");
    const rated = await xlsxRows(await exportFile(app, "/export classification 2025"));
    expect(
      rated.slice(1).map((row) => row[(rated[0] as string[]).indexOf(vi(app, "export-col-classification"))]),
    ).toEqual([vi(app, "classification-excellent"), vi(app, "classification-good")]);

    const remarks = await xlsxRows(await exportFile(app, "/export remarks 2026-Q4"));
    const header = remarks[0] as string[];
    // The questions in the order the flow asks them, by their short names.
    const questions = header.slice(header.indexOf("Đúng hạn/Trễ hạn") + 1);
    expect(questions).toEqual(
      ["attitude", "results", "union", "ethics", "strengths", "weaknesses", "proposal", "concerns"].map((id) =>
        vi(app, `flow-remark-${id}-label` as MessageKey),
      ),
    );
    const row = remarks[1] as string[];
    expect(row[header.indexOf(vi(app, "flow-remark-proposal-label"))]).toBe(
      vi(app, "flow-remark-proposal-recognition"),
    );
    expect(row[header.indexOf(vi(app, "flow-remark-strengths-label"))]).toBe("Nhiệt tình");
    expect(row[header.indexOf("Đúng hạn/Trễ hạn")]).toBe("Đúng hạn");
  });
});
