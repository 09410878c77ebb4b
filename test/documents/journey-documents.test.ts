import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import { exportCommand } from "../../src/modules/documents/export-admin.ts";
import { reportKeys } from "../../src/modules/reporting/reporting.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { docxParagraphs } from "../support/docx.ts";
import { buildDocumentOrg } from "./document-fixture.ts";

let app: TestApp;
let org: Awaited<ReturnType<typeof buildDocumentOrg>>;

beforeEach(async () => {
  app = await createTestApp({
    now: "2026-11-26T02:00:00Z",
    env: { DOCUMENT_PLACE: "Cần Thơ", DOCUMENT_SUPERIOR: "Thành Đoàn Cần Thơ" },
  });
  org = await buildDocumentOrg(app);
  await app.deps.prisma.orgUnit.update({
    where: { id: org.units.a.id },
    data: { partyCommittee: "Đảng ủy Sở Tư pháp" },
  });
  await app.deps.prisma.orgUnit.update({
    where: { id: org.units.a1.id },
    data: { partyCommittee: "Chi bộ Văn phòng" },
  });
});
afterEach(async () => {
  await app.close();
});

async function fileOf(replies: OutgoingMessage[]) {
  const file = replies.find((r) => r.files?.length)?.files?.[0];
  if (!file) throw new Error(`no file in: ${replies.map((r) => r.text).join(" | ")}`);
  return file;
}
const docxOf = async (replies: OutgoingMessage[]) => docxParagraphs((await fileOf(replies)).data);

/**
 * The letterhead in the order of the union's format: superior body, issuer, ***, number (left), then ĐOÀN TNCS HỒ
 * CHÍ MINH and the place and date (right); the title below; "Nơi nhận:" with its recipients; the signer's block.
 */
function expectLetterhead(
  paragraphs: string[],
  head: { issuer: string; number: string; date: string; title: string; recipients: string[]; sign: string[] },
) {
  const at = paragraphs.indexOf("THÀNH ĐOÀN CẦN THƠ");
  expect(at, paragraphs.slice(0, 12).join(" | ")).toBeGreaterThanOrEqual(0);
  expect(paragraphs.slice(at, at + 7)).toEqual([
    "THÀNH ĐOÀN CẦN THƠ",
    head.issuer,
    "***",
    `Số: ${head.number}`,
    "ĐOÀN TNCS HỒ CHÍ MINH",
    `Cần Thơ, ${head.date}`,
    "",
  ]);
  expect(paragraphs[at + 7]).toBe(head.title);
  const to = paragraphs.indexOf("Nơi nhận:");
  expect(to).toBeGreaterThan(at + 7);
  expect(paragraphs.slice(to + 1, to + 1 + head.recipients.length)).toEqual(head.recipients);
  const sign = paragraphs.indexOf(head.sign[0] as string, to);
  expect(sign).toBeGreaterThan(to);
  expect(paragraphs.slice(sign, sign + 2)).toEqual(head.sign.slice(0, 2));
  expect(paragraphs.indexOf(head.sign[2] as string, sign)).toBeGreaterThan(sign);
}

async function remark(quarter: 3 | 4, answers: Record<string, string>) {
  const { prisma } = app.deps;
  const candidacy = await prisma.candidacy.findFirstOrThrow({ where: { personId: org.huong.id } });
  await prisma.report.create({
    data: {
      kind: "dvut_remark",
      uniqueKey: reportKeys.remark(candidacy.id, { year: 2026, quarter }),
      unitId: org.units.a1.id,
      authorId: org.people.secA1.id,
      subjectPersonId: org.huong.id,
      year: 2026,
      quarter,
      data: {
        flowId: "dvut-remark",
        params: {
          candidacyId: candidacy.id,
          personId: org.huong.id,
          unitId: org.units.a1.id,
          name: org.huong.fullName,
          year: 2026,
          quarter,
          left: 1,
        },
        answers,
      },
    },
  });
}

