import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, weekKeyOfDate } from "../../src/jobs/period-keys.ts";
import { stageLabelKey } from "../../src/modules/pipeline/pipeline.ts";
import { reportKeys } from "../../src/modules/reporting/reporting.ts";
import { fileReport } from "../jobs/org-fixture.ts";
import { postgresServerUrl } from "../support/database.ts";
import { type Account, type Chat, QuarterWorld } from "./world.ts";

/**
 * Quarter 4 of 2026 in one block, end to end: Đoàn Khối › three Đoàn cơ sở (A: Sở Tư pháp, B: Sở Y tế,
 * C: Sở Giáo dục) › their chi đoàn. The clock starts on Thursday 8 October, too late for that week's message to be
 * caught up, and stops on Wednesday 6 January, after the first escalation of the quarter's missing reports.
 */
const START = "2026-10-08T03:00:00Z";
const END = "2027-01-06T05:00:00Z";
/** Local (Vietnam, UTC+7) time of a day, as an ISO instant. */
const at = (day: string, time = "10:00") => new Date(`${day}T${time}:00+07:00`).toISOString();

const roster = `Loại,Mã đơn vị,Tên đơn vị,Cấp,Mã đơn vị cấp trên,Mã đoàn viên,Họ và tên,Ngày sinh,Giới tính,Số điện thoại,Email,Đối tượng,Danh hiệu,Chức vụ,Vai trò
Đơn vị,DK,Đoàn Khối các cơ quan thành phố,Đoàn Khối,
Đơn vị,STP,Đoàn cơ sở Sở Tư pháp,Đoàn cơ sở,DK
Đơn vị,STP-VP,Chi đoàn Văn phòng Sở Tư pháp,Chi đoàn,STP
Đơn vị,SYT,Đoàn cơ sở Sở Y tế,Đoàn cơ sở,DK
Đơn vị,SYT-BV,Chi đoàn Bệnh viện Đa khoa,Chi đoàn,SYT
Đơn vị,SGD,Đoàn cơ sở Sở Giáo dục,Đoàn cơ sở,DK
Đơn vị,SGD-VP,Chi đoàn Văn phòng Sở Giáo dục,Chi đoàn,SGD
Đoàn viên,DK,,,,DV01,Phan Văn Lộc,27/07/1990,Nam,0903123456,,"Cán bộ, công chức",,Phó Bí thư Đoàn Khối,Bí thư
Đoàn viên,STP,,,,DV02,Trần Minh Khoa,03/09/1994,Nam,0912345678,,"Cán bộ, công chức",,Chuyên viên,Bí thư
Đoàn viên,STP-VP,,,,DV03,Lê Hoàng Nam,25/01/1998,Nam,0934567812,,"Cán bộ, công chức",,Chuyên viên,Bí thư
Đoàn viên,STP-VP,,,,DV04,Nguyễn Thị Thu Hà,12/04/1996,Nữ,0987654321,,"Cán bộ, công chức",,Chuyên viên,
Đoàn viên,STP-VP,,,,DV05,Phạm Ngọc Ánh,30/11/1997,Nữ,0978123456,,Người lao động,,Văn thư,
Đoàn viên,STP-VP,,,,DV06,Lý Minh Khang,08/08/1999,Nam,0356789123,,"Cán bộ, công chức",,Chuyên viên,
Đoàn viên,SYT,,,,DV07,Võ Thanh Tùng,18/06/1995,Nam,0905678123,,"Cán bộ, công chức",,Chuyên viên,Bí thư
Đoàn viên,SYT-BV,,,,DV08,Đặng Thùy Linh,14/02/1996,Nữ,0367891234,,Người lao động,,Điều dưỡng,
Đoàn viên,SYT-BV,,,,DV09,Bùi Quốc Huy,01/12/1993,Nam,0918273645,,"Cán bộ, công chức",,Bác sĩ,
Đoàn viên,SGD,,,,DV10,Mai Xuân Trường,22/10/1992,Nam,0909887766,,"Cán bộ, công chức",,Chuyên viên,Bí thư
Đoàn viên,SGD-VP,,,,DV11,Hoàng Đức Thịnh,14/02/1995,Nam,0965432187,,"Cán bộ, công chức",,Chuyên viên,
`;

