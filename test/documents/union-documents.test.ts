import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect } from "vitest";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import { exportCommand } from "../../src/modules/documents/export-admin.ts";
import { createTestApp } from "../support/app.ts";
import { docxParagraphs } from "../support/docx.ts";
import { it } from "../support/fixtures.ts";
import { buildDocumentOrg } from "./document-fixture.ts";

async function docxOf(replies: OutgoingMessage[]) {
  const file = replies.find((r) => r.files?.length)?.files?.[0];
  if (!file) throw new Error(`no file in: ${replies.map((r) => r.text).join(" | ")}`);
  expect(file.name).toMatch(/\.docx$/);
  expect(file.mimeType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  return { name: file.name, paragraphs: await docxParagraphs(file.data) };
}

describe("official documents (.docx) in chat", () => {
  it.override({ appOptions: { now: "2026-11-26T02:00:00Z", env: { DOCUMENT_PLACE: "Cần Thơ" } } });
  it("the unit quarterly report: letterhead, the flow's question labels with the answers, recipients, the unit's secretary", async ({
    app,
    documentOrg: org,
  }) => {
    const { name, paragraphs } = await docxOf(await app.say(org.accountA, "/export baocao 2026-Q4 docx"));
    expect(name).toBe("Báo cáo quý của đơn vị 4-2026 - Đoàn cơ sở Sở Tư pháp.docx");
    const at = (text: string) => paragraphs.indexOf(text);
    // Left: the issuer, ***, the number; right: the union's name, then the place and date.
    expect(at("***")).toBe(at("BCH ĐOÀN CƠ SỞ SỞ TƯ PHÁP") + 1);
    expect(at("ĐOÀN TNCS HỒ CHÍ MINH")).toBe(at("Số: …-BC/ĐTN") + 1);
    expect(paragraphs).toContain("Số: …-BC/ĐTN");
    expect(paragraphs).toContain("Cần Thơ, ngày 26 tháng 11 năm 2026");
    expect(paragraphs).toContain("BÁO CÁO");
    expect(paragraphs).toContain("Kết quả công tác bồi dưỡng, giới thiệu đoàn viên ưu tú cho Đảng quý 4 năm 2026");
    expect(paragraphs).toContain("Ban Chấp hành Đoàn cơ sở Sở Tư pháp báo cáo kết quả thực hiện trong quý như sau:");
    expect(paragraphs.slice(at("STT"), at("STT") + 3)).toEqual(["STT", "Nội dung", "Kết quả"]);
    expect(paragraphs.slice(at("Bình chọn ĐVUT") - 1, at("Bình chọn ĐVUT") + 2)).toEqual(["1", "Bình chọn ĐVUT", "2"]);
    expect(paragraphs.slice(at("Buổi sinh hoạt chính trị"), at("Buổi sinh hoạt chính trị") + 2)).toEqual([
      "Buổi sinh hoạt chính trị",
      "3",
    ]);
    expect(paragraphs.slice(at("Khó khăn"), at("Khó khăn") + 2)).toEqual([
      "Khó khăn",
      "Thiếu kinh phí tổ chức sinh hoạt",
    ]);
    expect(paragraphs).toContain("Nơi nhận:");
    expect(paragraphs).toContain("- Đoàn Khối (b/c);");
    expect(at("TM. BAN CHẤP HÀNH")).toBeLessThan(at("BÍ THƯ"));
    expect(at("BÍ THƯ")).toBeLessThan(at("Lê Minh Tuấn"));
  });

  it("is signed PHÓ BÍ THƯ by a deputy secretary, under the configured superior body", async ({
    app,
    documentOrg: org,
  }) => {
    await app.close();
    app = await createTestApp({
      now: "2027-01-07T02:00:00Z",
      env: { DOCUMENT_PLACE: "Cần Thơ", DOCUMENT_SUPERIOR: "Thành Đoàn Cần Thơ", ORG_NAME: "Đoàn Khối các cơ quan" },
    });
    org = await buildDocumentOrg(app);
    await app.deps.prisma.roleAssignment.updateMany({ where: { role: "secretary" }, data: { deputy: true } });
    const { paragraphs } = await docxOf(await app.say(org.accountA, "/export baocao 2026-Q4 docx"));
    const at = (text: string) => paragraphs.indexOf(text);
    expect(at("BCH ĐOÀN CƠ SỞ SỞ TƯ PHÁP")).toBe(at("THÀNH ĐOÀN CẦN THƠ") + 1);
    // Two digits for the day, and for January and February.
    expect(paragraphs).toContain("Cần Thơ, ngày 07 tháng 01 năm 2027");
    expect(at("TM. BAN CHẤP HÀNH")).toBeLessThan(at("PHÓ BÍ THƯ"));
    expect(at("PHÓ BÍ THƯ")).toBeLessThan(at("Lê Minh Tuấn"));
    expect(paragraphs).not.toContain("BÍ THƯ");
  });

  it("the ĐVUT list for the Party committee has the export's rows, with names in Vietnamese", async ({
    app,
    documentOrg: org,
  }) => {
    const staff = await docxOf(await app.say(org.accounts.staff, "/export dvut docx"));
    expect(staff.paragraphs).toContain("BCH ĐOÀN KHỐI");
    expect(staff.paragraphs).toContain("Số: …-DS/ĐTN");
    expect(staff.paragraphs).toContain("DANH SÁCH ĐOÀN VIÊN ƯU TÚ");
    expect(staff.paragraphs).toContain(
      "Ban Chấp hành Đoàn Khối trân trọng trao cấp ủy danh sách 2 đoàn viên ưu tú để xem xét, bồi dưỡng, kết nạp vào Đảng như sau:",
    );
    const header = staff.paragraphs.indexOf("Họ và tên");
    expect(staff.paragraphs.slice(header - 1, header + 9)).toEqual([
      "STT",
      "Họ và tên",
      "Ngày sinh",
      "Đơn vị",
      "Giai đoạn hiện tại",
      "Ngày bình chọn",
      "Số nghị quyết giới thiệu",
      "Ngày nghị quyết giới thiệu",
      "Đảng viên giúp đỡ",
      "Ghi chú",
    ]);
    const huong = staff.paragraphs.indexOf("Nguyễn Thị Hương");
    expect(staff.paragraphs.slice(huong - 1, huong + 7)).toEqual([
      "1",
      "Nguyễn Thị Hương",
      "08/03/1999",
      "Chi đoàn Văn phòng",
      "Đã trao danh sách cho cấp ủy",
      "10/02/2026",
      "NQ-M-HUONG",
      "01/03/2026",
    ]);
    expect(staff.paragraphs).toContain("Lê Văn Cường");
    expect(staff.paragraphs).toContain("- Cấp ủy cùng cấp (để xem xét);");

    // A secretary's document covers their unit only, is issued by it and signed by its secretary.
    const own = await docxOf(await app.say(org.accounts.secA1, "/export dvut docx"));
    expect(own.paragraphs).toContain("BCH CHI ĐOÀN VĂN PHÒNG");
    expect(own.paragraphs).toContain("Nguyễn Thị Hương");
    expect(own.paragraphs).not.toContain("Lê Văn Cường");
    expect(own.paragraphs).toContain("- Đoàn cơ sở Sở Tư pháp (b/c);");
    expect(own.paragraphs).toContain("Phạm Thu Hằng");
  });

  it("the year's classification: a count per category, then each member's rating", async ({
    app,
    documentOrg: org,
  }) => {
    const { paragraphs } = await docxOf(await app.say(org.accounts.staff, "/export xeploai 2026 docx"));
    expect(paragraphs).toContain("Kết quả đánh giá, xếp loại đoàn viên năm 2026");
    expect(paragraphs).toContain("Ban Chấp hành Đoàn Khối báo cáo kết quả đánh giá, xếp loại 3 đoàn viên như sau:");
    expect(paragraphs).toContain("- Hoàn thành xuất sắc nhiệm vụ: 1 đoàn viên (33,3%)");
    expect(paragraphs).toContain("- Không hoàn thành nhiệm vụ: 1 đoàn viên (33,3%)");
    expect(paragraphs).toContain("- Hoàn thành nhiệm vụ: 0 đoàn viên (0%)");
    const cuong = paragraphs.indexOf("Lê Văn Cường");
    expect(paragraphs.slice(cuong, cuong + 5)).toEqual([
      "Lê Văn Cường",
      "01/05/1998",
      "Chi đoàn Bệnh viện",
      "Không hoàn thành nhiệm vụ",
      "Không sinh hoạt",
    ]);
    const huong = paragraphs.indexOf("Nguyễn Thị Hương");
    expect(paragraphs.slice(huong - 1, huong + 5)).toEqual([
      "1",
      "Nguyễn Thị Hương",
      "08/03/1999",
      "Chi đoàn Văn phòng",
      "Hoàn thành xuất sắc nhiệm vụ",
      "",
    ]);
  });

  it("offers the document next to xlsx and csv, and says which lists have one", async ({ app, documentOrg: org }) => {
    const [formats] = await app.press(org.accounts.staff, "export:dvut");
    expect(formats?.choices).toEqual([
      { value: "export:dvut xlsx", label: "Bảng tính Excel (.xlsx)" },
      { value: "export:dvut csv", label: "CSV" },
      { value: "export:dvut docx", label: "Văn bản (.docx)" },
    ]);
    const { paragraphs } = await docxOf(await app.press(org.accounts.staff, "export:dvut docx"));
    expect(paragraphs).toContain("Nguyễn Thị Hương");
    // The remarks have a document too now: the bản nhận xét of each ĐVUT for the cấp ủy.
    const [remarks] = await app.press(org.accounts.staff, "export:remarks");
    expect(remarks?.choices?.map((c) => c.value)).toEqual([
      "export:remarks xlsx",
      "export:remarks csv",
      "export:remarks docx",
    ]);
    expect((await app.say(org.accounts.staff, "/export nhanxet docx"))[0]?.text).toMatch(/chưa có dữ liệu/);
    // The nghị quyết, a handover's danh sách and the plan are documents only.
    expect((await app.say(org.accounts.staff, "/export nghiquyet xlsx"))[0]?.text).toMatch(
      /^Văn bản \(\.docx\) có cho/,
    );
    expect((await app.say(org.accounts.secA1, "/export dvut B docx"))[0]?.text).toContain("Đồng chí không phụ trách");
  });

  it("/unit offers the filed quarterly report as a document, one tap away", async ({ app, documentOrg: org }) => {
    const replies = await app.say(org.accountA, "/unit");
    const offer = replies.at(-1);
    expect(offer?.text).toBe("Báo cáo quý 4/2026 đã nộp, có thể tải về dưới dạng văn bản:");
    expect(offer?.choices).toEqual([
      { value: "export:unit-reports 2026-Q4 A docx", label: "Đoàn cơ sở Sở Tư pháp (.docx)" },
    ]);
    const { paragraphs } = await docxOf(await app.press(org.accountA, offer?.choices?.[0]?.value as string));
    expect(paragraphs).toContain("Thiếu kinh phí tổ chức sinh hoạt");
    // Unit B filed nothing: its secretary gets no offer.
    expect((await app.say(org.accounts.secB, "/unit")).some((r) => r.choices?.length)).toBe(false);
  });
});

describe("official documents from the admin command line", () => {
  it.override({ appOptions: { now: "2026-11-26T02:00:00Z", env: { DOCUMENT_PLACE: "Cần Thơ" } } });
  it("`export dvut --format docx` writes the same document, read back from the file", async ({
    app,
    documentOrg: _org,
  }) => {
    const dir = await mkdtemp(join(tmpdir(), "docx-"));
    const out = join(dir, "dvut.docx");
    const lines: string[] = [];
    const code = await exportCommand.run(app, ["dvut", "--unit", "A", "--format", "docx", "--out", out], (l) =>
      lines.push(l),
    );
    expect(code).toBe(0);
    expect(lines).toEqual([`Đã ghi ${out} (1 dòng).`]);
    const paragraphs = await docxParagraphs(await readFile(out));
    expect(paragraphs).toContain("ĐOÀN TNCS HỒ CHÍ MINH");
    expect(paragraphs).toContain("BCH ĐOÀN CƠ SỞ SỞ TƯ PHÁP");
    expect(paragraphs).toContain("DANH SÁCH ĐOÀN VIÊN ƯU TÚ");
    expect(paragraphs).toContain("Nguyễn Thị Hương");
    expect(paragraphs).toContain("Lê Minh Tuấn");

    const reports = join(dir, "reports.docx");
    expect(await exportCommand.run(app, ["unit-reports", "--format", "docx", "--out", reports], () => {})).toBe(0);
    expect(await docxParagraphs(await readFile(reports))).toContain("Bình chọn ĐVUT");
    expect(await exportCommand.run(app, ["plan", "--format", "csv"], () => {})).toBe(2);
    expect(await exportCommand.run(app, ["dvut", "--format", "pdf"], () => {})).toBe(2);
  });
});
