import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IncomingContent, OutgoingMessage } from "../../src/core/messages.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { secretary, seedOrg } from "./support.ts";

/** A small seeded generator, so a failure can be replayed with the same seed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const samples = [
  "",
  " ",
  "\n\n\t",
  "x".repeat(5000),
  "Đ".repeat(1001),
  "🎉🔥👍🏽👨‍👩‍👧‍👦",
  "مرحبا بالعالم",
  "שלום עולם",
  "\u202Eabc\u202C",
  "\u0000\u0007\u001b[31mred\u009b",
  "\u200b\u200b",
  "-1",
  "1e309",
  "99999999999999999999",
  "NaN",
  "0x10",
  "3.5",
  "1.000.000",
  "31/02/2026",
  "29/02/2024",
  "2026-13-01",
  "00/00/0000",
  "15/3/2026",
  "hôm nay",
  "không",
  "Có",
  "xong",
  "1, 2, 99",
  "Nguyễn",
  "chau",
  '\'; DROP TABLE "Report"; --',
  "<b>bold</b>",
  "{ $name }",
  "Lập trường vững vàng, chấp hành tốt chủ trương của Đảng",
];

function randomText(next: () => number): string {
  const roll = next();
  if (roll < 0.5) return samples[Math.floor(next() * samples.length)] as string;
  if (roll < 0.7) return String(Math.floor(next() * 14) - 1);
  const length = Math.floor(next() * 40);
  let text = "";
  for (let i = 0; i < length; i++) text += String.fromCodePoint(Math.floor(next() * 0x2ffff));
  return text.replace(/^\//, "x");
}

const flows = ["dvut-remark", "classification", "activity", "self-report"];

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  const org = await seedOrg(app.deps.prisma);
  // The bình chọn of Châu (rated excellent): the journey's flow is started for one member.
  flows.push(`journey-selection:${org.people.chau}`);
});
afterAll(async () => {
  await app.close();
});

describe("flows under random input", () => {
  it("never crash and always answer with the current question, a re-ask or a closing word", async () => {
    const next = random(20261126);
    let lastReply: OutgoingMessage | undefined;
    const send = (content: IncomingContent) =>
      app.dispatcher.handle({
        platform: secretary.platform,
        chatId: secretary.externalId,
        chatType: "private",
        sender: { externalId: secretary.externalId },
        content,
        receivedAt: app.clock.now(),
      });
    const steps = Number(process.env.FLOW_FUZZ_STEPS ?? 1200);
    for (let i = 0; i < steps; i++) {
      const roll = next();
      let content: IncomingContent;
      if (i % 60 === 0 || !lastReply) {
        content = { kind: "choice", value: `flow:start:${flows[Math.floor(next() * flows.length)]}` };
      } else if (roll < 0.55) content = { kind: "text", text: randomText(next) };
      else if (roll < 0.8 && lastReply.choices?.length) {
        const choice = lastReply.choices[Math.floor(next() * lastReply.choices.length)];
        content = { kind: "choice", value: choice?.value as string, promptId: lastReply.promptId as string };
      } else if (roll < 0.85) content = { kind: "unsupported" };
      else if (roll < 0.88) content = { kind: "contact", phone: "+84901234567", isOwn: true };
      else if (roll < 0.92) content = { kind: "choice", value: `~${Math.floor(next() * 50)}:v:${randomText(next)}` };
      else content = { kind: "text", text: ["/back", "/skip", "/back", "/cancel"][Math.floor(next() * 4)] as string };

      const replies = await send(content);
      const context = `step ${i}: ${JSON.stringify(content).slice(0, 200)}`;
      expect(replies.length, context).toBeGreaterThan(0);
      for (const reply of replies) {
        expect(reply.text.trim().length, context).toBeGreaterThan(0);
        expect(reply.text, context).not.toContain("gặp lỗi khi xử lý");
        expect(reply.text.length, context).toBeLessThan(6000);
      }
      const active = await app.deps.prisma.conversation.findFirst({ where: { status: "active" } });
      const text = replies.at(-1)?.text ?? "";
      if (active) expect(/Câu \d+\/\d+|Xem lại|Sửa /.test(text), `${context}\n${text}`).toBe(true);
      lastReply = replies.at(-1);
      // Let time pass now and then, so dates and idle drafts move too.
      if (i % 200 === 199) app.clock.advance(3_600_000);
    }
    expect(await app.deps.prisma.report.count()).toBeGreaterThan(0);
  }, 120_000);
});
