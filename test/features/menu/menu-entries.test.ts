import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OutgoingMessage } from "../../../src/core/messages.ts";
import { reportKeys } from "../../../src/modules/reporting/reporting.ts";
import { last, tap } from "../../flows/support.ts";
import { fileReport, morningOf, type Org, seedOrg } from "../../jobs/org-fixture.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";

/**
 * The exact /menu each kind of person sees, text and buttons in order: the menu is assembled from what every flow
 * declares (FlowDefinition.menu), and this records that the assembly gives what the hand-written menu gave.
 */
let app: TestApp;
let org: Org;

beforeEach(async () => {
  // 8 October 2026: quarter 3 is still owed and late (due 5 October), quarter 4 is the current one, and the
  // classification of 2026 is open.
  app = await createTestApp({ now: morningOf("2026-10-08").toISOString() });
  org = await seedOrg(app.deps);
});
afterEach(async () => {
  await app.close();
});

/** The menu as text, ids replaced by names so it reads (and compares) the same on every run. */
async function menuOf(personId: string): Promise<{ text: string; choices: string[] }> {
  const reply: OutgoingMessage = last(await app.say(org.account(personId), "/menu"));
  const ids: [string, string][] = [
    ...Object.entries(org.units).map(([name, u]) => [u.id, `<unit ${name}>`] as [string, string]),
    ...Object.entries(org.people).map(([name, p]) => [p.id, `<person ${name}>`] as [string, string]),
  ];
  const named = (s: string) => ids.reduce((out, [id, name]) => out.split(id).join(name), s);
  const reports = await app.deps.prisma.report.findMany({ select: { id: true, kind: true, unitId: true } });
  const withReports = (s: string) =>
    reports.reduce((out, r) => out.split(r.id).join(`<report ${r.kind} ${named(r.unitId)}>`), named(s));
  return {
    text: reply.text,
    choices: (reply.choices ?? []).map((c) => `${withReports(c.value)} = ${c.label}`),
  };
}

