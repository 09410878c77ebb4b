import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exportCommand } from "../../src/modules/documents/export-admin.ts";
import { importCommand } from "../../src/modules/roster/import-admin.ts";
import type { FakeTelegramServer, SentTelegramMessage } from "../fakes/telegram-server.ts";
import type { FakeZaloServer } from "../fakes/zalo-server.ts";
import { linkAccount, type TestApp } from "../support/app.ts";
import { type BothPlatforms, startBothPlatforms } from "../support/channels.ts";
import { docxParagraphs } from "../support/docx.ts";
import { buildOrg, d } from "../support/org-fixture.ts";
import { Turns } from "../support/turns.ts";

/** One person talking to the bot on one platform, through its fake server, as a user would. */
interface Chat {
  /** Sends a text; the bot's answer (every message until it falls quiet), joined. */
  say(text: string): Promise<string>;
  /** Taps the button (Telegram) or types the number of the list line (Zalo) whose label contains `label`. */
  choose(label: string): Promise<string>;
}

/** The bot's answer to one update: every message the chat received since it had `before`, joined. */
async function answerSince(
  fake: FakeTelegramServer | FakeZaloServer,
  chatId: string | number,
  before: number,
  answered: Promise<void>,
) {
  await answered;
  return fake
    .messages(chatId)
    .slice(before)
    .map((m) => m.text ?? "")
    .join("\n---\n");
}

function telegramChat(fake: FakeTelegramServer, turns: Turns, user: { id: number }): Chat {
  const since = (before: number, answered: Promise<void>) => answerSince(fake, user.id, before, answered);
  return {
    async say(text) {
      const before = fake.messages(user.id).length;
      const answered = turns.next("telegram", user.id);
      fake.sendText(user, text);
      return since(before, answered);
    },
    async choose(label) {
      const messages = fake.messages(user.id);
      const message = [...messages]
        .reverse()
        .find((m) => m.replyMarkup?.inline_keyboard?.flat().some((b) => b.text.includes(label)));
      const button = message?.replyMarkup?.inline_keyboard?.flat().find((b) => b.text.includes(label));
      if (!message || !button?.callback_data) throw new Error(`no button "${label}" in: ${messages.at(-1)?.text}`);
      const before = messages.length;
      const answered = turns.next("telegram", user.id);
      fake.press(user, message as SentTelegramMessage, button.callback_data);
      return since(before, answered);
    },
  };
}

function zaloChat(fake: FakeZaloServer, turns: Turns, user: { id: string }): Chat {
  const say = async (text: string) => {
    const before = fake.messages(user.id).length;
    const answered = turns.next("zalo", user.id);
    fake.sendText(user, text);
    return answerSince(fake, user.id, before, answered);
  };
  return {
    say,
    async choose(label) {
      // No buttons on Zalo: the choices are a numbered list under the last message that has them.
      const texts = fake.texts(user.id);
      for (const text of [...texts].reverse()) {
        const line = text.split("\n").find((l) => /^\d+\. /.test(l) && l.includes(label));
        if (line) return say(line.slice(0, line.indexOf(".")));
      }
      throw new Error(`no list line "${label}" in: ${texts.at(-1)}`);
    },
  };
}

const platforms = ["telegram", "zalo"] as const;

