import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { ChatContext } from "../../src/core/context.ts";
import { FlowEngine } from "../../src/core/dialogue/engine.ts";
import { type Answers, defineGuestFlow } from "../../src/core/dialogue/flow.ts";
import { resolveSpeaker } from "../../src/core/identity.ts";
import type { IncomingMessage, OutgoingMessage } from "../../src/core/messages.ts";
import { ok, refuse } from "../../src/core/result.ts";
import { sweepIdleConversations } from "../../src/jobs/sweep-drafts.ts";
import { createTestApp, type TestApp } from "../support/app.ts";

/**
 * The runner's guest flows, own review screen, prefill and per-flow expiry, on a flow of the test's own (no module's):
 * a stranger leaves a link to look at, at a moment still to come.
 */
const visit = defineGuestFlow({
  id: "test-visit",
  titleKey: "link-reg-title",
  access: "anyone",
  params: z.object({ from: z.string() }),
  expireAfterHours: 2,
  async init(env) {
    return env.person ? refuse("link-already", { name: env.person.fullName }) : ok({ from: env.account.platform });
  },
  prefill: (args): Answers => (args ? { site: args } : {}),
  steps: () => [
    { id: "site", kind: "link", promptKey: "broadcast-ask-photo", labelKey: "broadcast-label-photo" },
    {
      id: "at",
      kind: "datetime",
      future: true,
      optional: true,
      skipLabelKey: "broadcast-choice-now",
      promptKey: "broadcast-ask-time",
      labelKey: "broadcast-label-time",
    },
  ],
  async review(_env, params, answers) {
    if (typeof answers.site === "string" && answers.site.includes("blocked")) return refuse("broadcast-refused-nobody");
    return ok({ lines: [{ key: "broadcast-preview-photo", args: { url: `${answers.site} (${params.from})` } }] });
  },
  async apply({ answers }) {
    return ok({ key: "broadcast-preview-photo", args: { url: `filed ${answers.site}` } });
  },
});

let app: TestApp;
let engine: FlowEngine;
beforeEach(async () => {
  app = await createTestApp();
  engine = new FlowEngine([visit]);
});
afterEach(() => app.close());

let update = 0;
async function turn(content: IncomingMessage["content"], run: (ctx: ChatContext) => Promise<unknown>) {
  const msg: IncomingMessage = {
    platform: "zalo",
    chatId: "z-guest",
    chatType: "private",
    sender: { externalId: "z-guest" },
    content,
    receivedAt: app.clock.now(),
    updateKey: `guest-${++update}`,
  };
  const speaker = await resolveSpeaker(app.deps, msg);
  if (!speaker) throw new Error("no speaker");
  const ctx = new ChatContext(app.deps, msg, speaker, content);
  const taken = await run(ctx);
  return { taken, replies: ctx.replies, last: ctx.replies.at(-1) as OutgoingMessage };
}
const say = (text: string) => turn({ kind: "text", text }, (ctx) => engine.handle(ctx));
const press = (screen: OutgoingMessage, label: string) => {
  const value = screen.choices?.find((c) => c.label.startsWith(label))?.value;
  if (!value) throw new Error(`no "${label}" in ${JSON.stringify(screen.choices)}`);
  return turn({ kind: "choice", value }, (ctx) => engine.handle(ctx));
};

describe("a guest flow", () => {
  it("belongs to the chat account, starts past its prefilled answer, and shows its own review screen", async () => {
    const started = await turn({ kind: "text", text: "" }, (ctx) =>
      engine.start(ctx, "test-visit", "https://example.org/blocked"),
    );
    expect(started.last.text).toContain("Gửi lúc nào?");
    const row = await app.deps.prisma.conversation.findFirstOrThrow();
    expect(row.ownerKey).toBe("c:zalo:z-guest");
    // A refusal of the review screen: said, and no "Gửi" until an answer is changed.
    let review = (await press(started.last, "Gửi ngay")).last;
    expect(review.text).toContain("Không có ai nhận được thông báo này");
    expect(review.choices?.map((c) => c.label)).toEqual([
      "Sửa mục “Ảnh kèm theo”",
      "Sửa mục “Thời điểm gửi”",
      "Hủy bản này",
    ]);
    const site = (await press(review, "Sửa mục “Ảnh kèm theo”")).last;
    expect(site.text).toContain("Đang trả lời: https://example.org/blocked");
    review = (await say("https://example.org/open")).last;
    expect(review.text).toContain("Kèm ảnh: https://example.org/open (zalo)");
    expect(review.choices?.[0]?.label).toBe("Gửi");
    expect((await press(review, "Gửi")).last.text).toContain("Kèm ảnh: filed https://example.org/open");
  });

  it("is forgotten after its own expiry: the message is left to the modules", async () => {
    await turn({ kind: "text", text: "" }, (ctx) => engine.start(ctx, "test-visit"));
    expect((await say("not a link")).taken).toBe(true);
    app.clock.advance(3 * 3_600_000);
    expect((await say("https://example.org")).taken).toBe(false);
    expect((await app.deps.prisma.conversation.findFirstOrThrow()).status).toBe("expired");
  });

  it("is expired by the hourly sweep once its own expiry has passed, long before the runtime's", async () => {
    await turn({ kind: "text", text: "" }, (ctx) => engine.start(ctx, "test-visit"));
    app.clock.advance(3600_000);
    expect((await sweepIdleConversations(app.deps, [visit])).expired).toBe(0);
    app.clock.advance(2 * 3600_000);
    expect((await sweepIdleConversations(app.deps, [visit])).expired).toBe(1);
    expect((await app.deps.prisma.conversation.findFirstOrThrow()).status).toBe("expired");
  });
});
