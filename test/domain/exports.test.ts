import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect } from "vitest";
import { exportCommand } from "../../src/modules/documents/export-admin.ts";
import { reportKeys } from "../../src/modules/reporting/reporting.ts";
import type { TestApp } from "../support/app.ts";
import { it } from "../support/fixtures.ts";
import { type BlockOrg, d, makeDvut, step } from "../support/org-fixture.ts";

async function sheetRows(data: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

async function remark(
  app: TestApp,
  org: BlockOrg,
  candidacyId: string,
  personId: string,
  unitId: string,
  data: object,
) {
  await app.deps.prisma.report.create({
    data: {
      kind: "dvut_remark",
      uniqueKey: reportKeys.remark(candidacyId, { year: 2026, quarter: 4 }),
      unitId,
      authorId: org.people.secA1.id,
      subjectPersonId: personId,
      year: 2026,
      quarter: 4,
      data,
    },
  });
}

describe("exports", () => {
  it.override({ appOptions: { now: "2026-11-26T02:00:00Z" } });
  it("the ĐVUT list, read back from the .xlsx, has Vietnamese headers, each step's date and the mentor", async ({
    app,
    block: org,
  }) => {
    const an = await makeDvut(app, org.people.an, "2026-02-10", "2026-03-01");
    await step(app, an.id, "handed_over", "2026-03-26", { holiday: "26/3" });
    await step(app, an.id, "awareness_class", "2026-04-10", { certificateDate: d("2026-04-08") });
    await step(app, an.id, "recognized", "2026-05-01", { mentorName: "Trần Thị Mai", mentorPosition: "Bí thư chi bộ" });
    await makeDvut(app, org.people.cuong, "2026-06-01");
    const replies = await app.say(org.accounts.staff, "/export dvut");
    const file = replies[0]?.files?.[0];
    expect(file?.name).toBe("dvut-all-2026.xlsx");
    const rows = await sheetRows(file?.data as Buffer);
    expect(rows[0]?.slice(0, 8)).toEqual([
      "STT",
      "Mã đoàn viên",
      "Họ và tên",
      "Ngày sinh",
      "Giới tính",
      "Đơn vị",
      "Giai đoạn hiện tại",
      "Ngày bình chọn",
    ]);
    expect(rows).toHaveLength(3);
    const header = rows[0] as string[];
    const anRow = rows.find((r) => r[2] === "Nguyễn Văn An") as unknown[];
    const col = (name: string) => anRow[header.indexOf(name)];
    expect(col("Giai đoạn hiện tại")).toBe("Được công nhận đối tượng kết nạp Đảng");
    expect(col("Đơn vị")).toBe("Chi đoàn Văn phòng");
    expect(col("Giới tính")).toBe("Nữ");
    expect(col("Ngày bình chọn")).toEqual(d("2026-02-10"));
    expect(col("Số nghị quyết giới thiệu")).toBe("NQ-M-AN");
    expect(col("Ngày nghị quyết giới thiệu")).toEqual(d("2026-03-01"));
    expect(col("Ngày trao danh sách cho cấp ủy")).toEqual(d("2026-03-26"));
    expect(col("Ngày cấp giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng")).toEqual(d("2026-04-08"));
    expect(col("Ngày công nhận đối tượng kết nạp Đảng")).toEqual(d("2026-05-01"));
    expect(col("Đảng viên giúp đỡ")).toBe("Trần Thị Mai, Bí thư chi bộ");
  });

  it("the ĐVUT list's Ghi chú gives an exit's reason, where a transfer went and where a journey came from", async ({
    app,
    block: org,
  }) => {
    const { dvutCommand } = await import("../../src/modules/pipeline/dvut-admin.ts");
    await makeDvut(app, org.people.an, "2026-02-10");
    await makeDvut(app, org.people.cuong, "2026-06-01");
    const run = (...args: string[]) => dvutCommand.run(app, args, () => {});
    const moved = ["--date", "2026-09-01", "--body", "Đoàn Khối Doanh nghiệp", "--reason", "Chuyển công tác"];
    expect(await run("record", "M-AN", "transfer_out", ...moved)).toBe(0);
    expect(await run("record", "M-CUONG", "removed", "--date", "2026-10-01", "--reason", "Vi phạm kỷ luật")).toBe(0);
    const cameIn = ["--date", "2026-05-01", "--body", "Đoàn trường Đại học Cần Thơ", "--yes"];
    expect(await run("record", "M-BINH", "transfer_in", ...cameIn)).toBe(0);
    const rows = await sheetRows((await app.say(org.accounts.staff, "/export dvut"))[0]?.files?.[0]?.data as Buffer);
    const header = rows[0] as string[];
    const note = (name: string) => rows.find((r) => r[2] === name)?.[header.indexOf("Ghi chú")];
    expect(note("Nguyễn Văn An")).toBe("Chuyển sinh hoạt đến Đoàn Khối Doanh nghiệp; Chuyển công tác");
    expect(note("Lê Văn Cường")).toBe("Vi phạm kỷ luật");
    expect(note("Trần Thị Bình")).toBe("Chuyển đến từ Đoàn trường Đại học Cần Thơ");
  });

  it("a secretary's export holds only their units, and another unit is refused", async ({ app, block: org }) => {
    await makeDvut(app, org.people.an, "2026-02-10");
    await makeDvut(app, org.people.cuong, "2026-06-01");
    const replies = await app.say(org.accounts.secA1, "/export dvut");
    const rows = await sheetRows(replies[0]?.files?.[0]?.data as Buffer);
    expect(rows.map((r) => r[2])).toEqual(["Họ và tên", "Nguyễn Văn An"]);
    expect(replies[0]?.text).toBe("Danh sách ĐVUT năm 2026 — 1 dòng. Tệp đính kèm bên dưới.");
    expect((await app.say(org.accounts.secA1, "/export dvut B"))[0]?.text).toContain("Đồng chí không phụ trách");
    expect((await app.say(org.accounts.an, "/export dvut"))[0]?.text).toMatch(/^Việc này chỉ dành cho/);
  });

  it("quarterly remarks flatten whatever data fields the flow stored into columns; CSV has a BOM", async ({
    app,
    block: org,
  }) => {
    const an = await makeDvut(app, org.people.an, "2026-02-10");
    const binh = await makeDvut(app, org.people.binh, "2026-02-10");
    await remark(app, org, an.id, org.people.an.id, org.units.a1.id, {
      politicalAttitude: "Vững vàng",
      proposal: "propose_admission",
      strengths: ["Nhiệt tình", "Gương mẫu"],
    });
    await remark(app, org, binh.id, org.people.binh.id, org.units.a2.id, {
      politicalAttitude: "Tốt",
      extra: { note: "Cần cố gắng" },
    });
    const xlsx = await app.say(org.accounts.staff, "/export nhanxet 2026-Q4");
    const rows = await sheetRows(xlsx[0]?.files?.[0]?.data as Buffer);
    const header = rows[0] as string[];
    expect(header.slice(0, 9)).toEqual([
      "STT",
      "Đơn vị",
      "Quý",
      "Mã đoàn viên",
      "Họ và tên",
      "Người lập",
      "Trạng thái",
      "Ngày nộp",
      "Lần sửa",
    ]);
    expect(header.slice(9, 11)).toEqual(["Hạn nộp", "Đúng hạn/Trễ hạn"]);
    // The database keeps JSON keys in its own order; every field is there, once.
    expect(header.slice(11).sort()).toEqual(["extra.note", "politicalAttitude", "proposal", "strengths"]);
    const anRow = rows.find((r) => r[4] === "Nguyễn Văn An") as unknown[];
    expect(anRow.slice(1, 7)).toEqual([
      "Chi đoàn Văn phòng",
      "4/2026",
      "M-AN",
      "Nguyễn Văn An",
      "Phạm Thu Hằng",
      "Chờ duyệt",
    ]);
    expect(anRow[header.indexOf("strengths")]).toBe("Nhiệt tình; Gương mẫu");
    const binhRow = rows.find((r) => r[4] === "Trần Thị Bình") as unknown[];
    expect(binhRow[header.indexOf("extra.note")]).toBe("Cần cố gắng");

    const csv = (await app.say(org.accounts.staff, "/export remarks 2026-Q4 A csv"))[0]?.files?.[0];
    expect(csv?.name).toBe("remarks-A-2026-Q4.csv");
    const bytes = csv?.data ?? Buffer.alloc(0);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    expect(text.split("\n")[0]).toMatch(
      /^STT,Đơn vị,Quý,Mã đoàn viên,Họ và tên,Người lập,Trạng thái,Ngày nộp,Lần sửa,/,
    );
    expect(text).toContain("Nguyễn Văn An");
    expect(text).toContain("26/11/2026");
  });

  it("the admin command writes the year's classification and unit reports to a file", async ({ app, block: org }) => {
    const { prisma } = app.deps;
    await prisma.annualClassification.create({
      data: { personId: org.people.an.id, unitId: org.units.a1.id, year: 2026, category: "good" },
    });
    await prisma.annualClassification.create({
      data: {
        personId: org.people.an.id,
        unitId: org.units.a1.id,
        year: 2026,
        category: "excellent",
        createdAt: new Date("2026-12-20T00:00:00Z"),
      },
    });
    await prisma.annualClassification.create({
      data: {
        personId: org.people.cuong.id,
        unitId: org.units.b1.id,
        year: 2026,
        category: "incomplete",
        reason: "Không sinh hoạt",
      },
    });
    const dir = await mkdtemp(join(tmpdir(), "export-"));
    const out = join(dir, "xl.xlsx");
    const lines: string[] = [];
    expect(await exportCommand.run(app, ["classification", "--year", "2026", "--out", out], (l) => lines.push(l))).toBe(
      0,
    );
    expect(lines).toEqual([`Đã ghi ${out} (2 dòng).`]);
    const rows = await sheetRows(await readFile(out));
    expect(rows.map((r) => [r[2], r[5], r[6] ?? null])).toEqual([
      ["Họ và tên", "Xếp loại", "Lý do"],
      ["Nguyễn Văn An", "Hoàn thành xuất sắc nhiệm vụ", null],
      ["Lê Văn Cường", "Không hoàn thành nhiệm vụ", "Không sinh hoạt"],
    ]);
    await prisma.report.create({
      data: {
        kind: "unit_quarterly",
        uniqueKey: reportKeys.unitQuarterly(org.units.b.id, { year: 2026, quarter: 3 }),
        unitId: org.units.b.id,
        authorId: org.people.secB.id,
        year: 2026,
        quarter: 3,
        data: { selected: 2, activities: "Tọa đàm 26/3" },
      },
    });
    const csvOut = join(dir, "units.csv");
    expect(
      await exportCommand.run(app, ["unit-reports", "--unit", "B", "--format", "csv", "--out", csvOut], () => {}),
    ).toBe(0);
    const csv = (await readFile(csvOut)).toString("utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("Đoàn cơ sở Sở Y tế,3/2026,Đỗ Minh Quân,Chờ duyệt");
    expect(csv).toContain("Tọa đàm 26/3");
    expect(await exportCommand.run(app, ["nonsense"], () => {})).toBe(2);
  });
});
