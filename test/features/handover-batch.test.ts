import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import { runJob } from "../../src/jobs/run-job.ts";
import { HOLIDAY_HANDOVER, holidayHandoverJob } from "../../src/modules/pipeline/holiday-handover.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { docxParagraphs } from "../support/docx.ts";
import { buildOrg, d, makeDvut } from "../support/org-fixture.ts";

let app: TestApp;
let org: Awaited<ReturnType<typeof buildOrg>>;
const all = (replies: OutgoingMessage[]) => replies.map((r) => r.text).join("\n---\n");
const last = (replies: OutgoingMessage[]) => replies.at(-1) as OutgoingMessage;

beforeEach(async () => {
  // 28/01/2027: six days before the anniversary of the Party's founding (03/02).
  app = await createTestApp({ now: "2027-01-28T02:00:00Z" });
  org = await buildOrg(app);
  const { prisma } = app.deps;
  await prisma.orgUnit.update({ where: { id: org.units.a1.id }, data: { partyCommittee: "Chi bộ Văn phòng" } });
  const dung = await prisma.person.create({
    data: { memberCode: "M-DUNG", fullName: "Đặng Văn Dũng", unitId: org.units.a1.id, dateOfBirth: d("1999-01-01") },
  });
  await makeDvut(app, org.people.an, "2026-03-10");
  await makeDvut(app, dung, "2026-04-15");
});
afterEach(async () => {
  await app.close();
});

describe("a handover batch from the holiday reminder", () => {
  it("records which ĐVUT were handed to which cấp ủy on which holiday, each a step the ĐVUT is told of", async () => {
    const { prisma } = app.deps;
    const sec = org.accounts.secA1;
    const job = holidayHandoverJob(app.deps.config);
    expect(await runJob(app.deps, job, { period: "2027-02-03", instance: "test" })).toMatchObject({ status: "done" });
    const reminder = (
      await prisma.delivery.findFirstOrThrow({
        include: { message: true },
        where: { personId: org.people.secA1.id, dedupeKey: { startsWith: `${HOLIDAY_HANDOVER}:2027-02-03:` } },
      })
    ).message.payload as unknown as OutgoingMessage;
    const button = reminder.choices?.find((c) => c.label === "Ghi nhận đợt trao danh sách ĐVUT cho cấp ủy");
    expect(button).toBeDefined();

    // The list is handed over on the holiday; the secretary records it the day after.
    app.clock.set(new Date("2027-02-04T02:00:00Z"));
    let r = await app.press(sec, button?.value as string);
    expect(all(r)).toContain("dịp Ngày thành lập Đảng Cộng sản Việt Nam (03/02/2027)");
    r = await app.say(sec, "03/02/2027");
    expect(last(r).text).toContain("Chi bộ Văn phòng");
    r = await app.say(sec, "Chi bộ Văn phòng");
    r = await app.say(sec, "05-CV/ĐTN");
    expect(last(r).text).toContain("Những ĐVUT nào có trong danh sách đã trao?");
    r = await app.say(sec, "1, 2");
    expect(last(r).text).toContain("Xem lại");
    r = await app.press(sec, last(r).choices?.find((c) => c.label.includes("Gửi"))?.value as string, last(r).promptId);
    expect(all(r)).toContain("Đã ghi nhận trao danh sách 2 ĐVUT cho Chi bộ Văn phòng ngày 03/02/2027");

    const steps = await prisma.candidacyEvent.findMany({ where: { step: "handover" } });
    expect(steps).toHaveLength(2);
    for (const s of steps) {
      expect(s).toMatchObject({
        occurredOn: d("2027-02-03"),
        sourceBody: "Chi bộ Văn phòng",
        sourceNumber: "05-CV/ĐTN",
      });
      expect(s.details).toMatchObject({ holiday: "dịp Ngày thành lập Đảng Cộng sản Việt Nam (03/02/2027)" });
    }
    const told = await prisma.delivery.findMany({ include: { message: true }, where: { personId: org.people.an.id } });
    expect(told.map((t) => (t.message.payload as { text: string }).text).join("\n")).toContain(
      "Trao danh sách ĐVUT cho cấp ủy (ngày 03/02/2027)",
    );
    // The batch's danh sách, from the journey in /dvut: the two ĐVUT handed over together, to that cấp ủy, that day.
    const journey = await app.press(sec, `dvut:show:${steps[0]?.candidacyId}`);
    const offer = last(journey).choices?.find((c) => c.label === "Tải danh sách trao cho cấp ủy (.docx)");
    expect(offer?.value).toMatch(/^export:handover M-(AN|DUNG)$/);
    const file = (await app.press(sec, offer?.value as string)).find((m) => m.files?.length)?.files?.[0];
    expect(file?.name).toMatch(/^Danh sách ĐVUT trao cho cấp ủy năm 2027 - .*\.docx$/);
    const paragraphs = await docxParagraphs(file?.data as Buffer);
    const at = (text: string) => paragraphs.indexOf(text);
    expect(at("***")).toBe(at("BCH CHI ĐOÀN VĂN PHÒNG") + 1);
    expect(paragraphs.slice(at("***") + 1, at("***") + 4)).toEqual([
      "Số: 05-CV/ĐTN",
      "ĐOÀN TNCS HỒ CHÍ MINH",
      "…………, ngày 03 tháng 02 năm 2027",
    ]);
    expect(paragraphs).toContain("DANH SÁCH ĐOÀN VIÊN ƯU TÚ");
    expect(paragraphs).toContain("Trao cho Chi bộ Văn phòng dịp Ngày thành lập Đảng Cộng sản Việt Nam (03/02/2027)");
    expect(paragraphs).toContain(
      "Ngày 03/02/2027, Ban Chấp hành Chi đoàn Văn phòng trân trọng trao Chi bộ Văn phòng danh sách 2 đoàn viên ưu tú để xem xét, bồi dưỡng, kết nạp vào Đảng như sau:",
    );
    const an = at("Nguyễn Văn An");
    expect(paragraphs.slice(an - 1, an + 4)).toEqual([
      "2",
      "Nguyễn Văn An",
      "01/05/1998",
      "Chi đoàn Văn phòng",
      "10/03/2026",
    ]);
    expect(paragraphs).toContain("Đặng Văn Dũng");
    expect(paragraphs).toContain("- Chi bộ Văn phòng (để xem xét);");
    expect(await prisma.handoverBatch.count()).toBe(1);

    // Nobody is left to hand over: the button now says so.
    r = await app.press(sec, button?.value as string);
    expect(all(r)).toContain("Không có ĐVUT nào trong phạm vi của đồng chí còn chờ trao danh sách");
  });
});
