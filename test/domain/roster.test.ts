import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect } from "vitest";
import { importRoster } from "../../src/modules/roster/roster.ts";
import {
  type RosterSheetRows,
  readRosterFile,
  writeRosterCsv,
  writeRosterXlsx,
} from "../../src/modules/roster/roster-file.ts";
import type { TestApp } from "../support/app.ts";
import { it } from "../support/fixtures.ts";

const examples = resolve(import.meta.dirname, "../../examples");

async function importBuffer(app: TestApp, data: Buffer, format: "xlsx" | "csv") {
  return importRoster(app.deps.prisma, await readRosterFile(data, format), { actorId: null, now: app.clock.now() });
}

function smallRoster(): RosterSheetRows {
  return {
    unit: [
      { unitCode: "DK", unitName: "Đoàn Khối", levelName: "Đoàn Khối" },
      { unitCode: "A", unitName: "Đoàn cơ sở A", levelName: "Đoàn cơ sở", parentCode: "DK" },
      { unitCode: "A1", unitName: "Chi đoàn A1", levelName: "Chi đoàn", parentCode: "A" },
      { unitCode: "B", unitName: "Đoàn cơ sở B", parentCode: "DK" },
    ],
    member: [
      { memberCode: "M1", fullName: "Nguyễn Văn An", dateOfBirth: "05/09/1998", gender: "Nam", unitCode: "A1" },
      {
        fullName: "Trần Thị Bình",
        dateOfBirth: "12/01/2000",
        gender: "Nữ",
        phone: "912345678",
        unitCode: "A1",
        targetGroup: "Cán bộ, công chức",
        titles: "Thanh niên tiên tiến; Sinh viên 5 tốt",
        role: "Bí thư",
      },
    ],
  };
}

async function snapshot(app: TestApp) {
  const { prisma } = app.deps;
  return {
    units: await prisma.orgUnit.findMany({ orderBy: { code: "asc" } }),
    people: await prisma.person.findMany({ orderBy: { fullName: "asc" } }),
    roles: await prisma.roleAssignment.count(),
    memberships: await prisma.unitMembership.count(),
    audit: await prisma.auditLog.count(),
  };
}

