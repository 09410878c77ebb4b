import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import { type ChatAccount, createTestApp, type TestApp } from "../support/app.ts";
import { buildOrg, d, makeDvut } from "../support/org-fixture.ts";

let app: TestApp;
let org: Awaited<ReturnType<typeof buildOrg>>;
const all = (replies: OutgoingMessage[]) => replies.map((r) => r.text).join("\n---\n");
const last = (replies: OutgoingMessage[]) => replies.at(-1) as OutgoingMessage;

beforeEach(async () => {
  app = await createTestApp({ now: "2026-11-26T02:00:00Z" });
  org = await buildOrg(app);
  await makeDvut(app, org.people.an, "2025-03-10");
  await makeDvut(app, org.people.cuong, "2026-02-01");
});
afterEach(async () => {
  await app.close();
});

async function tap(who: ChatAccount, replies: OutgoingMessage[], label: string) {
  const reply = last(replies);
  const choice = reply.choices?.find((c) => c.label.includes(label));
  expect(choice, `"${label}" in ${reply.choices?.map((c) => c.label).join(" | ")}`).toBeDefined();
  return app.press(who, choice?.value as string, reply.promptId);
}

/** The ĐVUT reports the certificate from /me: date, issuer, number, then sends it from the review screen. */
async function report(who: ChatAccount, date: string, issuer: string, number: string) {
  let r = await app.say(who, "/me");
  r = await tap(who, r, "Báo cáo giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng");
  expect(last(r).text).toContain("Ngày cấp giấy chứng nhận");
  r = await app.say(who, date);
  r = await app.say(who, issuer);
  r = await app.say(who, number);
  expect(last(r).text).toContain("Xem lại");
  return tap(who, r, "Gửi");
}

/** Every message queued for a person (they share the test clock's instant), as sent. */
const told = async (personId: string) =>
  (await app.deps.prisma.delivery.findMany({ include: { message: true }, where: { personId } })).map(
    (r) => r.message.payload as unknown as OutgoingMessage,
  );
const toldText = async (personId: string) => (await told(personId)).map((m) => m.text).join("\n---\n");

describe("an ĐVUT reports their own certificate from /me", () => {
  it("the secretary confirms it: only then is it a recorded step, audited, and the ĐVUT is told", async () => {
    const { prisma } = app.deps;
    let r = await report(org.accounts.an, "15/06/2024", "Trung tâm Chính trị quận Ninh Kiều", "123/GCN");
    expect(all(r)).toContain("Đã gửi Bí thư chi đoàn xác nhận");
    expect(await prisma.candidacyEvent.count({ where: { step: "certificate" } })).toBe(0);
    // While it waits, /me offers no second report.
    r = await app.say(org.accounts.an, "/me");
    expect(last(r).choices?.map((c) => c.label)).not.toContain(
      "Báo cáo giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng",
    );

    const request = (await told(org.people.secA1.id)).find((m) => m.text.includes("báo cáo giấy chứng nhận"));
    if (!request) throw new Error("no confirmation request for the secretary");
    expect(request.text).toContain(
      "ĐVUT Nguyễn Văn An báo cáo giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng: ngày cấp 15/06/2024, cơ quan cấp Trung tâm Chính trị quận Ninh Kiều, số 123/GCN",
    );
    const confirm = request.choices?.find((c) => c.label === "Xác nhận giấy chứng nhận");
    r = await app.press(org.accounts.secA1, confirm?.value as string);
    expect(all(r)).toContain("Đã xác nhận và ghi nhận giấy chứng nhận của ĐVUT Nguyễn Văn An");
    const step = await prisma.candidacyEvent.findFirstOrThrow({ where: { step: "certificate" } });
    expect(step).toMatchObject({
      occurredOn: d("2024-06-15"),
      sourceBody: "Trung tâm Chính trị quận Ninh Kiều",
      sourceNumber: "123/GCN",
      recordedById: org.people.secA1.id,
    });
    expect(await prisma.auditLog.count({ where: { action: "journey.certificate-claim.confirm" } })).toBe(1);
    expect(
      await prisma.auditLog.count({
        where: { action: "journey.record", after: { path: ["step"], equals: "certificate" } },
      }),
    ).toBe(1);
    expect(await toldText(org.people.an.id)).toContain(
      "vừa được ghi nhận: Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng (ngày 15/06/2024)",
    );
    expect(all(await app.say(org.accounts.an, "/me"))).toContain(
      "• 15/06/2024 — Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng (Trung tâm Chính trị quận Ninh Kiều; số 123/GCN)",
    );
    // A second press changes nothing.
    r = await app.press(org.accounts.secA1, confirm?.value as string);
    expect(await prisma.candidacyEvent.count({ where: { step: "certificate" } })).toBe(1);
  });

  it("the secretary refuses it with a reason: nothing recorded, the ĐVUT is told why and may report again", async () => {
    const { prisma } = app.deps;
    await report(org.accounts.cuong, "01/05/2026", "Trường Chính trị thành phố", "/skip");
    // Cường's chi đoàn has no secretary: the secretary of the Đoàn cơ sở above gets it; also shown in /dvut.
    let r = await app.say(org.accounts.secB, "/dvut");
    r = await tap(org.accounts.secB, r, "Lê Văn Cường");
    expect(last(r).text).toContain("ĐVUT Lê Văn Cường báo cáo giấy chứng nhận");
    r = await tap(org.accounts.secB, r, "Không xác nhận");
    r = await app.say(org.accounts.secB, "Ngày cấp không khớp với bản gốc");
    r = await tap(org.accounts.secB, r, "Gửi");
    expect(all(r)).toContain("Đã báo ĐVUT Lê Văn Cường lý do không xác nhận");
    expect(await prisma.candidacyEvent.count({ where: { step: "certificate" } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "journey.certificate-claim.refuse" } })).toBe(1);
    expect(await toldText(org.people.cuong.id)).toContain("Lý do: Ngày cấp không khớp với bản gốc");
    r = await app.say(org.accounts.cuong, "/me");
    expect(last(r).choices?.map((c) => c.label)).toContain("Báo cáo giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng");
  });
});
