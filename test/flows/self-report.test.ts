import { describe, expect } from "vitest";
import { it } from "../support/fixtures.ts";
import { last, member, secretary, tap } from "./support.ts";

describe("self-report flow", () => {
  it("lets a member report an achievement that their secretary confirms once", async ({ app, org }) => {
    const menu = await app.say(member, "/menu");
    expect(last(menu).choices?.map((c) => c.label)).not.toContain("Ghi nhận kết quả bình chọn ĐVUT");
    let r = await tap(app, member, menu, "Tự báo cáo");
    r = await app.say(member, "3");
    expect(last(r).choices?.[0]?.label).toBe("Hôm nay (26/11/2026)");
    // On Zalo the buttons are a numbered list: "1" is "today".
    r = await app.say(member, "1");
    expect(last(r).text).toContain("Câu 3/4");
    r = await app.say(member, "Giấy khen của Giám đốc Sở về số hóa hồ sơ");
    expect(last(r).text).toContain("Câu 4/4");
    r = await app.say(member, "có lẽ");
    expect(last(r).text).toContain("Đề nghị đồng chí trả lời Có hoặc Không");
    r = await app.say(member, "co");
    expect(last(r).text).toContain("4. Có giấy tờ: Có");
    r = await tap(app, member, r, "Gửi");
    expect(last(r).text).toContain("Đã gửi Tự báo cáo");

    const report = await app.deps.prisma.report.findFirstOrThrow();
    expect(report).toMatchObject({ kind: "self_report", status: "submitted", subjectPersonId: org.people.chau });
    const delivery = await app.deps.prisma.delivery.findFirstOrThrow({
      include: { message: true },
      where: { personId: org.secretaryId },
    });
    const payload = delivery.message.payload as { text: string; choices: { value: string }[] };
    expect(payload.text).toContain("Lê Minh Châu gửi tự báo cáo: Khen thưởng, ngày 26/11/2026");
    expect(payload.choices.map((c) => c.value)).toEqual([
      `selfrep:approve:${report.id}`,
      `selfrep:decline:${report.id}`,
    ]);

    expect(last(await app.say(secretary, "/menu")).choices?.map((c) => c.label)).toContain(
      "1 tự báo cáo chờ đồng chí xác nhận",
    );
    const waiting = last(await app.press(secretary, "selfrep:list"));
    expect(waiting.text).toBe("Tự báo cáo của Lê Minh Châu: Giấy khen của Giám đốc Sở về số hóa hồ sơ");
    expect(waiting.choices?.map((c) => c.label)).toEqual(["Xác nhận", "Không xác nhận"]);
    expect(last(await app.press(member, `selfrep:approve:${report.id}`)).text).toContain("chỉ dành cho");
    expect(last(await app.press(secretary, `selfrep:approve:${report.id}`)).text).toContain(
      "Đã xác nhận tự báo cáo của Lê Minh Châu",
    );
    expect(last(await app.press(secretary, `selfrep:decline:${report.id}`)).text).toContain("đã được xử lý rồi");
    expect(await app.deps.prisma.report.findFirstOrThrow()).toMatchObject({
      status: "approved",
      reviewedById: org.secretaryId,
    });
    expect(await app.deps.prisma.auditLog.count({ where: { action: "report.approve" } })).toBe(1);
    expect(await app.deps.prisma.delivery.count({ where: { personId: org.people.chau } })).toBe(1);
  });
});
