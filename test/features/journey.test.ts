import { describe, expect } from "vitest";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import { dvutCommand } from "../../src/modules/pipeline/dvut-admin.ts";
import type { ChatAccount, TestApp } from "../support/app.ts";
import { it } from "../support/fixtures.ts";
import { type BlockOrg, d } from "../support/org-fixture.ts";

const all = (replies: OutgoingMessage[]) => replies.map((r) => r.text).join("\n---\n");
const last = (replies: OutgoingMessage[]) => replies.at(-1) as OutgoingMessage;

// 26/11/2026 in Vietnam.

async function tap(app: TestApp, who: ChatAccount, replies: OutgoingMessage[], label: string) {
  const reply = last(replies);
  const choice = reply.choices?.find((c) => c.label.includes(label));
  expect(
    choice,
    `a button "${label}" in: ${reply.choices?.map((c) => c.label).join(" | ")}\n${reply.text}`,
  ).toBeDefined();
  return app.press(who, choice?.value as string, reply.promptId);
}

/** Answers a flow's questions one by one ("/skip" skips an optional one), then sends it from the review screen. */
async function answer(app: TestApp, who: ChatAccount, replies: OutgoingMessage[], answers: string[]) {
  let r = replies;
  for (const a of answers) r = a === "YES" ? await tap(app, who, r, "Có") : await app.say(who, a);
  expect(last(r).text).toContain("Xem lại");
  return tap(app, who, r, "Gửi");
}

/** The funnel of unit A (Đoàn cơ sở Sở Tư pháp), as staff read it going down /dashboard to that unit. */
const funnel = async (app: TestApp, org: BlockOrg) => {
  const text = all(await app.press(org.accounts.staff, "dash:A"));
  expect(text).toContain("Đoàn cơ sở Sở Tư pháp");
  return /ĐVUT: ([\d →]+)/.exec(text)?.[1]?.trim();
};

