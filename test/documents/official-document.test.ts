import { describe, expect, it } from "vitest";
import { I18n } from "../../src/i18n/i18n.ts";
import { columnWidths, renderOfficialDocument } from "../../src/modules/documents/official-document.ts";
import { signDocumentLink, verifyDocumentLink } from "../../src/modules/documents/signed-link.ts";
import { docxParagraphs } from "../support/docx.ts";

describe("official documents", () => {
  it("lay out a union document: superior body, issuer and number top left, union name, place and date top right, table, recipients, signer", async () => {
    const t = new I18n("vi").forLocale("vi");
    const bytes = await renderOfficialDocument(
      {
        superior: "Thành Đoàn Cần Thơ",
        issuer: "BCH Đoàn Khối các cơ quan",
        numberSymbol: "12-DS/ĐTN",
        place: "Cần Thơ",
        date: new Date("2026-09-02T00:00:00Z"),
        title: "Danh sách đoàn viên ưu tú giới thiệu cho Đảng",
        table: {
          headers: ["STT", "Họ và tên", "Đơn vị", "Giai đoạn"],
          rows: [["1", "Nguyễn Thị Thu Hà", "Đoàn cơ sở Sở Tư pháp", "Được giới thiệu cho Đảng"]],
        },
        recipients: ["Đảng ủy Khối", "Lưu VP"],
        signature: { onBehalfOf: "T/M Ban Thường vụ", role: "Bí thư", name: "Trần Minh Khoa" },
      },
      t,
    );
    const paragraphs = await docxParagraphs(bytes);
    const at = (text: string) => paragraphs.indexOf(text);
    expect(at("BCH ĐOÀN KHỐI CÁC CƠ QUAN")).toBeGreaterThanOrEqual(0);
    expect(at("BCH ĐOÀN KHỐI CÁC CƠ QUAN")).toBe(at("THÀNH ĐOÀN CẦN THƠ") + 1);
    expect(at("Số: 12-DS/ĐTN")).toBe(at("BCH ĐOÀN KHỐI CÁC CƠ QUAN") + 2);
    expect(at("ĐOÀN TNCS HỒ CHÍ MINH")).toBe(at("Số: 12-DS/ĐTN") + 1);
    // Two digits for the day; the month in two digits only for January and February.
    expect(paragraphs).toContain("Cần Thơ, ngày 02 tháng 9 năm 2026");
    expect(paragraphs).toContain("DANH SÁCH ĐOÀN VIÊN ƯU TÚ GIỚI THIỆU CHO ĐẢNG");
    expect(at("Họ và tên")).toBeLessThan(at("Nguyễn Thị Thu Hà"));
    expect(paragraphs).toContain("Nơi nhận:");
    expect(paragraphs).toContain("- Đảng ủy Khối;");
    expect(at("T/M BAN THƯỜNG VỤ")).toBeLessThan(at("Trần Minh Khoa"));
  });
});

describe("table columns sized to their content", () => {
  it("keep a name and a date on one line, let a long text wrap, and fill the page between its margins", () => {
    const long = "Tham gia tích cực các hoạt động tình nguyện, hiến máu, giúp đỡ đồng nghiệp trong công tác chuyên môn";
    const widths = columnWidths(
      {
        headers: ["STT", "Họ và tên", "Ngày sinh", "Nhận xét"],
        rows: [
          ["1", "Nguyễn Thị Thu Hà", "08/03/1999", long],
          ["2", "Lê Văn Cường", "01/05/1998", long],
        ],
      },
      9071,
    );
    const [no, name, born, remark] = widths as [number, number, number, number];
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9071);
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(9000);
    expect(no).toBeLessThan(born);
    // About 115 twentieths of a point per character of 12 pt Times New Roman, plus the cell's margins.
    expect(name).toBeGreaterThanOrEqual(17 * 115 + 260);
    expect(born).toBeGreaterThanOrEqual(10 * 115 + 260);
    expect(remark).toBeGreaterThan(name);
    expect(remark).toBeLessThan(long.length * 115);
  });
});

describe("signed document links", () => {
  const secret = "test-secret-of-at-least-some-length";
  const now = new Date("2026-11-26T02:00:00Z");
  const token = signDocumentLink(
    { doc: { kind: "dvut-list", year: 2026 }, personId: "p1", exp: now.getTime() + 600_000 },
    secret,
  );

  it("open for the person they were made for, until they expire", () => {
    expect(verifyDocumentLink(token, secret, "p1", now)).toMatchObject({
      ok: true,
      payload: { doc: { kind: "dvut-list" } },
    });
    expect(verifyDocumentLink(token, secret, "p1", new Date(now.getTime() + 600_000))).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("are refused to another person, when tampered with, or signed with another secret", () => {
    expect(verifyDocumentLink(token, secret, "p2", now)).toEqual({ ok: false, reason: "wrong-person" });
    const [body, sig] = token.split(".");
    const forgedBody = Buffer.from(JSON.stringify({ doc: {}, personId: "p2", exp: 9e15 })).toString("base64url");
    expect(verifyDocumentLink(`${forgedBody}.${sig}`, secret, "p2", now)).toEqual({ ok: false, reason: "forged" });
    expect(verifyDocumentLink(`${body}.${sig}`, "another-secret", "p1", now)).toEqual({ ok: false, reason: "forged" });
    expect(verifyDocumentLink("garbage", secret, "p1", now)).toEqual({ ok: false, reason: "malformed" });
  });
});
