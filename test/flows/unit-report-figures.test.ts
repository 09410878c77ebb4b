import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import { type ChatAccount, createTestApp, type TestApp } from "../support/app.ts";
import { docxParagraphs } from "../support/docx.ts";
import { last, seedOrg, staff, tap } from "./support.ts";

let app: TestApp;
let tccsdId: string;
/** The secretary of the Đoàn cơ sở (6 active members with the chi đoàn below it). */
const unitSecretary: ChatAccount = { platform: "zalo", externalId: "sec-tp" };

beforeEach(async () => {
  app = await createTestApp();
  const org = await seedOrg(app.deps.prisma);
  tccsdId = org.tccsdId;
  const person = await app.deps.prisma.person.create({ data: { fullName: "Đặng Văn Phúc", unitId: tccsdId } });
  await app.deps.prisma.roleAssignment.create({ data: { personId: person.id, role: "secretary", unitId: tccsdId } });
  await app.deps.prisma.platformIdentity.create({ data: { ...unitSecretary, chatId: "sec-tp", personId: person.id } });
});
afterEach(async () => {
  await app.close();
});

const say = (text: string) => app.say(unitSecretary, text);

async function exportFile(command: string): Promise<Buffer> {
  const reply = (await app.say(staff, command)).find((m) => m.files?.length) as OutgoingMessage;
  expect(reply, command).toBeDefined();
  return reply.files?.[0]?.data as Buffer;
}

describe("unit report figures held against what the bot knows", { timeout: 200_000 }, () => {
  it("refuses an impossible figure with the reason and asks again", async () => {
    let r = await app.press(unitSecretary, `flow:start:unit-report:${tccsdId}:2026-Q4`);
    expect(last(r).text).toContain("Câu 1/12");
    r = await say("0");
    expect(last(r).text).toContain("Câu 2/12");
    // 1,000 introduced to the Party in a unit of 6 members.
    r = await say("1000");
    expect(last(r).text).toContain("Con số 1.000 không thể đúng: Đoàn cơ sở Sở Tư pháp chỉ có 6 đoàn viên");
    expect(last(r).text).toContain("Câu 2/12");
    // Neither is it asked to be confirmed, nor kept: the question stands as it was.
    expect(last(r).choices?.map((c) => c.label)).not.toContain("Xác nhận: 1000");
    r = await say("0");
    expect(last(r).text).toContain("Câu 3/12");
    for (const answer of ["0", "0", "0", "1"]) r = await say(answer);
    // Members who received the weekly quiz cannot be more than the unit's members either.
    expect(last(r).text).toContain("Câu 7/12");
    r = await say("7");
    expect(last(r).text).toContain("chỉ có 6 đoàn viên");
    expect(last(r).text).toContain("Câu 7/12");
  });

  it("asks to confirm a figure that differs from the count, and the reviewer, the export and the document see both", async () => {
    let r = await app.press(unitSecretary, `flow:start:unit-report:${tccsdId}:2026-Q4`);
    expect(last(r).text).toContain("Số liệu có sẵn: 0");
    // 3 selected where the pipeline counted none: both figures are named, and the question stays.
    r = await say("3");
    expect(last(r).text).toContain("Hệ thống ghi nhận 0, đồng chí nhập 3. Đồng chí giữ 3?");
    expect(last(r).text).toContain("Câu 1/12");
    r = await tap(app, unitSecretary, r, "Xác nhận: 3");
    expect(last(r).text).toContain("Câu 2/12");
    // Typing the same figure again confirms it too.
    r = await say("2");
    expect(last(r).text).toContain("Hệ thống ghi nhận 0, đồng chí nhập 2");
    r = await say("2");
    expect(last(r).text).toContain("Câu 3/12");
    // A differing figure, then the system's figure kept after all.
    r = await say("1");
    expect(last(r).text).toContain("Hệ thống ghi nhận 0, đồng chí nhập 1");
    r = await tap(app, unitSecretary, r, "Giữ nguyên: 0");
    expect(last(r).text).toContain("Câu 4/12");
    // /back from a figure waiting for confirmation drops it.
    r = await say("4");
    expect(last(r).text).toContain("đồng chí nhập 4");
    r = await say("/back");
    expect(last(r).text).toContain("Câu 3/12");
    expect(last(r).text).not.toContain("đồng chí nhập 4");
    r = await tap(app, unitSecretary, r, "Giữ nguyên: 0");
    for (const answer of ["0", "0", "5", "0", "0", "0", "0", "/skip", "/skip"]) r = await say(answer);
    expect(last(r).text).toContain("Xem lại Báo cáo quý của đơn vị");
    expect(last(r).text).toContain("1. Bình chọn ĐVUT: 3 (hệ thống: 0)");
    expect(last(r).text).toContain("2. Giới thiệu cho Đảng: 2 (hệ thống: 0)");
    expect(last(r).text).toContain("3. Học lớp bồi dưỡng nhận thức về Đảng: 0\n");
    r = await tap(app, unitSecretary, r, "Gửi");
    expect(last(r).text).toContain("Đã gửi Báo cáo quý của đơn vị");

    // The stored report keeps what was typed and what the system counted at the time.
    const report = await app.deps.prisma.report.findFirstOrThrow({ where: { kind: "unit_quarterly" } });
    const data = report.data as { answers: Record<string, unknown>; counted: Record<string, unknown> };
    expect(data.answers).toMatchObject({ selected: 3, introduced: 2, awarenessClass: 0, education: 5 });
    expect(data.counted).toMatchObject({ selected: 0, introduced: 0, awarenessClass: 0, quizReceived: 0 });
    expect(data.counted).not.toHaveProperty("education");

    // The reviewer sees both.
    r = await tap(app, staff, await app.say(staff, "/review"), "Báo cáo quý của đơn vị");
    expect(last(r).text).toContain("• Bình chọn ĐVUT: 3 (hệ thống: 0)");
    expect(last(r).text).toContain("• Giới thiệu cho Đảng: 2 (hệ thống: 0)");
    expect(last(r).text).toContain("• Học lớp bồi dưỡng nhận thức về Đảng: 0\n");

    // So do the spreadsheet and the official document.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportFile("/export unit-reports 2026-Q4")) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const row = sheet.getRow(2).values as unknown[];
    expect(row[header.indexOf("Bình chọn ĐVUT")]).toBe("3 (hệ thống: 0)");
    expect(row[header.indexOf("Giới thiệu cho Đảng")]).toBe("2 (hệ thống: 0)");
    expect(row[header.indexOf("Buổi sinh hoạt chính trị")]).toBe(5);
    const docx = await docxParagraphs(await exportFile("/export unit-reports 2026-Q4 docx"));
    const result = (label: string) => docx[docx.indexOf(label) + 1];
    expect(result("Bình chọn ĐVUT")).toBe("3 (hệ thống: 0)");
    expect(result("Giới thiệu cho Đảng")).toBe("2 (hệ thống: 0)");
    expect(result("Buổi sinh hoạt chính trị")).toBe("5");
  });
});
