import { describe, expect } from "vitest";
import { itSpeakingAs } from "../support/fixtures.ts";
import { last, secretary, staff, tap } from "./support.ts";

const it = itSpeakingAs(secretary);

describe("a bình chọn's vote held against the chi đoàn's roster", { timeout: 200_000 }, () => {
  it("asks to confirm a members figure other than the roster's, refuses more present than members, and the reviewer sees both", async ({
    app,
    say,
    org,
  }) => {
    // Chi đoàn Văn phòng has five members on the roster; Châu was rated excellent last year.
    let r = await app.press(secretary, `flow:start:journey-selection:${org.people.chau}`);
    expect(last(r).text).toContain("Ngày chi đoàn họp bình chọn?");
    r = await say("10/11/2026");
    expect(last(r).text).toContain("Tổng số đoàn viên của chi đoàn?");
    expect(last(r).text).toContain("Số liệu có sẵn: 5");
    r = await say("12");
    expect(last(r).text).toContain("Hệ thống ghi nhận 5, đồng chí nhập 12. Đồng chí giữ 12?");
    r = await tap(app, secretary, r, "Xác nhận: 12");
    expect(last(r).text).toContain("Số có mặt?");
    // Ten present in a chi đoàn of five on the roster cannot be right, whatever total was typed.
    r = await say("10");
    expect(last(r).text).toContain(
      "Số có mặt 10 không thể đúng: Chi đoàn Văn phòng chỉ có 5 đoàn viên trong danh sách",
    );
    expect(last(r).text).toContain("Số có mặt?");
    r = await say("5");
    // More in favour than present: refused, asked again.
    r = await say("6");
    expect(last(r).text).toContain("Số tán thành vượt quá số có mặt");
    r = await say("4");
    r = await tap(app, secretary, r, "Không");
    expect(last(r).text).toContain("Xem lại");
    expect(last(r).text).toContain("Tổng số: 12 (hệ thống: 5)");
    r = await tap(app, secretary, r, "Gửi");
    expect(last(r).text).toContain("Đã ghi nhận cho ĐVUT Lê Minh Châu");

    const report = await app.deps.prisma.report.findFirstOrThrow({ where: { kind: "nomination" } });
    expect(report.data).toMatchObject({
      answers: { membersTotal: 12, present: 5, inFavour: 4 },
      counted: { membersTotal: 5 },
    });
    r = await tap(app, staff, await app.say(staff, "/review"), "Lê Minh Châu");
    expect(last(r).text).toContain("• Tổng số: 12 (hệ thống: 5)");
    expect(last(r).text).toContain("• Có mặt: 5\n");
  });

  it("takes the roster's figure as it is, without a question", async ({ app, say, org }) => {
    let r = await app.press(secretary, `flow:start:journey-selection:${org.people.chau}`);
    r = await say("10/11/2026");
    r = await say("5");
    expect(last(r).text).not.toContain("Hệ thống ghi nhận");
    expect(last(r).text).toContain("Số có mặt?");
  });
});