describe.each(platforms)("the whole ĐVUT journey in chat on %s", (platform) => {
  let both: BothPlatforms;
  let app: TestApp;
  let turns: Turns;

  beforeEach(async () => {
    // 26/11/2026 in Vietnam.
    both = await startBothPlatforms({ now: "2026-11-26T02:00:00Z" });
    app = both.app;
    turns = new Turns(app.dispatcher);
  });
  afterEach(async () => {
    await both.close();
  });

  it("from bình chọn to đảng viên chính thức: a certificate before the bình chọn, a warning accepted, a transfer, a refused vote; the funnel, targets and export follow", async () => {
    const org = await buildOrg(app);
    const { prisma } = app.deps;
    // An is 31 at the bình chọn (over 30: a warning), rated xuất sắc the year before.
    await prisma.person.update({ where: { id: org.people.an.id }, data: { dateOfBirth: d("1994-01-01") } });
    await prisma.annualClassification.create({
      data: { personId: org.people.an.id, unitId: org.units.a1.id, year: 2024, category: "excellent" },
    });
    let next = 1;
    const chatOf = async (personId: string): Promise<Chat> => {
      const n = next++;
      if (platform === "telegram") {
        const user = { id: 7000 + n };
        await linkAccount(app, { platform, externalId: String(user.id) }, personId);
        return telegramChat(both.telegram, turns, user);
      }
      const user = { id: `z-700${n}` };
      await linkAccount(app, { platform, externalId: user.id }, personId);
      return zaloChat(both.zalo, turns, user);
    };
    const secA1 = await chatOf(org.people.secA1.id);
    const secB = await chatOf(org.people.secB.id);
    const staff = await chatOf(org.people.staff.id);
    const an = await chatOf(org.people.an.id);

    // The funnel and the targets of the whole block, as staff read them on /dashboard; the stage in the export.
    const dashboard = async () => {
      const text = await staff.say("/dashboard");
      return {
        funnel: /ĐVUT: ([\d →]+)/.exec(text)?.[1]?.trim(),
        targets: /Giới thiệu (\d+\/\d+) · kết nạp (\d+\/\d+)/.exec(text)?.slice(1, 3).join(" "),
      };
    };
    const dir = await mkdtemp(join(tmpdir(), "journey-"));
    const exported = async () => {
      const out = join(dir, "dvut.csv");
      expect(await exportCommand.run(app, ["dvut", "--format", "csv", "--out", out], () => {})).toBe(0);
      const [header = "", ...rows] = (await readFile(out, "utf8"))
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n");
      const row = rows.find((r) => r.includes("Nguyễn Văn An"))?.split(",") ?? [];
      const col = (name: string) => row[header.split(",").indexOf(name)];
      return { stage: col("Giai đoạn hiện tại"), unit: col("Đơn vị") };
    };
    expect(await staff.say("/target A 2026 1 1")).toContain("Đã lưu chỉ tiêu năm 2026");
    expect(await dashboard()).toEqual({ funnel: "0 → 0 → 0 → 0", targets: "0/1 0/1" });

    // Bình chọn, with the cấp ủy representative; over 30: a warning, accepted.
    expect(await secA1.say("/dvut")).toContain("ĐVUT đang theo dõi: 0");
    await secA1.choose("Ghi nhận kết quả bình chọn ĐVUT");
    expect(await secA1.choose("Nguyễn Văn An")).toContain("Ngày chi đoàn họp bình chọn?");
    await secA1.say("10/03/2025");
    await secA1.say("2");
    await secA1.say("2");
    await secA1.say("2");
    await secA1.choose("Có");
    await secA1.say("Nguyễn Văn Tâm, Bí thư chi bộ");
    expect(await secA1.say("/skip")).toContain("ngoài độ tuổi 18–30");
    await secA1.choose("Có");
    expect(await secA1.choose("Gửi")).toContain("Đã ghi nhận cho ĐVUT Nguyễn Văn An");
    expect(await dashboard()).toEqual({ funnel: "1 → 0 → 0 → 0", targets: "0/1 0/1" });
    expect(await exported()).toEqual({ stage: "Được bình chọn ĐVUT", unit: "Chi đoàn Văn phòng" });

    // The certificate was taken at school, before the bình chọn.
    await secA1.say("/dvut");
    await secA1.choose("Nguyễn Văn An");
    await secA1.choose("Giấy chứng nhận");
    await secA1.say("15/06/2023");
    await secA1.say("Trường Chính trị thành phố");
    await secA1.say("/skip");
    expect(await secA1.choose("Gửi")).toContain("Đã ghi nhận");
    expect(await dashboard()).toEqual({ funnel: "0 → 1 → 0 → 0", targets: "0/1 0/1" });

    await secA1.say("/dvut");
    await secA1.choose("Nguyễn Văn An");
    await secA1.choose("Công nhận đối tượng");
    for (const answer of ["01/09/2026", "Chi bộ Văn phòng", "15-QĐ/CB", "Trần Thị Mai", "Phó Bí thư chi bộ"]) {
      await secA1.say(answer);
    }
    expect(await secA1.choose("Gửi")).toContain("Đã ghi nhận");
    expect(await dashboard()).toEqual({ funnel: "0 → 0 → 1 → 0", targets: "0/1 0/1" });
    expect((await exported()).stage).toBe("Được công nhận đối tượng kết nạp Đảng");

    // An moves to Chi đoàn Bệnh viện (the roster says so): the secretary of Đoàn cơ sở Sở Y tế takes the journey on.
    const roster = join(dir, "roster.csv");
    await writeFile(
      roster,
      [
        "Loại,Mã đơn vị,Tên đơn vị,Cấp,Mã đơn vị cấp trên,Mã đoàn viên,Họ và tên,Ngày sinh",
        "Đoàn viên,B1,,,,M-AN,Nguyễn Văn An,01/01/1994",
      ].join("\n"),
    );
    const lines: string[] = [];
    expect(await importCommand.run(app, [roster], (l) => lines.push(l)), lines.join("\n")).toBe(0);
    expect(await secA1.say("/dvut")).toContain("ĐVUT đang theo dõi: 0");
    expect(await secB.say("/dvut")).toContain("Nguyễn Văn An (Chi đoàn Bệnh viện)");
    expect(await exported()).toEqual({ stage: "Được công nhận đối tượng kết nạp Đảng", unit: "Chi đoàn Bệnh viện" });

    // The nghị quyết: 4 of 9 in favour is more than half of the 6 present, not of all 9: refused, then 5.
    await secB.choose("Nguyễn Văn An");
    await secB.choose("Nghị quyết giới thiệu");
    let said = "";
    for (const answer of ["01/10/2026", "BCH Đoàn cơ sở Sở Y tế", "7-NQ/ĐTN", "9", "6", "4"]) {
      said = await secB.say(answer);
    }
    expect(said).toContain("cần quá một nửa TỔNG SỐ thành viên (ít nhất 5)");
    await secB.say("5");
    expect(await secB.choose("Gửi")).toContain("Đã ghi nhận");
    // The nghị quyết is issued by the body that passed it, where An is now.
    const resolution = join(dir, "nq.docx");
    expect(await exportCommand.run(app, ["resolution", "--member", "M-AN", "--out", resolution], () => {})).toBe(0);
    const nq = await docxParagraphs(await readFile(resolution));
    expect(nq).toContain("BCH ĐOÀN CƠ SỞ SỞ Y TẾ");
    expect(nq).toContain("Số: 7-NQ/ĐTN");
    expect(nq).toContain(
      "Ngày 01/10/2026, BCH Đoàn cơ sở Sở Y tế đã họp xét giới thiệu đoàn viên ưu tú vào Đảng. Tổng số thành viên: 9; có mặt: 6; số tán thành: 5 (đạt 55,6% tổng số thành viên); số không tán thành: 1.",
    );
    // Introduced counts for the unit that chose An (Đoàn cơ sở Sở Tư pháp), whose target it meets.
    expect(await dashboard()).toEqual({ funnel: "0 → 0 → 1 → 0", targets: "1/1 0/1" });

    await secB.say("/dvut");
    await secB.choose("Nguyễn Văn An");
    await secB.choose("Quyết định kết nạp");
    for (const answer of ["20/11/2026", "Đảng ủy Sở Y tế", "120-QĐ/ĐU"]) await secB.say(answer);
    await secB.say("/skip");
    expect(await secB.choose("Gửi")).toContain("Đã ghi nhận");
    expect(await dashboard()).toEqual({ funnel: "0 → 0 → 0 → 1", targets: "1/1 1/1" });
    expect((await exported()).stage).toBe("Được kết nạp (đảng viên dự bị)");

    // A year later, full membership.
    app.clock.set(new Date("2027-11-25T02:00:00Z"));
    await secB.say("/dvut");
    await secB.choose("Nguyễn Văn An");
    await secB.choose("Công nhận đảng viên chính thức");
    await secB.say("21/11/2027");
    await secB.say("Đảng ủy Sở Y tế");
    await secB.say("/skip");
    expect(await secB.choose("Gửi")).toContain("Đã ghi nhận");
    expect((await exported()).stage).toBe("Đảng viên chính thức");

    // The ĐVUT follows it all in /me.
    const me = await an.say("/me");
    expect(me).toContain("Đảng viên chính thức");
    expect(me).toContain("Đảng viên giúp đỡ: Trần Thị Mai, Phó Bí thư chi bộ");
  });
});
