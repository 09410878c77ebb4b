import { describe, expect } from "vitest";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import { renderChoicesAsList } from "../../src/core/messages.ts";
import { enqueue } from "../../src/outbox/enqueue.ts";
import { last, secretary, tap } from "../flows/support.ts";
import type { ChatAccount, TestApp } from "../support/app.ts";
import { it } from "../support/fixtures.ts";
import { RecordingSender, testWorker, until } from "../support/outbox.ts";

const texts = (replies: OutgoingMessage[]) => replies.map((r) => r.text).join("\n");
/** What a person sees where there are no buttons (Zalo, the terminal). */
const asList = (reply: OutgoingMessage) => renderChoicesAsList(reply.choices ?? [], reply.numberFrom);

/** Delivers what is queued through the real outbox worker, as the running bot would. */
async function deliver(app: TestApp, senders: RecordingSender[]): Promise<void> {
  const worker = testWorker(app.deps.prisma, senders);
  await worker.start();
  try {
    await until(async () => (await app.deps.prisma.delivery.count({ where: { status: "pending" } })) === 0);
    await until(async () => (await app.deps.prisma.delivery.count({ where: { status: "sending" } })) === 0);
  } finally {
    await worker.stop();
  }
}

/** A secretary in an activity report, at the step that asks for the number of participants. */
async function atNumberStep(app: TestApp) {
  let r = await tap(app, secretary, await app.say(secretary, "/menu"), "Báo cáo một hoạt động");
  r = await app.say(secretary, "Sinh hoạt chính trị");
  r = await app.say(secretary, "20/11/2026");
  r = await tap(app, secretary, r, "Pháp luật");
  r = await tap(app, secretary, r, "Xong");
  expect(last(r).text).toContain("Số người tham gia?");
  return r;
}

describe("typed answers against the open prompts", () => {
  it("never approves a registration by a typed number on a number step: the word and a confirmation do", async ({
    app,
    org: _org,
  }) => {
    await atNumberStep(app);
    // A stranger asks to be linked; the request reaches the secretary through the outbox.
    const stranger: ChatAccount = { platform: "zalo", externalId: "stranger-1" };
    await app.press(stranger, "link:register");
    await app.say(stranger, "Hồ Văn Lạ");
    let r = await app.say(stranger, "01/02/1999");
    r = await app.press(stranger, last(r).choices?.find((c) => c.label.includes("Sở Tư pháp"))?.value as string);
    r = await app.press(stranger, last(r).choices?.find((c) => c.label.includes("Văn phòng"))?.value as string);
    expect(texts(r)).toContain("Hồ Văn Lạ");
    const telegram = new RecordingSender("telegram");
    await deliver(app, [telegram, new RecordingSender("zalo")]);
    const notice = telegram.delivered.get(secretary.externalId)?.[0] as OutgoingMessage;
    expect(notice.text).toContain("Hồ Văn Lạ");
    // On Zalo the approve and refuse choices carry no number.
    expect(asList(notice)).toBe("• Duyệt\n• Từ chối");

    // "1" answers the question the secretary is on: one participant. Nothing is approved.
    r = await app.say(secretary, "1");
    expect(last(r).text).toContain("Câu 5/5");
    const request = await app.deps.prisma.registrationRequest.findFirstOrThrow();
    expect(request.status).toBe("pending");

    // The typed word asks for a confirmation first; only then is it taken.
    r = await app.say(secretary, "✅ duyệt");
    expect(last(r).text).toContain("cần xác nhận");
    expect((await app.deps.prisma.registrationRequest.findFirstOrThrow()).status).toBe("pending");
    r = await app.say(secretary, "1");
    expect(texts(r)).toContain("Đã duyệt yêu cầu của Hồ Văn Lạ");
    expect((await app.deps.prisma.registrationRequest.findFirstOrThrow()).status).toBe("approved");
  });

  it("on a number step the keep-the-value choice has no number: '1' records 1, its words keep the value", async ({
    app,
    org: _org,
  }) => {
    await atNumberStep(app);
    let r = await app.say(secretary, "45");
    r = await app.say(secretary, "Sinh hoạt chuyên đề về pháp luật cho đoàn viên");
    r = await tap(app, secretary, r, "Số người tham gia");
    expect(asList(last(r))).toBe("• Giữ nguyên: 45");
    r = await app.say(secretary, "giữ nguyên");
    expect(last(r).text).toContain("Số người tham gia: 45");
    r = await tap(app, secretary, r, "Số người tham gia");
    r = await app.say(secretary, "1");
    expect(last(r).text).toContain("Số người tham gia: 1");
  });

  it("keeps each notice's choices reachable by their numbers, and an unmatched word wipes nothing", async ({
    app,
    org: _org,
  }) => {
    const member: ChatAccount = { platform: "zalo", externalId: "mem-1" };
    const now = app.clock.now();
    const reminder = {
      text: "Sắp đến hạn báo cáo quý.",
      choices: [
        { value: "/help", label: "Xem hướng dẫn" },
        { value: "/menu", label: "📝 Làm báo cáo quý" },
      ],
    };
    await enqueue(app.deps.prisma, [{ platform: "zalo", chatId: member.externalId, message: reminder }], now);
    const zalo = new RecordingSender("zalo");
    await deliver(app, [zalo]);
    const quiz = {
      text: "Câu hỏi tuần này",
      choices: [
        { value: "lang:en", label: "Đáp án A" },
        { value: "lang:vi", label: "Đáp án B" },
      ],
    };
    await enqueue(app.deps.prisma, [{ platform: "zalo", chatId: member.externalId, message: quiz }], now);
    await deliver(app, [zalo]);
    const [first, second] = zalo.delivered.get(member.externalId) as OutgoingMessage[];
    expect(asList(first as OutgoingMessage)).toBe("1. Xem hướng dẫn\n2. 📝 Làm báo cáo quý");
    // The quiz numbers on after the reminder's, so "2" still means the reminder's second choice.
    expect(asList(second as OutgoingMessage)).toBe("3. Đáp án A\n4. Đáp án B");

    expect(texts(await app.say(member, "không biết"))).toContain("chưa nhận diện được");
    // The quiz answered by its label; the reminder's choices are still open, by number.
    expect(texts(await app.say(member, "đáp án b"))).toContain("Đã chuyển sang Tiếng Việt");
    expect(texts(await app.say(member, "2"))).toContain("Việc cần làm");
  });
});