describe("the documents of the ĐVUT journey", () => {
  it("nghị quyết giới thiệu: the recorded body, number, date and counts, the ĐVUT named, addressed to their cấp ủy", async () => {
    const paragraphs = await docxOf(await app.say(org.accountA, "/export nghiquyet M-HUONG"));
    expectLetterhead(paragraphs, {
      issuer: "BCH ĐOÀN CƠ SỞ SỞ TƯ PHÁP",
      number: "NQ-M-HUONG",
      date: "ngày 01 tháng 3 năm 2026",
      title: "NGHỊ QUYẾT",
      recipients: ["- Chi bộ Văn phòng (để xem xét);", "- Đoàn Khối (b/c);", "- Lưu VP."],
      sign: ["TM. BAN CHẤP HÀNH", "BÍ THƯ", "Lê Minh Tuấn"],
    });
    expect(paragraphs).toContain("Về việc giới thiệu đoàn viên ưu tú vào Đảng");
    expect(paragraphs).toContain(
      "Ngày 01/03/2026, BCH Đoàn cơ sở đã họp xét giới thiệu đoàn viên ưu tú vào Đảng. Tổng số thành viên: 9; có mặt: 9; số tán thành: 9 (đạt 100% tổng số thành viên); số không tán thành: 0.",
    );
    expect(paragraphs).toContain("QUYẾT NGHỊ:");
    expect(paragraphs).toContain(
      "1. Giới thiệu đoàn viên Nguyễn Thị Hương, sinh ngày 08/03/1999, sinh hoạt tại Chi đoàn Văn phòng, để Chi bộ Văn phòng xem xét, kết nạp vào Đảng Cộng sản Việt Nam.",
    );

    // The same from the command line; the year's resolutions without a member; none for a member without one.
    const dir = await mkdtemp(join(tmpdir(), "nq-"));
    const out = join(dir, "nq.docx");
    const lines: string[] = [];
    const run = (...args: string[]) => exportCommand.run(app, args, (l) => lines.push(l));
    expect(await run("resolution", "--member", "M-HUONG", "--out", out)).toBe(0);
    expect(await docxParagraphs(await readFile(out))).toContain("QUYẾT NGHỊ:");
    expect(await run("resolution", "--year", "2026", "--out", out)).toBe(0);
    expect(lines.at(-1)).toBe(`Đã ghi ${out} (1 dòng).`);
    expect(await run("resolution", "--member", "M-CUONG", "--out", out)).toBe(0);
    expect(lines.at(-1)).toMatch(/^Nghị quyết giới thiệu ĐVUT vào Đảng năm 2026: chưa có dữ liệu/);
    expect(await run("resolution", "--member", "NOBODY")).toBe(1);
    // A secretary of another unit may not have it.
    expect((await app.say(org.accounts.secB, "/export nghiquyet M-HUONG"))[0]?.text).toBe(
      "Đồng chí không có quyền xem tài liệu này.",
    );
  });

  it("bản nhận xét: the ĐVUT's quarterly remarks gathered under the flow's headings, one column per quarter", async () => {
    await remark(3, { attitude: "Lập trường tư tưởng vững vàng", results: "Hoàn thành tốt nhiệm vụ được giao" });
    await remark(4, { attitude: "Vững vàng, gương mẫu", results: "Hoàn thành xuất sắc nhiệm vụ" });
    // Under the journey in /dvut, the document is one tap away.
    const journey = await app.press(org.accounts.secA1, `dvut:show:${org.huongCandidacy.id}`);
    const offer = journey.at(-1)?.choices?.find((c) => c.label === "Tải bản nhận xét năm nay (.docx)");
    expect(offer?.value).toBe("export:remarks 2026 M-HUONG docx");
    const paragraphs = await docxOf(await app.press(org.accounts.secA1, offer?.value as string));
    expectLetterhead(paragraphs, {
      issuer: "BCH CHI ĐOÀN VĂN PHÒNG",
      number: "…-NX/ĐTN",
      date: "ngày 26 tháng 11 năm 2026",
      title: "BẢN NHẬN XÉT ĐOÀN VIÊN ƯU TÚ",
      recipients: ["- Chi bộ Văn phòng (để xem xét);", "- Đoàn cơ sở Sở Tư pháp (b/c);", "- Lưu VP."],
      sign: ["TM. BAN CHẤP HÀNH", "BÍ THƯ", "Phạm Thu Hằng"],
    });
    expect(paragraphs).toContain("Đoàn viên Nguyễn Thị Hương, năm 2026");
    const head = paragraphs.indexOf("Nội dung");
    expect(paragraphs.slice(head, head + 9)).toEqual([
      "Nội dung",
      "Quý 3/2026",
      "Quý 4/2026",
      "Phẩm chất chính trị, tư tưởng",
      "Lập trường tư tưởng vững vàng",
      "Vững vàng, gương mẫu",
      "Năng lực, kết quả công tác, học tập",
      "Hoàn thành tốt nhiệm vụ được giao",
      "Hoàn thành xuất sắc nhiệm vụ",
    ]);
    // One quarter only: `/export nhanxet 2026-Q3 docx` gives every ĐVUT's remarks of that quarter.
    const q3 = await docxOf(await app.say(org.accounts.secA1, "/export nhanxet 2026-Q3 docx"));
    expect(q3).toContain("Quý 3/2026");
    expect(q3).not.toContain("Quý 4/2026");
  });

  it("the year's plan: the unit's targets, each unit below in a table; the organisation's signed for its standing committee", async () => {
    const staff = org.accounts.staff;
    for (const line of ["/target A 2026 5 2", "/target A1 2026 3 1", "/target A2 2026 2 1"]) {
      expect((await app.say(staff, line))[0]?.text).toContain("Đã lưu chỉ tiêu");
    }
    const own = await docxOf(await app.say(org.accountA, "/export kehoach 2026"));
    expectLetterhead(own, {
      issuer: "BCH ĐOÀN CƠ SỞ SỞ TƯ PHÁP",
      number: "…-KH/ĐTN",
      date: "ngày 26 tháng 11 năm 2026",
      title: "KẾ HOẠCH",
      recipients: ["- Đảng ủy Sở Tư pháp (để xem xét);", "- Đoàn Khối (b/c);", "- Lưu VP."],
      sign: ["TM. BAN CHẤP HÀNH", "BÍ THƯ", "Lê Minh Tuấn"],
    });
    expect(own).toContain(
      "Năm 2026, Đoàn cơ sở Sở Tư pháp phấn đấu giới thiệu 5 đoàn viên ưu tú cho Đảng xem xét, kết nạp; phấn đấu có 2 đoàn viên ưu tú được kết nạp vào Đảng.",
    );
    const table = own.indexOf("Giới thiệu ĐVUT");
    expect(own.slice(table - 2, table + 14)).toEqual([
      "STT",
      "Đơn vị",
      "Giới thiệu ĐVUT",
      "Kết nạp đảng viên mới",
      "1",
      "Chi đoàn Thanh tra",
      "2",
      "1",
      "2",
      "Chi đoàn Văn phòng",
      "3",
      "1",
      "",
      "Tổng cộng",
      "5",
      "2",
    ]);
    // The organisation's plan: the targets set below it, signed for the standing committee.
    const whole = await docxOf(await app.say(staff, "/export kehoach 2026"));
    expect(whole).toContain("BCH ĐOÀN KHỐI");
    expect(whole).toContain("TM. BAN THƯỜNG VỤ");
    expect(whole).toContain(
      "Năm 2026, Đoàn Khối phấn đấu giới thiệu 5 đoàn viên ưu tú cho Đảng xem xét, kết nạp; phấn đấu có 2 đoàn viên ưu tú được kết nạp vào Đảng.",
    );
    // No target anywhere for 2027: nothing to issue.
    expect((await app.say(staff, "/export kehoach 2027"))[0]?.text).toContain("chưa có dữ liệu");
    const out = join(await mkdtemp(join(tmpdir(), "kh-")), "kh.docx");
    expect(await exportCommand.run(app, ["plan", "--unit", "A", "--year", "2026", "--out", out], () => {})).toBe(0);
    expect(await docxParagraphs(await readFile(out))).toContain("Chi đoàn Thanh tra");
  });

  it("a document about several units puts each on a page of its own; the table's header repeats on every page, its columns sized to their content", async () => {
    const file = await fileOf(await app.say(org.accounts.staff, "/export dvut docx"));
    const paragraphs = await docxParagraphs(file.data);
    const a = paragraphs.indexOf("Đoàn cơ sở Sở Tư pháp");
    const b = paragraphs.indexOf("Đoàn cơ sở Sở Y tế");
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(paragraphs.indexOf("Nguyễn Thị Hương"));
    expect(paragraphs.indexOf("Lê Văn Cường")).toBeGreaterThan(b);
    // Each unit's table has its header.
    expect(paragraphs.filter((p) => p === "Họ và tên")).toHaveLength(2);
    const xml = (await (await JSZip.loadAsync(file.data)).file("word/document.xml")?.async("string")) as string;
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    const grid = /<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g;
    const widths = [...xml.matchAll(grid)]
      .map((m) => [...(m[1] as string).matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])))
      .find((w) => w.length === 10) as number[];
    // STT is narrow, the name wide; all fit the landscape page between its margins.
    expect(widths[0]).toBeLessThan(widths[1] as number);
    expect(widths[0]).toBeLessThan(900);
    expect(widths.reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(16838 - 1701 - 1134);
    expect(new Set(widths).size).toBeGreaterThan(3);
  });
});
