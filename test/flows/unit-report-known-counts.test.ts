import { describe, expect } from "vitest";
import type { Platform } from "../../src/core/messages.ts";
import type { TestApp } from "../support/app.ts";
import { itSpeakingAs } from "../support/fixtures.ts";
import { last, type Org, tap, unitSecretary } from "./support.ts";

const it = itSpeakingAs(unitSecretary);

/**
 * Quarter 4/2026 for Đoàn cơ sở Sở Tư pháp (its members are in Chi đoàn Văn phòng below it), with data around it
 * that must not count: the quarter before, another unit, an announcement without confirmation, a failed delivery.
 */
async function seedQuarter(app: TestApp, org: Org) {
  const { prisma } = app.deps;
  const { hoa, binh, chau, dung } = org.people;
  const other = await prisma.orgUnit.create({ data: { code: "YT", name: "Đoàn cơ sở Sở Y tế", parentId: org.rootId } });
  const outsider = (await prisma.person.create({ data: { fullName: "Người Ngoài", unitId: other.id } })).id;

  const send = (personId: string, week: string, sentAt: string, quizAnswer: number | null) =>
    prisma.educationSend.create({
      data: {
        personId,
        week,
        itemId: "w",
        sentAt: new Date(sentAt),
        quizAnswer,
        answeredAt: quizAnswer ? new Date(sentAt) : null,
      },
    });
  await send(hoa, "2026-W41", "2026-10-05T01:00:00Z", 1);
  await send(binh, "2026-W41", "2026-10-05T01:00:00Z", null);
  await send(binh, "2026-W45", "2026-11-02T01:00:00Z", 2);
  // 01:00 on 1 October in Vietnam: already the fourth quarter.
  await send(chau, "2026-W40", "2026-09-30T18:00:00Z", null);
  await send(dung, "2026-W40", "2026-09-28T01:00:00Z", 3);
  await send(outsider, "2026-W41", "2026-10-05T01:00:00Z", 1);

  const broadcast = async (sendAt: string, requireConfirmation: boolean) =>
    (
      await prisma.broadcast.create({
        data: {
          createdById: org.staffId,
          text: "Thông báo",
          audience: { kind: "all" },
          requireConfirmation,
          sendAt: new Date(sendAt),
        },
      })
    ).id;
  const notice = await prisma.outboxMessage.create({ data: { id: "notice", payload: { text: "Thông báo" } } });
  const delivered = (
    broadcastId: string,
    personId: string,
    platform: Platform = "zalo",
    status: "sent" | "failed" = "sent",
  ) =>
    prisma.delivery.create({
      data: {
        broadcastId,
        personId,
        platform,
        chatId: `${platform}-${personId}`,
        messageId: notice.id,
        status,
      },
    });
  const confirmed = (broadcastId: string, personId: string) =>
    prisma.broadcastConfirmation.create({ data: { broadcastId, personId, platform: "zalo" } });

  const october = await broadcast("2026-10-10T01:00:00Z", true);
  // Hoa is linked on both platforms: two copies, one recipient.
  await delivered(october, hoa, "telegram");
  await delivered(october, hoa, "zalo");
  await delivered(october, binh);
  await delivered(october, chau);
  await delivered(october, outsider);
  await confirmed(october, hoa);
  await confirmed(october, binh);
  await confirmed(october, outsider);
  const november = await broadcast("2026-11-20T01:00:00Z", true);
  await delivered(november, hoa);
  await delivered(november, dung, "zalo", "failed");
  await confirmed(november, hoa);
  const september = await broadcast("2026-09-15T01:00:00Z", true);
  await delivered(september, hoa);
  await confirmed(september, hoa);
  const noConfirmation = await broadcast("2026-10-12T01:00:00Z", false);
  await delivered(noConfirmation, binh);
}

describe("unit quarterly report: counts the bot already knows", () => {
  it("pre-fills quiz participation and announcement confirmations of the quarter, and stores a correction", async ({
    app,
    say,
    unitOrg: org,
  }) => {
    await seedQuarter(app, org);
    let r = await app.press(unitSecretary, "flow:start:unit-report");
    expect(last(r).text).toContain("Câu 1/12");
    for (const answer of ["0", "0", "0", "0", "0", "2"]) r = await say(answer);

    expect(last(r).text).toContain("Câu 7/12");
    expect(last(r).text).toContain("câu hỏi tìm hiểu");
    expect(last(r).text).toContain("Số liệu có sẵn: 3");
    r = await tap(app, unitSecretary, r, "Giữ nguyên: 3");

    expect(last(r).text).toContain("Câu 8/12");
    expect(last(r).text).toContain("Trong 3 đoàn viên đã nhận");
    expect(last(r).text).toContain("Số liệu có sẵn: 2");
    r = await say("5");
    expect(last(r).text).toContain("không được lớn hơn 3");
    expect(last(r).text).toContain("Câu 8/12");
    // The secretary knows one of the answers came from a member who has since left: a correction.
    r = await say("1");
    expect(last(r).text).toContain("Hệ thống ghi nhận 2, đồng chí nhập 1");
    r = await tap(app, unitSecretary, r, "Xác nhận: 1");
    expect(last(r).text).toContain("Câu 9/12");
    expect(last(r).text).toContain("Số liệu có sẵn: 4");
    // Corrected below the pre-filled part, the part can no longer be kept as it is.
    r = await say("2");
    r = await say("2");
    expect(last(r).text).toContain("Câu 10/12");
    expect(last(r).text).toContain("Trong 2 lượt nhận");
    expect(last(r).text).toContain("Số liệu có sẵn: 3");
    r = await tap(app, unitSecretary, r, "Giữ nguyên: 3");
    expect(last(r).text).toContain("không được lớn hơn 2");
    r = await say("/back");
    expect(last(r).text).toContain("Câu 9/12");
    r = await say("4");
    expect(last(r).text).toContain("Câu 10/12");
    expect(last(r).text).toContain("Trong 4 lượt nhận");
    r = await tap(app, unitSecretary, r, "Giữ nguyên: 3");

    r = await say("/skip");
    r = await say("/skip");
    expect(last(r).text).toContain("Trả lời câu hỏi tìm hiểu: 1 (hệ thống: 2)");
    expect(last(r).text).toContain("Lượt đã xác nhận đã đọc: 3");
    r = await tap(app, unitSecretary, r, "Gửi");
    expect(last(r).text).toContain("Đã gửi Báo cáo quý của đơn vị");

    const report = await app.deps.prisma.report.findFirstOrThrow({ where: { kind: "unit_quarterly" } });
    expect((report.data as { answers: object }).answers).toMatchObject({
      education: 2,
      quizReceived: 3,
      quizAnswered: 1,
      ackRecipients: 4,
      ackConfirmed: 3,
    });
  });
});