/** Who is who, by member code, and the chat accounts each links. */
const people = {
  loc: { code: "DV01", accounts: [{ platform: "telegram", id: 1001 }] }, // secretary of the Đoàn Khối, and staff
  khoa: { code: "DV02", accounts: [{ platform: "telegram", id: 1002 }] }, // secretary of A
  nam: { code: "DV03", accounts: [{ platform: "zalo", id: "z-nam" }] }, // secretary of A's chi đoàn
  ha: {
    code: "DV04",
    accounts: [
      { platform: "telegram", id: 1004 },
      { platform: "zalo", id: "z-ha" },
    ],
  },
  anh: { code: "DV05", accounts: [{ platform: "zalo", id: "z-anh" }] },
  khang: { code: "DV06", accounts: [{ platform: "telegram", id: 1006 }] }, // reads the bot in English
  tung: { code: "DV07", accounts: [{ platform: "zalo", id: "z-tung" }] }, // secretary of B
  linh: { code: "DV08", accounts: [{ platform: "telegram", id: 1008 }] }, // ĐVUT since December 2024
  huy: { code: "DV09", accounts: [{ platform: "zalo", id: "z-huy" }] }, // stops the weekly message
  truong: { code: "DV10", accounts: [{ platform: "telegram", id: 1010 }] }, // secretary of C
  thinh: { code: "DV11", accounts: [{ platform: "zalo", id: "z-thinh" }] },
} satisfies Record<string, { code: string; accounts: Account[] }>;
type Who = keyof typeof people;
const account = (who: Who, n = 0) => people[who].accounts[n] as Account;

/** The kinds of unasked messages this scenario is about; others (e.g. review requests) are left to their tests. */
const SCHEDULED = ["weekly", "reminder", "escalation", "two-year", "two-year-below", "broadcast"] as const;

/** The 13 Mondays whose weekly message falls inside the simulation: 12 October 2026 to 4 January 2027. */
const WEEKS = Array.from({ length: 13 }, (_, i) => weekKeyOfDate(addDays(new Date("2026-10-12T00:00:00Z"), 7 * i)));

let world: QuarterWorld;
let folder: string;
const chat = (who: Who, n = 0): Chat => world.chat(account(who, n));

// The stages run in order on one world (`sequential`), and only where a PostgreSQL server is at hand.
const inOrder = postgresServerUrl() ? describe.sequential : describe.skip;

