import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect } from "vitest";
import { type App, createApp } from "../../src/app.ts";
import { ManualClock } from "../../src/clock.ts";
import { loadConfig } from "../../src/config.ts";
import { ChatContext } from "../../src/core/context.ts";
import { resolveSpeaker } from "../../src/core/identity.ts";
import type { IncomingMessage } from "../../src/core/messages.ts";
import { openDatabase } from "../../src/db/database.ts";
import { sweepIdleConversations } from "../../src/jobs/sweep-drafts.ts";
import { createLogger } from "../../src/logger.ts";
import type { TestApp } from "../support/app.ts";
import { itSpeakingAs } from "../support/fixtures.ts";
import { last, member, secretary, seedOrg, tap } from "./support.ts";

const it = itSpeakingAs(secretary);

/** Starts the remark flow and answers the four required text steps. */
async function remarkUntilStrengths(app: TestApp) {
  await app.press(secretary, "flow:start:dvut-remark");
  for (const answer of ["Vững vàng", "Hoàn thành tốt", "Tích cực", "Gương mẫu"]) await app.say(secretary, answer);
}

async function remarkAtReview(app: TestApp) {
  await remarkUntilStrengths(app);
  await app.say(secretary, "/skip");
  await app.say(secretary, "/skip");
  return app.say(secretary, "1");
}

