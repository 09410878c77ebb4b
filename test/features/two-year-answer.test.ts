import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import { runJob } from "../../src/jobs/run-job.ts";
import { TWO_YEAR_RULE, twoYearRuleJob } from "../../src/modules/pipeline/two-year-rule.ts";
import { type ChatAccount, createTestApp, linkAccount, type TestApp } from "../support/app.ts";
import { buildOrg, makeDvut } from "../support/org-fixture.ts";

let app: TestApp;
let org: Awaited<ReturnType<typeof buildOrg>>;
/** The secretary of Đoàn cơ sở Sở Tư pháp: the level above Chi đoàn Văn phòng. */
const secA: ChatAccount = { platform: "terminal", externalId: "t-secA" };
const all = (replies: OutgoingMessage[]) => replies.map((r) => r.text).join("\n---\n");
const last = (replies: OutgoingMessage[]) => replies.at(-1) as OutgoingMessage;

beforeEach(async () => {
  // Monday 30/11/2026 in Vietnam; An was chosen on 10/03/2024, more than two years ago, and is still only chosen.
  app = await createTestApp({ now: "2026-11-30T02:00:00Z" });
  org = await buildOrg(app);
  const { prisma } = app.deps;
  const head = await prisma.person.create({
    data: { memberCode: "S-A", fullName: "Vũ Thị Lan", unitId: org.units.a.id },
  });
  await prisma.roleAssignment.create({ data: { personId: head.id, role: "secretary", unitId: org.units.a.id } });
  await linkAccount(app, secA, head.id);
  await makeDvut(app, org.people.an, "2024-03-10");
});
afterEach(async () => {
  await app.close();
});

const alerts = async (week: string) => {
  const job = twoYearRuleJob(app.deps.config);
  const outcome = await runJob(app.deps, job, { period: week, instance: "test" });
  expect(outcome.status).toBe("done");
  return app.deps.prisma.delivery.findMany({
    include: { message: true },
    where: { dedupeKey: { startsWith: `${TWO_YEAR_RULE}:${week}:` } },
  });
};

describe("mục II.3.5 answered", () => {
  it("the alert's button asks the cause and the measures; the level above reads them; quiet until the next quarter", async () => {
    const { prisma } = app.deps;
    const sec = org.accounts.secA1;
    let sent = await alerts("2026-W49");
    expect(sent.map((s) => s.personId).sort()).toEqual(
      [org.people.secA1.id, (await prisma.person.findUniqueOrThrow({ where: { memberCode: "S-A" } })).id].sort(),
    );
    const own = sent.find((s) => s.personId === org.people.secA1.id)?.message.payload as unknown as OutgoingMessage;
    const button = own.choices?.find((c) => c.label === "Ghi nguyên nhân, biện pháp: Nguyễn Văn An");
    expect(button).toBeDefined();

    let r = await app.press(sec, button?.value as string);
    expect(all(r)).toContain("được bình chọn ngày 10/03/2024");
    expect(last(r).text).toContain("Nguyên nhân chưa được kết nạp");
    r = await app.say(sec, "Chưa học lớp bồi dưỡng nhận thức về Đảng do công tác xa");
    expect(last(r).text).toContain("Biện pháp đã thống nhất với cấp ủy?");
    r = await app.say(sec, "Cử đi học lớp bồi dưỡng quý 1/2027, chi bộ phân công đảng viên theo dõi");
    expect(last(r).text).toContain("Xem lại");
    r = await app.press(sec, last(r).choices?.find((c) => c.label.includes("Gửi"))?.value as string, last(r).promptId);
    expect(all(r)).toContain("Đã ghi nhận nguyên nhân và biện pháp đối với ĐVUT Nguyễn Văn An (quý 4/2026)");
    expect(await prisma.auditLog.count({ where: { action: "journey.two-year-answer" } })).toBe(1);

    // The level above reads the answer in /unit and in /dvut.
    const unit = all(await app.say(secA, "/unit"));
    expect(unit).toContain("Nguyễn Văn An (10/03/2024)");
    expect(unit).toContain("Nguyên nhân: Chưa học lớp bồi dưỡng nhận thức về Đảng do công tác xa");
    expect(unit).toContain("Biện pháp đã thống nhất với cấp ủy: Cử đi học lớp bồi dưỡng quý 1/2027");
    const dvut = all(await app.say(secA, "/dvut"));
    expect(dvut).toContain("Mục II.3.5 — đã ghi nhận quý 4/2026");
    expect(dvut).toContain("Nguyên nhân: Chưa học lớp bồi dưỡng");

    // The next weeks of the quarter: quiet.
    app.clock.set(new Date("2026-12-07T02:00:00Z"));
    expect(await alerts("2026-W50")).toHaveLength(0);
    app.clock.set(new Date("2026-12-28T02:00:00Z"));
    expect(await alerts("2026-W53")).toHaveLength(0);
    // The next quarter: asked again, from the journey in /dvut too.
    app.clock.set(new Date("2027-01-04T02:00:00Z"));
    sent = await alerts("2027-W01");
    expect(sent).toHaveLength(2);
    r = await app.say(sec, "/dvut");
    r = await app.press(sec, last(r).choices?.find((c) => c.label === "Nguyễn Văn An")?.value as string);
    expect(last(r).text).toContain("Mục II.3.5 — đã ghi nhận quý 4/2026");
    expect(last(r).choices?.map((c) => c.label)).toContain("Ghi nguyên nhân và biện pháp (mục II.3.5)");
  });
});