inOrder("a whole quarter on Telegram and Zalo, on PostgreSQL", () => {
  beforeAll(async () => {
    world = await QuarterWorld.start(START);
    folder = await mkdtemp(join(tmpdir(), "doanbot-quarter-"));
  }, 120_000);
  afterAll(async () => {
    await world?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  // One `it` a stage of the quarter, in order, sharing the world: a failure names its stage, and the stages after it
  // are skipped (they would only fail for the same reason).
  stage("imports the block from its roster, with what happened before the quarter", async () => {
    await importTheBlockFromItsRoster();
    await seedWhatHappenedBeforeTheQuarter();
    await theSchedulerStartsTooLateForThisWeeksMessage();
  });
  stage("links members with one-time codes; Khang reads in English", async () => {
    await membersLinkWithCodes();
    await khangSwitchesToEnglish();
  });
  stage("nominates Hà and Ánh in chat: bình chọn, then the BCH's nghị quyết", async () => {
    await namNominatesHaAndAnhInChat();
  });
  stage("teaches every Monday; Huy stops the weekly message on 4 November", async () => {
    await world.passTime(at("2026-11-04"));
    await huyStopsTheWeeklyMessage();
  });
  stage("broadcasts an announcement to everyone on 18 November", async () => {
    await world.passTime(at("2026-11-18"));
    await staffBroadcastAnAnnouncement();
  });
  stage("files remarks and A's report before the reminders, B's after the first reminder", async () => {
    await world.passTime(at("2026-12-15"));
    await namFilesTheRemarksOnHaAndAnh();
    await world.passTime(at("2026-12-18"));
    await khoaFilesUnitAReport();
    await world.passTime(at("2026-12-22"));
    await tungFilesUnitBReportAndRemarkAfterTheFirstReminder();
  });
  stage("reminds C up to the due date and escalates its missing report on 6 January", async () => {
    await world.passTime(END);
    await everyoneReceivedWhatTheQuarterBrought();
  });
  stage("taught thirteen distinct items, in each person's language", async () => {
    await weeklyMessagesWereThirteenDistinctItemsInEachLanguage();
  });
  stage("exports the ĐVUT list for the Party committee with the nominees", async () => {
    await theExportForThePartyCommitteeListsTheNominees();
  });
});

/** The stage that failed first; the stages after it are skipped. */
let brokenAt: string | undefined;

/**
 * One stage of the quarter as a test of its own, skipped when an earlier stage failed. Most of a stage's time is the
 * scheduler's jobs and the outbox on PostgreSQL; the whole quarter once took several minutes on a busy machine.
 */
function stage(name: string, run: () => Promise<void>) {
  it(name, async ({ skip, onTestFailed }) => {
    if (brokenAt) skip(`the stage "${brokenAt}" failed`);
    onTestFailed(() => {
      brokenAt = name;
    });
    await run();
  }, 600_000);
}

// —— the steps ——

async function importTheBlockFromItsRoster() {
  const file = join(folder, "roster.csv");
  await writeFile(file, `\uFEFF${roster}`);
  expect(await world.admin("import", file)).toContain("thêm 7 đơn vị");
  await world.admin("role", "grant", "DV01", "staff");
  const units = await world.prisma.orgUnit.findMany({ include: { parent: true } });
  expect(units.map((u) => `${u.parent?.code ?? "-"} › ${u.code}`).sort()).toEqual([
    "- › DK",
    "DK › SGD",
    "DK › STP",
    "DK › SYT",
    "SGD › SGD-VP",
    "STP › STP-VP",
    "SYT › SYT-BV",
  ]);
}

const personId = async (who: Who) =>
  (await world.prisma.person.findUniqueOrThrow({ where: { memberCode: people[who].code } })).id;
const unitId = async (code: string) => (await world.prisma.orgUnit.findUniqueOrThrow({ where: { code } })).id;

/**
 * History the roster does not carry: last year's rating of Hà and Ánh (only "Hoàn thành xuất sắc nhiệm vụ" can be
 * nominated), Linh selected as ĐVUT on 1 December 2024, and quarter 3's reports, all filed.
 */
async function seedWhatHappenedBeforeTheQuarter() {
  const { prisma } = world;
  const branchA = await unitId("STP-VP");
  for (const who of ["ha", "anh"] as const) {
    await prisma.annualClassification.create({
      data: { personId: await personId(who), unitId: branchA, year: 2025, category: "excellent" },
    });
  }
  const selectedOn = new Date("2024-12-01T00:00:00Z");
  const linh = await prisma.candidacy.create({
    data: {
      personId: await personId("linh"),
      unitId: await unitId("SYT-BV"),
      stage: "selected",
      stageDate: selectedOn,
      selectedOn,
    },
  });
  await prisma.candidacyEvent.create({
    data: { candidacyId: linh.id, step: "selection", toStage: "selected", occurredOn: selectedOn },
  });
  const { deps } = world.app;
  for (const [unit, secretary] of [
    ["STP", "khoa"],
    ["SYT", "tung"],
    ["SGD", "truong"],
  ] as const) {
    await fileReport(deps, {
      kind: "unit",
      unitId: await unitId(unit),
      authorId: await personId(secretary),
      year: 2026,
      quarter: 3,
    });
  }
  await fileReport(deps, {
    kind: "remark",
    candidacyId: linh.id,
    unitId: linh.unitId,
    authorId: await personId("tung"),
    year: 2026,
    quarter: 3,
  });
}

/** At start-up the scheduler catches up what it missed: Monday's 08:00 message is more than its window old. */
async function theSchedulerStartsTooLateForThisWeeksMessage() {
  const caughtUp = await world.scheduler.catchUp();
  expect(caughtUp.has("weekly-education")).toBe(false);
  expect([...caughtUp.values()].every((o) => o.status === "done")).toBe(true);
}

/** Each person gets a one-time code from staff (`npm run admin -- link-code`) and sends it on their platform. */
async function membersLinkWithCodes() {
  for (const [who, person] of Object.entries(people) as [Who, (typeof people)[Who]][]) {
    for (let n = 0; n < person.accounts.length; n++) {
      const printed = await world.admin("link-code", person.code);
      const code = /\/start (\S+)/.exec(printed)?.[1];
      expect(code, printed).toBeDefined();
      expect(await chat(who, n).say(`/start ${code}`)).toContain("Đã liên kết tài khoản");
    }
  }
  const identities = await world.prisma.platformIdentity.findMany({ include: { person: true } });
  expect(
    identities
      .filter((i) => i.person?.memberCode === "DV04")
      .map((i) => i.platform)
      .sort(),
  ).toEqual(["telegram", "zalo"]);
  expect(identities).toHaveLength(12);
}

async function khangSwitchesToEnglish() {
  expect(await chat("khang").say("/lang en")).toContain("Switched to English");
}

/**
 * Nam, secretary of A's chi đoàn, records on Zalo the bình chọn of Hà and Ánh, then the nghị quyết giới thiệu of the
 * BCH, answering by numbers and words.
 */
async function namNominatesHaAndAnhInChat() {
  const nam = chat("nam");
  for (const name of ["Nguyễn Thị Thu Hà", "Phạm Ngọc Ánh"]) {
    await nam.say("/menu");
    expect(await nam.choose("Ghi nhận kết quả bình chọn ĐVUT")).toContain(name);
    expect(await nam.choose(name)).toContain("Ngày chi đoàn họp bình chọn?");
    await nam.say("06/10/2026"); // meeting of the chi đoàn
    await nam.say("4"); // members of the chi đoàn: the roster's count, so no confirmation
    await nam.say("4"); // present
    await nam.say("3"); // in favour
    expect(await nam.say("không")).toContain("Xem lại"); // no cấp ủy representative came
    expect(await nam.choose("Gửi")).toContain("Đã ghi nhận");
    await nam.say("/dvut");
    await nam.choose(name);
    expect(await nam.choose("Nghị quyết giới thiệu")).toContain("Ngày diễn ra?");
    await nam.say("07/10/2026");
    await nam.say("BCH Đoàn cơ sở Sở Tư pháp");
    await nam.say("05-NQ/ĐTN");
    await nam.say("9"); // members of the BCH
    await nam.say("8"); // present
    expect(await nam.say("7")).toContain("Xem lại"); // in favour: more than half of all nine
    expect(await nam.choose("Gửi")).toContain("Đã ghi nhận");
  }
  const stages = await world.prisma.candidacy.findMany({ include: { person: true }, orderBy: { selectedOn: "asc" } });
  expect(stages.map((c) => `${c.person.fullName}: ${c.stage}`)).toEqual([
    "Đặng Thùy Linh: selected",
    "Nguyễn Thị Thu Hà: introduced",
    "Phạm Ngọc Ánh: introduced",
  ]);
}

async function huyStopsTheWeeklyMessage() {
  expect(await chat("huy").say("/stop_weekly")).toContain("/start_weekly");
}

async function staffBroadcastAnAnnouncement() {
  await world.admin(
    "broadcast",
    "--text",
    "Thông báo: Hội nghị tổng kết công tác Đoàn năm 2026 họp lúc 8 giờ ngày 25/12/2026 tại Hội trường Khối.",
    "--audience",
    "all",
  );
}

/**
 * Answers a guided report to the end: keeps pre-filled numbers, picks `pick` (or the first option) on choice-only
 * steps, types the next of `typed` on the others, and sends it from the review screen. A flow that repeats (remarks)
 * is followed into its next round. The answers of every guided report of the scenario live here.
 */
async function fileGuidedReport(who: Chat, typed: readonly string[], pick?: string) {
  let answer = 0;
  for (let step = 0; step < 60; step++) {
    const text = who.last();
    const choices = who.choices();
    const send = choices.find((c) => /Gửi$/.test(c.trim()));
    if (/^Xem lại/m.test(text) && send) {
      const after = await who.choose(send.replace(/^\d+\.\s*/, ""));
      expect(after).toMatch(/Đã gửi|Câu 1\//);
      if (!/Câu 1\//.test(who.last())) return;
      answer = 0;
      continue;
    }
    const keep = choices.find((c) => c.includes("Giữ nguyên"));
    if (keep) {
      await who.choose(keep);
      continue;
    }
    if (choices.length > 0 && !text.includes("Gõ câu trả lời") && !choices.some((c) => c.includes("Bỏ qua"))) {
      await who.choose(pick && choices.some((c) => c.includes(pick)) ? pick : (choices[0] as string));
      continue;
    }
    await who.say(typed[answer++ % typed.length] as string);
  }
  throw new Error(`the report did not end:\n${who.last()}`);
}

const remarkAnswers = [
  "Lập trường tư tưởng vững vàng, chấp hành tốt chủ trương của Đảng",
  "Hoàn thành tốt nhiệm vụ chuyên môn được giao",
  "Tích cực tham gia sinh hoạt và phong trào Đoàn",
  "Lối sống giản dị, gần gũi đồng nghiệp",
  "Nhiệt tình, có trách nhiệm",
  "Cần mạnh dạn phát biểu hơn",
];
const unitReportAnswers = ["4", "Kinh phí sinh hoạt còn hạn chế", "Đề nghị mở lớp cảm tình Đảng trong quý 1/2027"];

async function namFilesTheRemarksOnHaAndAnh() {
  const nam = chat("nam");
  await nam.say("/menu");
  expect(await nam.choose("nhận xét ĐVUT")).toContain("Nguyễn Thị Thu Hà");
  await fileGuidedReport(nam, remarkAnswers, "Tiếp tục bồi dưỡng");
  expect(await remarksFiled(2026, 4)).toEqual(["Nguyễn Thị Thu Hà", "Phạm Ngọc Ánh"]);
}

async function remarksFiled(year: number, quarter: 1 | 2 | 3 | 4) {
  const reports = await world.prisma.report.findMany({ where: { kind: "dvut_remark", year, quarter } });
  const people = await world.prisma.person.findMany({
    where: { id: { in: reports.map((r) => r.subjectPersonId ?? "") } },
  });
  return people.map((p) => p.fullName).sort((a, b) => a.localeCompare(b, "vi"));
}

async function khoaFilesUnitAReport() {
  const khoa = chat("khoa");
  await khoa.say("/menu");
  await khoa.choose("Báo cáo quý 4/2026");
  await fileGuidedReport(khoa, unitReportAnswers);
  const report = await world.prisma.report.findUniqueOrThrow({
    where: { uniqueKey: reportKeys.unitQuarterly(await unitId("STP"), { year: 2026, quarter: 4 }) },
  });
  // The two nominations of the quarter were pre-filled and kept.
  expect((report.data as { answers: Record<string, unknown> }).answers).toMatchObject({ introduced: 2, education: 4 });
}

async function tungFilesUnitBReportAndRemarkAfterTheFirstReminder() {
  const tung = chat("tung");
  await tung.say("/menu");
  await tung.choose("Báo cáo quý 4/2026");
  await fileGuidedReport(tung, unitReportAnswers);
  await tung.say("/menu");
  expect(await tung.choose("nhận xét ĐVUT")).toContain("Đặng Thùy Linh");
  await fileGuidedReport(tung, remarkAnswers, "Chưa đề nghị (nêu lý do)");
  expect(await remarksFiled(2026, 4)).toEqual(["Đặng Thùy Linh", "Nguyễn Thị Thu Hà", "Phạm Ngọc Ánh"]);
}

// —— what each person received ——

/** The Mondays' messages from `from` (0-based, in WEEKS) to `to`, included. */
const weekly = (from = 0, to = WEEKS.length - 1) => WEEKS.slice(from, to + 1).map((w) => `weekly ${w}`);
/** A person who received everything of the weeks, and the broadcast of Wednesday 18 November (after week 6). */
const member = () => [...weekly(0, 5), "broadcast", ...weekly(6)];
/** The two-year rule's Monday 09:00 alert, from 7 December (week 9), after that Monday's weekly message. */
const withTwoYear = (kind: "two-year" | "two-year-below", list: string[]) =>
  list.flatMap((label) => {
    const week = label.startsWith("weekly ") ? label.slice(7) : "";
    return WEEKS.indexOf(week) >= 8 ? [label, `${kind} ${week}`] : [label];
  });
/** Inserts `extra` right after `after`, or at the end. */
const insertAfter = (list: string[], after: string, ...extra: string[]) => {
  const i = list.indexOf(after);
  return i < 0 ? [...list, ...extra] : [...list.slice(0, i + 1), ...extra, ...list.slice(i + 1)];
};

async function everyoneReceivedWhatTheQuarterBrought() {
  const expected: Record<Who, string[]> = {
    // The Đoàn Khối's secretary and staff: the two-year case below him, and unit C's escalation after the due date.
    loc: [...withTwoYear("two-year-below", member()), "escalation 2027-01-06"],
    // A filed everything before the reminders started: nothing but the weeks and the broadcast.
    khoa: member(),
    nam: member(),
    ha: member(),
    anh: member(),
    khang: member(),
    // B: the first reminder (Monday 21 December, 08:00 with that week's message), then filed; Linh is B's
    // two-year case (Mondays 09:00 from 7 December).
    tung: insertAfter(withTwoYear("two-year", member()), "weekly 2026-W52", "reminder 2026-12-21"),
    linh: member(),
    // Opted out on 4 November, after the message of 2 November.
    huy: [...weekly(0, 3), "broadcast"],
    // C never files: reminded every three days up to the due date (5 January), then told it is overdue.
    truong: [
      ...insertAfter(member(), "weekly 2026-W52", "reminder 2026-12-21").slice(0, -2),
      "reminder 2026-12-24",
      "reminder 2026-12-27",
      "weekly 2026-W53",
      "reminder 2026-12-30",
      "reminder 2027-01-02",
      "weekly 2027-W01",
      "reminder 2027-01-05",
      "reminder 2027-01-06",
    ],
    thinh: member(),
  };
  const actual: Partial<Record<Who, string[]>> = {};
  for (const who of Object.keys(people) as Who[]) actual[who] = await world.pushes(account(who), SCHEDULED);
  expect(actual).toEqual(expected);
  // Hà has two accounts: each received everything once.
  expect(await world.pushes(account("ha", 1), SCHEDULED)).toEqual(expected.ha);

  // Unit C's secretary was told it is overdue on the 6th; the escalation to the level above names unit C only.
  const truong = await world.received(account("truong"));
  expect(truong.at(-1)?.text).toContain("quá hạn");
  const escalation = (await world.received(account("loc"))).find((r) => r.kind === "escalation");
  expect(escalation?.text).toContain("Đoàn cơ sở Sở Giáo dục");
  expect(escalation?.text).not.toMatch(/Sở Tư pháp|Sở Y tế/);
  const twoYear = (await world.received(account("tung"))).find((r) => r.kind === "two-year");
  expect(twoYear?.text).toContain("Đặng Thùy Linh");
}

async function weeklyMessagesWereThirteenDistinctItemsInEachLanguage() {
  const t = (lang: "vi" | "en") => world.app.deps.i18n.forLocale(lang);
  const titles = async (who: Who, n = 0) =>
    (await world.received(account(who, n))).filter((r) => r.kind === "weekly").map((r) => r.text);
  for (const [who, lang] of [
    ["ha", "vi"],
    ["thinh", "vi"],
    ["khang", "en"],
  ] as const) {
    const texts = await titles(who);
    expect(texts).toHaveLength(13);
    expect(new Set(texts.map((text) => text.split("\n")[0])).size).toBe(13);
    for (const text of texts) expect(text).toContain(t(lang)("education-footer"));
  }
  // The same item each week for everyone, Khang's in English.
  const vi = (await titles("ha")).map((text) => text.split("\n")[0]);
  const en = (await titles("khang")).map((text) => text.split("\n")[0]);
  expect(en).not.toEqual(vi);
  const sends = await world.prisma.educationSend.findMany({ where: { personId: await personId("khang") } });
  const items = await world.prisma.educationSend.findMany({ where: { personId: await personId("ha") } });
  expect(sends.map((s) => `${s.week}:${s.itemId}`).sort()).toEqual(items.map((s) => `${s.week}:${s.itemId}`).sort());
}

async function theExportForThePartyCommitteeListsTheNominees() {
  const file = join(folder, "dvut.xlsx");
  await world.admin("export", "dvut", "--year", "2026", "--format", "xlsx", "--out", file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  expect(sheet).toBeDefined();
  const rows: string[][] = [];
  sheet?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : String(v ?? ""))));
  });
  const t = world.app.deps.i18n.forLocale("vi");
  const header = rows.find((r) => r.includes(t("export-col-full-name"))) as string[];
  const name = header.indexOf(t("export-col-full-name"));
  const stage = header.indexOf(t("export-col-stage"));
  const listed = rows.slice(rows.indexOf(header) + 1).map((r) => `${r[name]}: ${r[stage]}`);
  expect(listed).toEqual(
    expect.arrayContaining([
      `Nguyễn Thị Thu Hà: ${t(stageLabelKey.introduced)}`,
      `Phạm Ngọc Ánh: ${t(stageLabelKey.introduced)}`,
    ]),
  );
}
