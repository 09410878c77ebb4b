import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exportCommand } from "../../src/modules/documents/export-admin.ts";
import { dvutCommand } from "../../src/modules/pipeline/dvut-admin.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { buildOrg, d, makeDvut, step } from "../support/org-fixture.ts";

let app: TestApp;
let org: Awaited<ReturnType<typeof buildOrg>>;
let dir: string;
let lines: string[];
const out = (line: string) => lines.push(line);

beforeEach(async () => {
  app = await createTestApp({ now: "2026-11-26T02:00:00Z" });
  org = await buildOrg(app);
  dir = await mkdtemp(join(tmpdir(), "dvut-import-"));
  lines = [];
  // Two ĐVUT: An (bình chọn, nghị quyết, certificate) and Cường (bình chọn only).
  const an = await makeDvut(app, org.people.an, "2025-03-10", "2026-04-01");
  await step(app, an.id, "awareness_class", "2024-06-15");
  await makeDvut(app, org.people.cuong, "2026-02-01");
});
afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

/** What the import may change is counted here: steps, audit entries, messages to the ĐVUT. */
const counts = async () => {
  const { prisma } = app.deps;
  return {
    events: await prisma.candidacyEvent.count(),
    audit: await prisma.auditLog.count(),
    deliveries: await prisma.delivery.count(),
  };
};

const exportTo = async (format: "csv" | "xlsx") => {
  const file = join(dir, `dvut.${format}`);
  expect(await exportCommand.run(app, ["dvut", "--year", "2026", "--format", format, "--out", file], out)).toBe(0);
  return file;
};
const importFile = (file: string) => dvutCommand.run(app, ["import", file], out);

describe("dvut import: the ĐVUT list export read back", () => {
  it("CSV: unchanged writes nothing; one edited date is one audited correction; one bad row writes nothing", async () => {
    const { prisma } = app.deps;
    const file = await exportTo("csv");
    const before = await counts();
    const toldAn = await prisma.delivery.count({ where: { personId: org.people.an.id } });

    expect(await importFile(file)).toBe(0);
    expect(lines.at(-1)).toContain("Tệp không có thay đổi");
    expect(await counts()).toEqual(before);

    // Edit An's certificate date (15/06/2024 → 16/06/2024), as a secretary would in a spreadsheet.
    const text = await readFile(file, "utf8");
    const rows = text.split("\r\n");
    const anLine = rows.findIndex((r) => r.includes("M-AN"));
    expect(rows[anLine]).toContain("15/06/2024");
    rows[anLine] = (rows[anLine] as string).replace("15/06/2024", "16/06/2024");
    await writeFile(file, rows.join("\r\n"));
    lines = [];
    expect(await importFile(file)).toBe(0);
    expect(lines.join("\n")).toContain("Đã điều chỉnh 1 bước");
    expect(lines.join("\n")).toContain(
      `Dòng ${anLine + 1}: Nguyễn Văn An — Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng: 15/06/2024 → 16/06/2024`,
    );
    const corrections = await prisma.auditLog.findMany({ where: { action: "journey.correct" } });
    expect(corrections).toHaveLength(1);
    const certificates = await prisma.candidacyEvent.findMany({
      where: { step: "certificate" },
      orderBy: { recordedAt: "asc" },
    });
    expect(certificates).toHaveLength(2);
    expect(certificates[0]?.supersededById).toBe(certificates[1]?.id);
    expect(certificates[1]?.occurredOn).toEqual(d("2024-06-16"));
    expect(certificates[1]?.reason).toBe(`Nhập lại danh sách ĐVUT từ tệp dvut.csv, dòng ${anLine + 1}`);
    // The ĐVUT is told of the correction.
    expect(await prisma.delivery.count({ where: { personId: org.people.an.id } })).toBe(toldAn + 1);

    // The same file again: nothing left to change.
    lines = [];
    expect(await importFile(file)).toBe(0);
    expect(lines.at(-1)).toContain("Tệp không có thay đổi");

    // One good edit and one bad row: nothing is written, the bad line is named, the exit code is not zero.
    const after = await counts();
    const cuongLine = rows.findIndex((r) => r.includes("M-CUONG"));
    rows[anLine] = (rows[anLine] as string).replace("16/06/2024", "17/06/2024");
    rows[cuongLine] = (rows[cuongLine] as string).replace("01/02/2026", "31/02/2026");
    await writeFile(file, rows.join("\r\n"));
    lines = [];
    expect(await importFile(file)).toBe(1);
    expect(lines[0]).toContain("Tệp bị từ chối, không có thay đổi nào được ghi: 1 lỗi");
    expect(lines[1]).toContain(`Dòng ${cuongLine + 1}: cột “Ngày bình chọn”: “31/02/2026” không phải là ngày`);
    expect(await counts()).toEqual(after);
  });

  it("xlsx: an edited date is a correction; a changed name or an added step is named and refused", async () => {
    const { prisma } = app.deps;
    const file = await exportTo("xlsx");
    const before = await counts();
    expect(await importFile(file)).toBe(0);
    expect(await counts()).toEqual(before);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const col = (name: string) => header.indexOf(name);
    let anRow = 0;
    let cuongRow = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(col("Mã đoàn viên")).value === "M-AN") anRow = n;
      if (row.getCell(col("Mã đoàn viên")).value === "M-CUONG") cuongRow = n;
    });
    sheet.getRow(anRow).getCell(col("Ngày bình chọn")).value = d("2025-03-11");
    await workbook.xlsx.writeFile(file);
    lines = [];
    expect(await importFile(file)).toBe(0);
    expect(lines.join("\n")).toContain("Nguyễn Văn An — Bình chọn ĐVUT: 10/03/2025 → 11/03/2025");
    const an = await prisma.candidacy.findFirstOrThrow({ where: { personId: org.people.an.id } });
    expect(an.selectedOn).toEqual(d("2025-03-11"));
    expect(await prisma.auditLog.count({ where: { action: "journey.correct" } })).toBe(1);

    const after = await counts();
    sheet.getRow(cuongRow).getCell(col("Họ và tên")).value = "Lê Văn Cương";
    sheet.getRow(cuongRow).getCell(col("Ngày kết nạp")).value = d("2026-11-01");
    await workbook.xlsx.writeFile(file);
    lines = [];
    expect(await importFile(file)).toBe(1);
    const said = lines.join("\n");
    expect(said).toContain("2 lỗi");
    expect(said).toContain(`Dòng ${cuongRow}: cột “Họ và tên” không sửa được bằng tệp nhập`);
    expect(said).toContain(`Dòng ${cuongRow}: cột “Ngày kết nạp”: bước này chưa được ghi nhận`);
    expect(await counts()).toEqual(after);
  });

  it("a file that is not the export is refused on its header line", async () => {
    const file = join(dir, "other.csv");
    await writeFile(file, "Mã,Tên\r\nM-AN,An\r\n");
    expect(await importFile(file)).toBe(1);
    expect(lines.join("\n")).toContain("Dòng 1: dòng tiêu đề không đúng");
    expect(await importFile(join(dir, "file.txt"))).toBe(2);
  });
});