describe("/menu, entry for entry", () => {
  it("a secretary of two units: a late quarter, the current one, a returned report, a classification, a draft", async () => {
    const { secA, secA1, secB, memberA1 } = org.people;
    const { prisma } = app.deps;
    // An is secretary of Đoàn cơ sở A and, as well, of Đoàn cơ sở B.
    await prisma.roleAssignment.create({ data: { personId: secA.id, role: "secretary", unitId: org.units.b.id } });
    // A's quarter 3 report came back from its reviewer; B filed quarter 4 already.
    await prisma.report.create({
      data: {
        kind: "unit_quarterly",
        uniqueKey: reportKeys.unitQuarterly(org.units.a.id, { year: 2026, quarter: 3 }),
        unitId: org.units.a.id,
        authorId: secA.id,
        year: 2026,
        quarter: 3,
        status: "returned",
        data: {},
      },
    });
    await fileReport(app.deps, { kind: "unit", unitId: org.units.b.id, authorId: secB.id, year: 2026, quarter: 4 });
    // A1's secretary filed Cúc's quarter 3 remark, which waits for the level above.
    await fileReport(app.deps, {
      kind: "remark",
      candidacyId: org.candidacies.candA1.id,
      unitId: org.units.a1.id,
      authorId: secA1.id,
      year: 2026,
      quarter: 3,
    });
    // A member of A1 reported an achievement of their own.
    await prisma.report.create({
      data: {
        kind: "self_report",
        unitId: org.units.a1.id,
        authorId: memberA1.id,
        subjectPersonId: memberA1.id,
        year: 2026,
        quarter: 4,
        data: { answers: { description: "Hiến máu tình nguyện" } },
      },
    });
    // An began an activity report of Đoàn cơ sở A and left it after the first answer.
    const who = org.account(secA.id);
    let r = await tap(app, who, await app.say(who, "/menu"), "Báo cáo một hoạt động (Đoàn cơ sở A)");
    r = await app.say(who, "Sinh hoạt chính trị");
    expect(last(r).text).toContain("2/");

    expect(await menuOf(secA.id)).toMatchInlineSnapshot(`
      {
        "choices": [
          "flow:start:activity = Làm tiếp: Báo cáo hoạt động (câu 2/5)",
          "flow:start:dvut-remark:2026-Q3 = 1 bản nhận xét ĐVUT quý 3/2026 — trễ hạn (hạn 05/10/2026)",
          "review:fix:<report unit_quarterly <unit a>> = Báo cáo quý 3/2026 bị trả lại — sửa ngay (Đoàn cơ sở A)",
          "flow:start:unit-report:<unit b>:2026-Q3 = Báo cáo quý 3/2026 — trễ hạn (hạn 05/10/2026) (Đoàn cơ sở B)",
          "flow:start:dvut-remark:2026-Q4 = 2 bản nhận xét ĐVUT cần viết quý này",
          "flow:start:unit-report:<unit a>:2026-Q4 = Báo cáo quý 4/2026 — chưa gửi (Đoàn cơ sở A)",
          "flow:start:classification:<unit a>:2026 = Xếp loại đoàn viên năm 2026 — 1 người chưa xếp loại (Đoàn cơ sở A)",
          "dvut:pick = Ghi nhận kết quả bình chọn ĐVUT (Đoàn cơ sở A)",
          "flow:start:classification:<unit b>:2026 = Xếp loại đoàn viên năm 2026 — 3 người chưa xếp loại (Đoàn cơ sở B)",
          "dvut:pick = Ghi nhận kết quả bình chọn ĐVUT (Đoàn cơ sở B)",
          "selfrep:list = 1 tự báo cáo chờ đồng chí xác nhận",
          "review:list = 1 báo cáo chờ đồng chí duyệt",
          "flow:start:self-report = Tự báo cáo hoạt động, thành tích",
          "flow:mine = Sửa báo cáo đã gửi",
        ],
        "text": "Việc cần làm — chọn một mục:
      Đã gửi báo cáo quý 4/2026. (Đoàn cơ sở B)",
      }
    `);
  });

  it("a staff member", async () => {
    await fileReport(app.deps, {
      kind: "unit",
      unitId: org.units.b.id,
      authorId: org.people.secB.id,
      year: 2026,
      quarter: 3,
    });
    expect(await menuOf(org.people.staff.id)).toMatchInlineSnapshot(`
      {
        "choices": [
          "review:list = 1 báo cáo chờ đồng chí duyệt",
          "flow:start:self-report = Tự báo cáo hoạt động, thành tích",
          "flow:mine = Sửa báo cáo đã gửi",
        ],
        "text": "Việc cần làm — chọn một mục:
      Toàn Đoàn Khối quý này còn thiếu: 2 bản nhận xét ĐVUT, 2 báo cáo quý của đơn vị.",
      }
    `);
  });

  it("a member, in Vietnamese and in English", async () => {
    expect(await menuOf(org.people.dvutA1.id)).toMatchInlineSnapshot(`
      {
        "choices": [
          "flow:start:self-report = Tự báo cáo hoạt động, thành tích",
          "flow:mine = Sửa báo cáo đã gửi",
        ],
        "text": "Việc cần làm — chọn một mục:",
      }
    `);
    expect(await menuOf(org.people.memberA1.id)).toMatchInlineSnapshot(`
      {
        "choices": [
          "flow:start:self-report = Report my own activity or achievement",
          "flow:mine = Correct a sent report",
        ],
        "text": "What to do — pick one:",
      }
    `);
  });

  it("a secretary of one chi đoàn, with nothing late", async () => {
    expect(await menuOf(org.people.secA1.id)).toMatchInlineSnapshot(`
      {
        "choices": [
          "flow:start:dvut-remark:2026-Q3 = 1 ĐVUT remarks for Q3/2026 — late (due 05/10/2026)",
          "flow:start:dvut-remark:2026-Q4 = 1 ĐVUT remarks due this quarter",
          "flow:start:classification:<unit a1>:2026 = Member classification 2026 — 3 not classified",
          "flow:start:activity:<unit a1> = Report an activity",
          "dvut:pick = Record an ĐVUT selection vote",
          "flow:start:self-report = Report my own activity or achievement",
          "flow:mine = Correct a sent report",
        ],
        "text": "What to do — pick one:",
      }
    `);
  });
});