describe("conversation engine", () => {
  it("stores one report when confirm is pressed twice, one after the other or at the same moment", async ({
    app,
    say,
    org: _org,
  }) => {
    const review = await remarkAtReview(app);
    const confirm = last(review).choices?.find((c) => c.label.includes("Gửi"));
    const first = await app.press(secretary, confirm?.value as string, last(review).promptId);
    expect(first[0]?.text).toContain("Đã gửi");
    const second = await app.press(secretary, confirm?.value as string, last(review).promptId);
    expect(second.map((m) => m.text).join()).not.toContain("Đã gửi");
    expect(await app.deps.prisma.report.count()).toBe(1);

    // The second ĐVUT's remark, confirmed twice concurrently (two instances, or a double tap racing).
    for (const answer of ["Vững vàng", "Hoàn thành tốt", "Tích cực", "Gương mẫu", "/skip", "/skip", "1"])
      await say(answer);
    const pending = await app.deps.prisma.platformIdentity.findFirstOrThrow({
      where: { externalId: secretary.externalId },
    });
    const [{ promptId, choices }] = (
      pending.pendingChoices as { prompts: { promptId: string; choices: { value: string; label: string }[] }[] }
    ).prompts as [{ promptId: string; choices: { value: string; label: string }[] }];
    const value = choices.find((c) => c.label.includes("Gửi"))?.value as string;
    const results = await Promise.all([app.press(secretary, value, promptId), app.press(secretary, value, promptId)]);
    expect(results.filter((r) => r.some((m) => m.text.includes("Đã gửi")))).toHaveLength(1);
    expect(await app.deps.prisma.report.count()).toBe(2);
    expect(await app.deps.prisma.reportVersion.count()).toBe(2);
  });

  it("refuses an answer to an older question and shows the current one", async ({ app, say, org: _org }) => {
    const first = await app.press(secretary, "flow:start:dvut-remark");
    await remarkUntilStrengths(app);
    const r = await say("/skip");
    expect(last(r).text).toContain("Câu 6/7");
    // A button of the first screen, replayed (e.g. from another device): its revision is old.
    const stale = await app.press(secretary, "~1:keep");
    expect(last(stale).text).toContain("thuộc một câu hỏi cũ");
    expect(last(stale).text).toContain("Câu 6/7");
    expect(first).toBeDefined();
  });

  it("re-asks after an unsupported message, and discards the draft on /cancel", async ({ app, say, org: _org }) => {
    await app.press(secretary, "flow:start:dvut-remark");
    const r = await app.dispatcher.handle({
      platform: secretary.platform,
      chatId: secretary.externalId,
      chatType: "private",
      sender: { externalId: secretary.externalId },
      content: { kind: "unsupported" },
      receivedAt: app.clock.now(),
    });
    expect(last(r).text).toContain("Hệ thống chỉ đọc được chữ");
    expect(last(r).text).toContain("Câu 1/7");
    expect(last(await say("/cancel")).text).toContain("Đã hủy");
    expect(last(await say("Vững vàng")).text).toContain("Hệ thống chưa nhận diện được nội dung tin nhắn");
    expect(last(await say("/back")).text).toContain("không có bản nào đang làm dở");
  });

  it("keeps a draft when another flow starts, and offers to continue it on the menu", async ({
    app,
    say,
    org: _org,
  }) => {
    await remarkUntilStrengths(app);
    await app.press(secretary, "flow:start:activity");
    const menu = await say("/menu");
    const labels = last(menu).choices?.map((c) => c.label) ?? [];
    expect(labels).toContain("Làm tiếp: Nhận xét ĐVUT (câu 5/7)");
    expect(labels).toContain("Làm tiếp: Báo cáo hoạt động (câu 1/5)");
    expect(labels.filter((l) => l.includes("nhận xét") || l.includes("Nhận xét"))).toHaveLength(1);
    const r = await tap(app, secretary, menu, "Làm tiếp: Nhận xét ĐVUT");
    expect(last(r).text).toContain("Tiếp tục bản đồng chí đang làm dở");
    expect(last(r).text).toContain("Câu 5/7");
  });

  it("shows where a draft stands before taking answers from another chat of the same person", async ({
    app,
    org: _org,
  }) => {
    await remarkUntilStrengths(app);
    const secretaryPerson = await app.deps.prisma.platformIdentity.findFirstOrThrow({ where: secretary });
    const zalo = { platform: "zalo" as const, externalId: "sec-zalo" };
    await app.deps.prisma.platformIdentity.create({
      data: { ...zalo, chatId: zalo.externalId, personId: secretaryPerson.personId },
    });
    let r = await app.say(zalo, "Ưu điểm: chịu khó");
    expect(last(r).text).toContain("Đồng chí đang làm dở bản này ở một cuộc trò chuyện khác");
    expect(last(r).text).toContain("Câu 5/7");
    r = await app.say(zalo, "Chịu khó, ham học hỏi");
    expect(last(r).text).toContain("Câu 6/7");
    // The Telegram screen is now stale: its buttons are refused, and text there first shows the current step.
    r = await app.press(secretary, "~5:skip");
    expect(last(r).text).toContain("thuộc một câu hỏi cũ");
    expect(last(r).text).toContain("Câu 6/7");
  });

  it("reminds an idle draft once, then expires it", async ({ app, say, org: _org }) => {
    await remarkUntilStrengths(app);
    app.clock.advance(23 * 3_600_000);
    expect((await sweepIdleConversations(app.deps)).reminders).toHaveLength(0);
    app.clock.advance(2 * 3_600_000);
    const { reminders } = await sweepIdleConversations(app.deps);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.text).toContain("Nhận xét ĐVUT đang làm dở");
    expect((await sweepIdleConversations(app.deps)).reminders).toHaveLength(0);
    // The reminder does not count as activity: expiry still runs from the last answer.
    const row = await app.deps.prisma.conversation.findFirstOrThrow();
    expect(row.updatedAt.toISOString()).toBe("2026-11-26T02:00:00.000Z");
    const delivery = await app.deps.prisma.delivery.findFirst({ include: { message: true } });
    expect(delivery?.chatId).toBe(secretary.externalId);
    expect(JSON.stringify(delivery?.message.payload)).toContain("flow:start:dvut-remark");

    app.clock.advance(14 * 86_400_000);
    expect((await sweepIdleConversations(app.deps)).expired).toBe(1);
    expect(last(await say("Ưu điểm")).text).toContain("Hệ thống chưa nhận diện được nội dung tin nhắn");
    const again = await app.press(secretary, "flow:start:dvut-remark");
    expect(last(again).text).toContain("Câu 1/7");
  });

  it("lets the author correct a filed report: a new version, the previous one kept", async ({
    app,
    say,
    org: _org,
  }) => {
    const review = await remarkAtReview(app);
    await tap(app, secretary, review, "Gửi");
    await say("/cancel");
    const mine = await tap(app, secretary, await say("/menu"), "Sửa báo cáo đã gửi");
    let r = await tap(app, secretary, mine, "Nhận xét ĐVUT");
    expect(last(r).text).toContain("Sửa Nhận xét ĐVUT đã gửi");
    r = await tap(app, secretary, r, "Quan hệ quần chúng, uy tín, hoạt động Đoàn");
    r = await say("Rất tích cực, là nòng cốt của chi đoàn");
    r = await tap(app, secretary, r, "Gửi");
    expect(last(r).text).toContain("bản sửa lần 2");
    const report = await app.deps.prisma.report.findFirst({ include: { versions: { orderBy: { version: "asc" } } } });
    expect(report?.version).toBe(2);
    expect(report?.versions.map((v) => (v.data as { answers: { union: string } }).answers.union)).toEqual([
      "Tích cực",
      "Rất tích cực, là nòng cốt của chi đoàn",
    ]);
    expect(await app.deps.prisma.auditLog.count({ where: { action: "report.correct" } })).toBe(1);
  });

  it("reopens only the fields a reviewer sent back, then the review screen, and files the next version", async ({
    app,
    say,
    org: _org,
  }) => {
    const review = await remarkAtReview(app);
    await tap(app, secretary, review, "Gửi");
    await say("/cancel");
    const report = await app.deps.prisma.report.findFirstOrThrow();
    const msg: IncomingMessage = {
      platform: secretary.platform,
      chatId: secretary.externalId,
      chatType: "private",
      sender: { externalId: secretary.externalId },
      content: { kind: "text", text: "" },
      receivedAt: app.clock.now(),
    };
    const speaker = await resolveSpeaker(app.deps, msg);
    if (!speaker) throw new Error("a message without an update key is never a duplicate");
    const ctx = new ChatContext(app.deps, msg, speaker, msg.content);
    await app.deps.dialogue.correct(ctx, report.id, ["union", "proposal"]);
    expect(last(ctx.replies).text).toContain("Câu 1/2");
    expect(last(ctx.replies).text).toContain("Đang trả lời: Tích cực");
    let r = await say("Là nòng cốt phong trào tình nguyện");
    expect(last(r).text).toContain("Câu 2/2");
    r = await say("3");
    expect(last(r).text).toContain("Sửa Nhận xét ĐVUT đã gửi");
    expect(last(r).text).toContain("1. Phẩm chất chính trị, tư tưởng: Vững vàng");
    r = await tap(app, secretary, r, "Gửi");
    expect(last(r).text).toContain("bản sửa lần 2");
    const data = (await app.deps.prisma.report.findFirstOrThrow()).data as { answers: Record<string, unknown> };
    expect(data.answers).toMatchObject({
      attitude: "Vững vàng",
      union: "Là nòng cốt phong trào tình nguyện",
      proposal: "propose_admission",
    });
  });

  it("does not let another person correct a report", async ({ app, org: _org }) => {
    const review = await remarkAtReview(app);
    await tap(app, secretary, review, "Gửi");
    const report = await app.deps.prisma.report.findFirstOrThrow();
    expect(last(await app.press(member, `flow:correct:${report.id}`)).text).toContain("Chỉ người đã gửi");
  });

  it("drops a draft whose stored state no longer parses, with a word why", async ({ app, say, org: _org }) => {
    await remarkUntilStrengths(app);
    await app.deps.prisma.conversation.updateMany({ data: { state: { nonsense: true } } });
    expect(last(await say("Ưu điểm")).text).toContain("Bản nháp cũ không còn dùng được");
    expect(last(await say("/menu")).text).toContain("Việc cần làm");
  });
});