describe("roster import", () => {
  it("imports the shipped example .xlsx and .csv to the same three-level tree, with secretaries", async ({ app }) => {
    const xlsx = await importBuffer(app, await readFile(resolve(examples, "roster.xlsx")), "xlsx");
    expect(xlsx).toMatchObject({ ok: true, summary: { unitsCreated: 8, membersCreated: 18, rolesGranted: 7 } });
    const afterXlsx = await snapshot(app);
    const csv = await importBuffer(app, await readFile(resolve(examples, "roster.csv")), "csv");
    expect(csv).toMatchObject({ ok: true, summary: { unitsCreated: 0, membersCreated: 0, rowsUnchanged: 26 } });
    expect(await snapshot(app)).toEqual(afterXlsx);
    const ha = afterXlsx.people.find((p) => p.memberCode === "DV0003");
    expect(ha).toMatchObject({ fullName: "Nguyễn Thị Thu Hà", gender: "female", phone: "0987654321" });
    expect(ha?.dateOfBirth?.toISOString()).toBe("1996-04-12T00:00:00.000Z");
    const k1 = afterXlsx.units.find((u) => u.code === "CDKT-K1");
    const cdkt = afterXlsx.units.find((u) => u.code === "CDKT");
    expect(k1?.parentId).toBe(cdkt?.id);
  });

  it("reports every bad row with its line and imports nothing", async ({ app }) => {
    const rows = smallRoster();
    rows.member.push(
      { fullName: "Lê Văn Cường", dateOfBirth: "31/02/1999", unitCode: "A1" },
      { fullName: "Phạm Dũng", dateOfBirth: "01/01/1999", unitCode: "ZZ", phone: "12ab" },
      { memberCode: "M1", fullName: "Võ Thị Em", dateOfBirth: "02/02/1999", unitCode: "B" },
    );
    rows.unit.push({ unitCode: "C", unitName: "Đoàn cơ sở C", parentCode: "NOPE" });
    const before = await snapshot(app);
    const outcome = await importBuffer(app, await writeRosterXlsx(rows), "xlsx");
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => [p.sheet, p.line, p.reason])).toEqual([
      ["Đoàn viên", 4, "roster-bad-date-of-birth"],
      ["Đoàn viên", 5, "roster-bad-phone"],
      ["Đoàn viên", 6, "roster-duplicate-member-code"],
      ["Đơn vị", 6, "roster-unknown-parent"],
    ]);
    expect(outcome.problems[0]?.args).toEqual({ value: "31/02/1999" });
    expect(await snapshot(app)).toEqual(before);
  });

  it("reports a member of an unknown unit and a loop of parent units", async ({ app }) => {
    const rows = smallRoster();
    rows.member.push({ fullName: "Phạm Dũng", dateOfBirth: "01/01/1999", unitCode: "ZZ" });
    expect(await importBuffer(app, await writeRosterCsv(rows), "csv")).toMatchObject({
      ok: false,
      problems: [{ line: 8, reason: "roster-unknown-unit", args: { code: "ZZ" } }],
    });
    expect((await importBuffer(app, await writeRosterCsv(smallRoster()), "csv")).ok).toBe(true);
    const loop = smallRoster();
    loop.unit[0] = { unitCode: "DK", unitName: "Đoàn Khối", parentCode: "A1" };
    expect(await importBuffer(app, await writeRosterXlsx(loop), "xlsx")).toMatchObject({
      ok: false,
      problems: [{ reason: "roster-unit-cycle" }, { reason: "roster-unit-cycle" }, { reason: "roster-unit-cycle" }],
    });
  });

  it("changes nothing when the same file is imported again", async ({ app }) => {
    const file = await writeRosterXlsx(smallRoster());
    expect(await importBuffer(app, file, "xlsx")).toMatchObject({ ok: true, summary: { membersCreated: 2 } });
    const first = await snapshot(app);
    expect(await importBuffer(app, file, "xlsx")).toMatchObject({
      ok: true,
      summary: { unitsCreated: 0, unitsUpdated: 0, membersCreated: 0, membersUpdated: 0, rolesGranted: 0 },
    });
    expect(await snapshot(app)).toEqual(first);
  });

  it("updates in place: by member code, else by name, date of birth and unit; renames and moves units", async ({
    app,
  }) => {
    const { prisma } = app.deps;
    expect((await importBuffer(app, await writeRosterXlsx(smallRoster()), "xlsx")).ok).toBe(true);
    const binh = await prisma.person.findFirstOrThrow({ where: { fullName: "Trần Thị Bình" } });
    const an = await prisma.person.findFirstOrThrow({ where: { memberCode: "M1" } });
    await prisma.annualClassification.create({
      data: { personId: an.id, unitId: an.unitId, year: 2025, category: "excellent" },
    });
    const updated = smallRoster();
    updated.unit[1] = { unitCode: "A", unitName: "Đoàn cơ sở Sở A (mới)", levelName: "Đoàn cơ sở", parentCode: "DK" };
    // Chi đoàn A1 moves from A to B, keeping its members.
    updated.unit[2] = { unitCode: "A1", unitName: "Chi đoàn A1", levelName: "Chi đoàn", parentCode: "B" };
    updated.member[0] = { ...updated.member[0], fullName: "Nguyễn Văn An", phone: "0987000111", unitCode: "B" };
    updated.member[1] = { ...updated.member[1], memberCode: "M2", email: "binh@example.vn" };
    const outcome = await importBuffer(app, await writeRosterXlsx(updated), "xlsx");
    expect(outcome).toMatchObject({
      ok: true,
      summary: { unitsCreated: 0, unitsUpdated: 2, membersCreated: 0, membersUpdated: 2, membersMoved: 1 },
    });
    expect(await prisma.person.count()).toBe(2);
    expect(await prisma.person.findUniqueOrThrow({ where: { id: binh.id } })).toMatchObject({
      memberCode: "M2",
      email: "binh@example.vn",
    });
    const a1 = await prisma.orgUnit.findUniqueOrThrow({ where: { code: "A1" }, include: { parent: true } });
    expect(a1.parent?.code).toBe("B");
    expect((await prisma.orgUnit.findUniqueOrThrow({ where: { code: "A" } })).name).toBe("Đoàn cơ sở Sở A (mới)");
    const movedAn = await prisma.person.findUniqueOrThrow({ where: { id: an.id }, include: { unitHistory: true } });
    expect(movedAn.phone).toBe("0987000111");
    expect(movedAn.unitHistory.filter((h) => h.toDate === null)).toHaveLength(1);
    expect(movedAn.unitHistory).toHaveLength(2);
    expect(await prisma.annualClassification.count({ where: { personId: an.id } })).toBe(1);
    const actions = (await prisma.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions.filter((a) => a === "unit.move" || a === "unit.update").length).toBe(2);
    expect(actions).toContain("person.transfer");
  });

  it("reads what spreadsheet programs produce: semicolon CSV with English headers, date and number cells", async ({
    app,
  }) => {
    const csv = [
      "Type;Unit code;Unit name;Parent code;Member code;Full name;Date of birth;Gender;Phone;Titles",
      "Unit;DK;Đoàn Khối;;;;;;;",
      "Member;DK;;;M9;Vũ Thị Hoa;1/2/1999;nữ;+84 912 345 678;Sinh viên 5 tốt;",
    ].join("\r\n");
    expect(await importBuffer(app, Buffer.from(`\uFEFF${csv}`, "utf8"), "csv")).toMatchObject({ ok: true });
    const hoa = await app.deps.prisma.person.findUniqueOrThrow({ where: { memberCode: "M9" } });
    expect(hoa).toMatchObject({
      fullName: "Vũ Thị Hoa",
      gender: "female",
      phone: "0912345678",
      titles: ["Sinh viên 5 tốt"],
    });
    expect(hoa.dateOfBirth?.toISOString().slice(0, 10)).toBe("1999-02-01");

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Đoàn viên");
    sheet.addRow(["Mã đoàn viên", "Họ và tên", "Ngày sinh", "Số điện thoại", "Mã đơn vị", "Email"]);
    sheet.addRow([
      "M10",
      "Đinh Công Tráng",
      new Date(Date.UTC(2001, 6, 15)),
      987654321,
      "DK",
      { text: "trang@example.vn", hyperlink: "mailto:trang@example.vn" },
    ]);
    const outcome = await importBuffer(app, Buffer.from(await workbook.xlsx.writeBuffer()), "xlsx");
    expect(outcome).toMatchObject({ ok: true, summary: { membersCreated: 1 } });
    const trang = await app.deps.prisma.person.findUniqueOrThrow({ where: { memberCode: "M10" } });
    expect(trang).toMatchObject({ phone: "0987654321", email: "trang@example.vn" });
    expect(trang.dateOfBirth?.toISOString().slice(0, 10)).toBe("2001-07-15");
  });
});
