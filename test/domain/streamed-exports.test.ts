import { randomUUID } from "node:crypto";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compareVi } from "../../src/core/collate.ts";
import { OrgTree } from "../../src/core/org.ts";
import { exportCommand } from "../../src/modules/documents/export-admin.ts";
import {
  EXPORT_PAGE_SIZE,
  type ExportFormat,
  type ExportSource,
  openExport,
  writeExportTo,
} from "../../src/modules/documents/exports.ts";
import { createTestApp, type TestApp } from "../support/app.ts";

let app: TestApp;
const ROWS = EXPORT_PAGE_SIZE * 2 + 37;

beforeEach(async () => {
  app = await createTestApp({ now: "2026-11-26T02:00:00Z" });
  const { prisma } = app.deps;
  const root = await prisma.orgUnit.create({ data: { code: "DK", name: "Đoàn Khối" } });
  const units = [
    await prisma.orgUnit.create({ data: { code: "B", name: "Đoàn cơ sở Bệnh viện", parentId: root.id } }),
    await prisma.orgUnit.create({ data: { code: "A", name: "Đoàn cơ sở Ánh Dương", parentId: root.id } }),
  ];
  const given = ["Ân", "Bình", "Đức", "Hà", "Ơn", "Ưng", "An", "Yến"];
  const people = Array.from({ length: ROWS }, (_, i) => ({
    id: randomUUID(),
    fullName: `Nguyễn ${given[i % given.length]} ${String(ROWS - i).padStart(4, "0")}`,
    memberCode: `M${i}`,
    unitId: (units[i % 2] as { id: string }).id,
    dateOfBirth: new Date(Date.UTC(1995, i % 12, 1 + (i % 28))),
  }));
  await prisma.person.createMany({ data: people });
  await prisma.candidacy.createMany({
    data: people.map((p, i) => ({
      personId: p.id,
      unitId: p.unitId,
      stage: "selected" as const,
      stageDate: new Date(Date.UTC(2026, 2, 1 + (i % 28))),
      selectedOn: new Date(Date.UTC(2026, 2, 1 + (i % 28))),
    })),
  });
  await prisma.annualClassification.createMany({
    data: people.map((p) => ({ personId: p.id, unitId: p.unitId, year: 2026, category: "excellent" as const })),
  });
});
afterEach(async () => {
  await app.close();
});

async function sheetRows(data: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  (workbook.worksheets[0] as ExcelJS.Worksheet).eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** Writes an export into a sink that records, each time a page is asked for, how much of the file had left. */
async function writeWatched(source: ExportSource, format: ExportFormat) {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const writtenWhenAsked: number[] = [];
  const watched: ExportSource = {
    ...source,
    async *pages() {
      for await (const page of source.pages()) {
        writtenWhenAsked.push(chunks.reduce((n, c) => n + c.length, 0));
        yield page;
      }
    },
  };
  const finished = new Promise((resolve) => out.once("finish", resolve));
  await writeExportTo(watched, format, out);
  await finished;
  return { data: Buffer.concat(chunks), writtenWhenAsked };
}

describe("large exports stream", () => {
  it("read and write the ĐVUT list a page at a time, in unit then name order, numbered without a gap", async () => {
    const tree = await OrgTree.load(app.deps.prisma);
    const t = app.deps.i18n.forLocale("vi");
    const request = { kind: "dvut" as const, unitIds: new Set(tree.all().map((u) => u.id)), year: 2026 };
    const csv = await writeWatched(await openExport(app.deps.prisma, tree, request, t), "csv");
    // Three pages; the rows of the first went out before the last was read.
    expect(csv.writtenWhenAsked).toHaveLength(3);
    expect(csv.writtenWhenAsked[2]).toBeGreaterThan(EXPORT_PAGE_SIZE * 50);
    const xlsx = await writeWatched(await openExport(app.deps.prisma, tree, request, t), "xlsx");
    expect(xlsx.writtenWhenAsked).toHaveLength(3);
    // The zipped sheet too: bytes of the file had left before the last page was read.
    expect(xlsx.writtenWhenAsked[2]).toBeGreaterThan(0);
    const rows = await sheetRows(xlsx.data);
    expect(rows).toHaveLength(ROWS + 1);
    expect(rows.slice(1).map((r) => r[0])).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
    // Đoàn cơ sở Ánh Dương before Đoàn cơ sở Bệnh viện (Vietnamese order), names in order inside each.
    const keyed = rows.slice(1).map((r) => `${r[5]} › ${r[2]}`);
    expect(keyed).toEqual([...keyed].sort(compareVi));
    expect(rows[1]?.[5]).toBe("Đoàn cơ sở Ánh Dương");
    // Dates are dates, on every page.
    expect(rows.at(-1)?.[3]).toBeInstanceOf(Date);
    // The CSV says the same, line for line.
    const lines = csv.data
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(ROWS + 1);
    expect(lines.at(-1)?.split(",")[2]).toBe(rows.at(-1)?.[2]);
  });

  it("the admin command writes the whole organisation's classifications to its file as it reads them", async () => {
    const dir = await mkdtemp(join(tmpdir(), "doanbot-export-"));
    const file = join(dir, "classification.xlsx");
    const lines: string[] = [];
    expect(
      await exportCommand.run(app, ["classification", "--year", "2026", "--out", file], (l) => lines.push(l)),
    ).toBe(0);
    expect(lines.join("\n")).toContain(`(${ROWS.toLocaleString("vi-VN")} dòng)`);
    const rows = await sheetRows(await readFile(file));
    expect(rows).toHaveLength(ROWS + 1);
    expect(rows.at(-1)?.[0]).toBe(ROWS);
    expect(rows.at(-1)?.[5]).toBe("Hoàn thành xuất sắc nhiệm vụ");
  });
});