describe("conversation engine across a restart", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "doanbot-flows-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(clock: ManualClock): Promise<App> {
    const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent" });
    const db = await openDatabase({ kind: "pglite", dataDir: join(dir, "pglite") });
    return createApp(config, createLogger({ level: "silent", pretty: false }), { clock, db });
  }

  const text = (a: App, clock: ManualClock, t: string) =>
    a.dispatcher.handle({
      platform: secretary.platform,
      chatId: secretary.externalId,
      chatType: "private",
      sender: { externalId: secretary.externalId },
      content: { kind: "text", text: t } satisfies IncomingMessage["content"],
      receivedAt: clock.now(),
    });

  // A new data folder on disk is created by a child process (initdb): tens of seconds on a busy two-core machine.
  it("continues at the same step in a new process on the same database", { timeout: 180_000 }, async ({
    org: _org,
  }) => {
    const clock = new ManualClock("2026-11-26T02:00:00Z");
    const before = await open(clock);
    await seedOrg(before.deps.prisma);
    await text(before, clock, "/menu");
    await text(before, clock, "1");
    await text(before, clock, "Lập trường vững vàng");
    const r = await text(before, clock, "Hoàn thành tốt nhiệm vụ");
    expect(last(r).text).toContain("Câu 3/7");
    await before.close();

    const after = await open(clock);
    const next = await text(after, clock, "Tích cực tham gia");
    expect(last(next).text).toContain("Câu 4/7");
    await text(after, clock, "Gương mẫu");
    await text(after, clock, "/skip");
    await text(after, clock, "/skip");
    const review = await text(after, clock, "1");
    expect(last(review).text).toContain("1. Phẩm chất chính trị, tư tưởng: Lập trường vững vàng");
    expect(last(review).text).toContain("3. Quan hệ quần chúng, uy tín, hoạt động Đoàn: Tích cực tham gia");
    await after.close();
  });
});
