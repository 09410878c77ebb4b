import { describe, expect } from "vitest";
import type { ChatAccount } from "../support/app.ts";
import { itSpeakingAs } from "../support/fixtures.ts";
import { last, secretary, tap, unitSecretary } from "./support.ts";

const it = itSpeakingAs(unitSecretary);

/** The secretary of the Đoàn cơ sở (a TCCSĐ), who files its quarterly report. */

describe("unit quarterly report flow", () => {
  it("is offered to the TCCSĐ's secretary only, not to a branch secretary", async ({ app, unitOrg: org }) => {
    const labels = last(await app.say(secretary, "/menu")).choices?.map((c) => c.label) ?? [];
    expect(labels.some((l) => l.includes("Báo cáo quý"))).toBe(false);
    expect(last(await app.press(secretary, `flow:start:unit-report:${org.tccsdId}`)).text).toContain(
      "không thuộc phạm vi",
    );
    expect(last(await app.press(secretary, "flow:start:unit-report")).text).toContain("không thuộc phạm vi");
  });

  it("starts for the TCCSĐ's secretary from a reminder's button, which names no unit", async ({
    app,
    unitOrg: _org,
  }) => {
    const r = await app.press(unitSecretary, "flow:start:unit-report");
    expect(last(r).text).toContain("Báo cáo quý 4/2026 của Đoàn cơ sở Sở Tư pháp");
    expect(last(r).text).toContain("Câu 1/12");
  });

  it("pre-fills the quarter's pipeline counts, shows the targets, and files the confirmed or corrected numbers", async ({
    app,
    say,
    unitOrg: org,
  }) => {
    const { prisma } = app.deps;
    await prisma.unitTarget.create({
      data: { unitId: org.tccsdId, year: 2026, dvutToIntroduce: 5, newPartyMembers: 2 },
    });
    // Two selections and one introduction this quarter (Q4 2026), one introduction earlier in the year.
    const inQuarter = new Date("2026-10-15T00:00:00Z");
    await prisma.candidacyEvent.create({
      data: { candidacyId: org.candidacies.hoa, step: "selection", toStage: "selected", occurredOn: inQuarter },
    });
    await prisma.candidacyEvent.create({
      data: { candidacyId: org.candidacies.binh, step: "selection", toStage: "selected", occurredOn: inQuarter },
    });
    await prisma.candidacyEvent.create({
      data: { candidacyId: org.candidacies.hoa, step: "resolution", toStage: "introduced", occurredOn: inQuarter },
    });
    await prisma.candidacyEvent.create({
      data: {
        candidacyId: org.candidacies.binh,
        step: "resolution",
        toStage: "introduced",
        occurredOn: new Date("2026-05-02T00:00:00Z"),
      },
    });

    const menu = await say("/menu");
    let r = await tap(app, unitSecretary, menu, "Báo cáo quý 4/2026 — chưa gửi");
    expect(last(r).text).toContain("Báo cáo quý 4/2026 của Đoàn cơ sở Sở Tư pháp");
    expect(last(r).text).toContain(
      "giới thiệu 5 ĐVUT, kết nạp 2 đảng viên mới. Đến nay: đã giới thiệu 2, đã kết nạp 0",
    );
    expect(last(r).text).toContain("Số liệu có sẵn: 2");
    r = await tap(app, unitSecretary, r, "Giữ nguyên: 2");
    expect(last(r).text).toContain("Câu 2/12");
    expect(last(r).text).toContain("Số liệu có sẵn: 1");
    for (const [input, reason] of [
      ["abc", "“abc” chưa phải là một số"],
      ["-5", "Số phải từ 0 đến 10.000"],
      ["3,5", "số nguyên"],
      ["99999", "Số phải từ 0 đến 10.000"],
    ]) {
      r = await say(input as string);
      expect(last(r).text).toContain(reason);
      expect(last(r).text).toContain("Câu 2/12");
    }
    // "2" with buttons on screen would mean the second button; on a number step it is the number 2. It differs
    // from the count, so it is confirmed by typing it again.
    r = await say("2");
    expect(last(r).text).toContain("Hệ thống ghi nhận 1, đồng chí nhập 2");
    r = await say("2");
    expect(last(r).text).toContain("Câu 3/12");
    r = await tap(app, unitSecretary, r, "Giữ nguyên: 0");
    r = await say("0");
    r = await say("0");
    r = await say("4");
    for (const answer of ["0", "0", "0", "0"]) r = await say(answer);
    r = await say("Thiếu kinh phí tổ chức lớp cảm tình Đảng");
    r = await say("/skip");
    expect(last(r).text).toContain("Xem lại Báo cáo quý của đơn vị");
    expect(last(r).text).toContain("2. Giới thiệu cho Đảng: 2 (hệ thống: 1)");
    r = await tap(app, unitSecretary, r, "Gửi");
    expect(last(r).text).toContain("Đã gửi Báo cáo quý của đơn vị");

    const report = await prisma.report.findFirstOrThrow({ where: { kind: "unit_quarterly" } });
    expect(report.uniqueKey).toBe(`unit_quarterly:${org.tccsdId}:2026-Q4`);
    expect((report.data as { answers: object }).answers).toEqual({
      selected: 2,
      introduced: 2,
      awarenessClass: 0,
      recognized: 0,
      admitted: 0,
      education: 4,
      quizReceived: 0,
      quizAnswered: 0,
      ackRecipients: 0,
      ackConfirmed: 0,
      difficulties: "Thiếu kinh phí tổ chức lớp cảm tình Đảng",
      proposals: null,
    });
    expect(last(await say("/menu")).text).toContain("Đã gửi báo cáo quý 4/2026");
  });
});

describe("unit quarterly report filed by two secretaries of the same unit", () => {
  it("keeps the first and tells the second it was already filed", async ({ app, unitOrg: org }) => {
    const deputy: ChatAccount = { platform: "telegram", externalId: "deputy-tp" };
    const person = await app.deps.prisma.person.create({ data: { fullName: "Hồ Thị Giang", unitId: org.tccsdId } });
    await app.deps.prisma.roleAssignment.create({
      data: { personId: person.id, role: "secretary", unitId: org.tccsdId },
    });
    await app.deps.prisma.platformIdentity.create({ data: { ...deputy, chatId: "deputy-tp", personId: person.id } });
    const reviews = [];
    for (const who of [unitSecretary, deputy]) {
      await app.press(who, `flow:start:unit-report:${org.tccsdId}`);
      for (const answer of ["0", "0", "0", "0", "0", "2", "0", "0", "0", "0", "/skip"]) await app.say(who, answer);
      reviews.push(await app.say(who, "/skip"));
    }
    expect(last(await tap(app, unitSecretary, reviews[0] ?? [], "Gửi")).text).toContain("Đã gửi");
    expect(last(await tap(app, deputy, reviews[1] ?? [], "Gửi")).text).toContain("đã được gửi trước đó");
    expect(await app.deps.prisma.report.count()).toBe(1);
    expect(last(await app.say(deputy, "Khó khăn")).text).toContain("Hệ thống chưa nhận diện được nội dung tin nhắn");
  });
});