describe("the ĐVUT journey in chat", () => {
  it.override({ appOptions: { now: "2026-11-26T02:00:00Z" } });
  it("a secretary walks one member from bình chọn to admission; staff correct a step; the member follows in /me", async ({
    app,
    block: org,
  }) => {
    const { prisma } = app.deps;
    const sec = org.accounts.secA1;
    // An is 31 at the bình chọn (over 30: a warning to confirm), rated excellent the year before.
    await prisma.person.update({ where: { id: org.people.an.id }, data: { dateOfBirth: d("1994-01-01") } });
    await prisma.annualClassification.create({
      data: { personId: org.people.an.id, unitId: org.people.an.unitId, year: 2024, category: "excellent" },
    });
    expect(await funnel(app, org)).toBe("0 → 0 → 0 → 0");

    let r = await app.say(sec, "/dvut");
    expect(last(r).text).toContain("ĐVUT đang theo dõi: 0");
    r = await tap(app, sec, r, "Ghi nhận kết quả bình chọn ĐVUT");
    r = await tap(app, sec, r, "Nguyễn Văn An");
    expect(all(r)).toContain("ĐVUT: Nguyễn Văn An");
    expect(last(r).text).toContain("Ngày chi đoàn họp bình chọn?");
    r = await app.say(sec, "10/03/2025");
    // Chi đoàn Văn phòng has two members on the roster (An and its secretary): the figure is pre-filled.
    expect(last(r).text).toContain("Số liệu có sẵn: 2");
    r = await app.say(sec, "2");
    r = await app.say(sec, "2");
    // 1 of 2 present is not more than half of those present.
    r = await app.say(sec, "1");
    expect(last(r).text).toContain("chưa quá một nửa số có mặt");
    r = await app.say(sec, "2");
    r = await tap(app, sec, r, "Có");
    r = await app.say(sec, "Nguyễn Văn Tâm, Bí thư chi bộ");
    r = await app.say(sec, "/skip");
    expect(last(r).text).toContain("ngoài độ tuổi 18–30");
    r = await answer(app, sec, r, ["YES"]);
    expect(all(r)).toContain("Đã ghi nhận cho ĐVUT Nguyễn Văn An");
    expect(await funnel(app, org)).toBe("1 → 0 → 0 → 0");

    // The certificate was taken before the bình chọn (at school).
    r = await app.say(sec, "/dvut");
    expect(last(r).text).toContain(
      "1. Nguyễn Văn An (Chi đoàn Văn phòng) — Được bình chọn ĐVUT; bước gần nhất: 10/03/2025",
    );
    r = await tap(app, sec, r, "Nguyễn Văn An");
    expect(last(r).text).toContain("đại diện cấp ủy: Nguyễn Văn Tâm, Bí thư chi bộ)");
    expect(last(r).choices?.map((c) => c.label)).toEqual([
      "Ghi nhận: Trao danh sách ĐVUT cho cấp ủy",
      "Ghi nhận: Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng",
      "Ghi nhận: Công nhận đối tượng kết nạp Đảng",
      "Ghi nhận: Nghị quyết giới thiệu đoàn viên ưu tú vào Đảng",
      "Ghi nhận: Đưa ra khỏi danh sách ĐVUT",
      "Ghi nhận: Chuyển sinh hoạt ra ngoài",
      "Ghi nhận: Trưởng thành Đoàn",
    ]);
    r = await tap(app, sec, r, "Giấy chứng nhận");
    r = await answer(app, sec, r, ["15/06/2023", "Trường Chính trị thành phố", "/skip"]);
    expect(all(r)).toContain("Đã ghi nhận");
    expect(await funnel(app, org)).toBe("0 → 1 → 0 → 0");

    r = await tap(app, sec, await app.say(sec, "/dvut"), "Nguyễn Văn An");
    r = await tap(app, sec, r, "Công nhận đối tượng");
    r = await answer(app, sec, r, ["01/09/2026", "Chi bộ Văn phòng", "15-QĐ/CB", "Trần Thị Mai", "Phó Bí thư chi bộ"]);
    expect(await funnel(app, org)).toBe("0 → 0 → 1 → 0");

    // The nghị quyết: 4 of 9 members in favour is more than half of the 6 present, not of all 9: refused.
    r = await tap(app, sec, await app.say(sec, "/dvut"), "Nguyễn Văn An");
    r = await tap(app, sec, r, "Nghị quyết giới thiệu");
    for (const a of ["01/10/2026", "BCH Đoàn cơ sở Sở Tư pháp", "7-NQ/ĐTN", "9", "6", "4"]) r = await app.say(sec, a);
    expect(last(r).text).toContain("cần quá một nửa TỔNG SỐ thành viên (ít nhất 5)");
    r = await answer(app, sec, r, ["5"]);
    expect(all(r)).toContain("Đã ghi nhận");

    r = await tap(app, sec, await app.say(sec, "/dvut"), "Nguyễn Văn An");
    expect(last(r).text).toContain("[x] Nghị quyết giới thiệu của tổ chức Đoàn");
    expect(last(r).text).toContain("[ ] Đơn xin vào Đảng");
    r = await tap(app, sec, r, "Quyết định kết nạp");
    r = await answer(app, sec, r, ["20/11/2026", "Đảng ủy Sở Tư pháp", "120-QĐ/ĐU", "/skip"]);
    expect(await funnel(app, org)).toBe("0 → 0 → 0 → 1");

    // Staff correct the certificate's date, with a reason; the old row stays, superseded, and the change is audited.
    const staff = org.accounts.staff;
    r = await tap(app, staff, await app.say(staff, "/dvut"), "Nguyễn Văn An");
    r = await tap(app, staff, r, "Điều chỉnh một bước");
    r = await tap(app, staff, r, "Giấy chứng nhận");
    r = await answer(app, staff, r, ["16/06/2023", "/skip", "Nhập nhầm ngày trên giấy chứng nhận"]);
    expect(all(r)).toContain("Đã điều chỉnh hồ sơ ĐVUT Nguyễn Văn An");
    expect(await prisma.auditLog.count({ where: { action: "journey.correct" } })).toBe(1);
    expect(await prisma.candidacyEvent.count({ where: { step: "certificate" } })).toBe(2);

    // The ĐVUT was told of each step in their own chat, and follows the journey in /me.
    const told = await prisma.delivery.findMany({ where: { personId: org.people.an.id } });
    expect(told).toHaveLength(6);
    const me = all(await app.say(org.accounts.an, "/me"));
    expect(me).toContain("Giai đoạn hiện tại: Được kết nạp (đảng viên dự bị) (từ 20/11/2026)");
    expect(me).toContain(
      "• 16/06/2023 — Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng (Trường Chính trị thành phố; đã điều chỉnh: Nhập nhầm ngày trên giấy chứng nhận)",
    );
    expect(me).toContain("Đảng viên giúp đỡ: Trần Thị Mai, Phó Bí thư chi bộ");
    expect(me).toContain("Hết thời gian dự bị: 20/11/2027");
    expect(me).toContain("Bước có thể ghi nhận tiếp theo: Công nhận đảng viên chính thức");
  });

  it("the command line records with the same checks and warnings, and shows the journey", async ({
    app,
    block: org,
  }) => {
    const { prisma } = app.deps;
    const lines: string[] = [];
    const out = (line: string) => lines.push(line);
    await prisma.annualClassification.create({
      data: { personId: org.people.cuong.id, unitId: org.people.cuong.unitId, year: 2025, category: "excellent" },
    });
    const run = (...args: string[]) => dvutCommand.run(app, args, out);
    const select = (members: string, present: string, inFavour: string) =>
      run(
        "record",
        "M-CUONG",
        "selection",
        "--date",
        "2026-03-01",
        "--members",
        members,
        "--present",
        present,
        "--for",
        inFavour,
      );
    // Chi đoàn Bệnh viện has one member on the roster: eight present cannot be right.
    expect(await select("10", "8", "7")).toBe(1);
    expect(lines.at(-1)).toContain("Số có mặt 8 không thể đúng: Chi đoàn Bệnh viện chỉ có 1 đoàn viên trong danh sách");
    expect(await select("1", "1", "1")).toBe(0);
    expect(await run("record", "M-CUONG", "certificate", "--date", "2019-05-01")).toBe(0);
    // A lapsed certificate at admission (and no recognition yet): refused first, then a warning that needs --yes.
    expect(
      await run("record", "M-CUONG", "admission", "--date", "2026-11-01", "--body", "Đảng ủy", "--number", "9-QĐ"),
    ).toBe(1);
    expect(lines.at(-1)).toContain("không thể ghi nhận lúc này");
    expect(
      await run(
        "record",
        "M-CUONG",
        "recognition",
        "--date",
        "2026-06-01",
        "--body",
        "Chi bộ Bệnh viện",
        "--mentor",
        "Lê Thị Hoa",
      ),
    ).toBe(0);
    lines.length = 0;
    const admission = [
      "record",
      "M-CUONG",
      "admission",
      "--date",
      "2026-11-01",
      "--body",
      "Đảng ủy",
      "--number",
      "9-QĐ",
    ];
    expect(await run(...admission)).toBe(1);
    expect(lines.join("\n")).toContain("chỉ có giá trị đến 01/05/2024");
    expect(lines.join("\n")).toContain("Thêm --yes");
    expect(await prisma.candidacy.findFirstOrThrow({ where: { personId: org.people.cuong.id } })).toMatchObject({
      stage: "recognized",
    });
    expect(await run(...admission, "--yes")).toBe(0);
    lines.length = 0;
    expect(await run("show", "M-CUONG")).toBe(0);
    const shown = lines.join("\n");
    expect(shown).toContain("ĐVUT Lê Văn Cường — Chi đoàn Bệnh viện");
    expect(shown).toContain("• 01/03/2026 — Bình chọn ĐVUT (1/1 tán thành, 1 có mặt; không có đại diện cấp ủy dự)");
    expect(shown).toContain("• 01/11/2026 — Quyết định kết nạp và lễ kết nạp (Đảng ủy; số 9-QĐ)");
    expect(shown).toContain("Giai đoạn: Được kết nạp (đảng viên dự bị)");
    expect(await run("record", "M-CUONG", "full_membership", "--date", "2026-11-20", "--body", "Đảng ủy")).toBe(1);
    expect(await run("show", "NOBODY")).toBe(1);
  });
});
