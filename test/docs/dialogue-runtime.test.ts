import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FlowEngine } from "../../src/core/dialogue/engine.ts";
import type { AnyFlow } from "../../src/core/dialogue/flow.ts";
import { Dispatcher } from "../../src/core/dispatcher.ts";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import { menuFeature } from "../../src/modules/menu/menu.ts";
import { last, member, seedOrg } from "../flows/support.ts";
import { createTestApp, type TestApp } from "../support/app.ts";

/**
 * Keeps docs/dialogue-runtime.md honest: its example flow is taken from the page as written, put where a module file
 * would be, compiled, and walked through as a member would.
 */
const page = readFileSync(resolve(import.meta.dirname, "../../docs/dialogue-runtime.md"), "utf8");
const example = /## Adding a flow[\s\S]*?```ts\n([\s\S]*?)```/.exec(page)?.[1] ?? "";
// A module file's place: src/modules/<capability>/, so the page's imports resolve as written.
const folder = resolve(import.meta.dirname, "../../src/modules/.doc-example");
let flow: AnyFlow;
let app: TestApp;
let dispatcher: Dispatcher;

beforeAll(async () => {
  expect(example).toContain("defineFlow");
  mkdirSync(folder, { recursive: true });
  const file = join(folder, "suggestion.ts");
  writeFileSync(file, example);
  const loaded = (await import(file)) as { suggestionFlow: AnyFlow };
  flow = loaded.suggestionFlow;
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

beforeEach(async () => {
  app = await createTestApp();
  await seedOrg(app.deps.prisma);
  const dialogue = new FlowEngine([flow]);
  const deps = { ...app.deps, dialogue };
  const start = {
    name: "suggest",
    access: "linked" as const,
    run: (ctx: Parameters<typeof dialogue.start>[0]) => deps.dialogue.start(ctx, flow.id),
  };
  // /menu as the bot has it: the example flow is on it by its `offer` alone.
  dispatcher = new Dispatcher(deps, [{ name: "example", commands: [start] }, menuFeature], dialogue);
});
afterEach(async () => {
  await app.close();
});

const say = (text: string) =>
  dispatcher.handle({
    platform: member.platform,
    chatId: member.externalId,
    chatType: "private",
    sender: { externalId: member.externalId },
    content: { kind: "text", text },
    receivedAt: app.clock.now(),
  });
const press = (value: string, promptId?: string) =>
  dispatcher.handle({
    platform: member.platform,
    chatId: member.externalId,
    chatType: "private",
    sender: { externalId: member.externalId },
    content: { kind: "choice", value, promptId },
    receivedAt: app.clock.now(),
  });

/** Presses the button of the last reply whose label contains `label`. */
async function tap(replies: OutgoingMessage[], label: string): Promise<OutgoingMessage[]> {
  const reply = last(replies);
  const choice = reply.choices?.find((c) => c.label.includes(label));
  expect(choice, reply.text).toBeDefined();
  return press(choice?.value as string, reply.promptId);
}

describe("the example flow of docs/dialogue-runtime.md", () => {
  it("runs as written: a choice typed, a text, a yes/no button, the review screen, one audit row", async () => {
    let r: OutgoingMessage[] = await say("/suggest");
    expect(last(r).text).toContain("Đồng chí góp ý về việc gì?");
    r = await say("hoat dong");
    expect(last(r).text).toContain("Câu 2/3");
    r = await say("Tổ chức thêm sinh hoạt ngoài trời.");
    r = await tap(r, "Có");
    expect(last(r).text).toContain("Nội dung: Tổ chức thêm sinh hoạt ngoài trời.");
    r = await tap(r, "Gửi");
    expect(last(r).text).toBe("Đã gửi góp ý. Cảm ơn đồng chí.");
    const audit = await app.deps.prisma.auditLog.findMany({ where: { action: "suggestion.send" } });
    expect(audit.map((a) => a.after)).toEqual([{ topic: "activities", named: true }]);
  });

  it("is offered on /menu by its `offer`, and its button starts it", async () => {
    let r: OutgoingMessage[] = await say("/menu");
    expect(last(r).choices?.map((c) => c.label)).toEqual(["Góp ý với Đoàn Khối", "Sửa báo cáo đã gửi"]);
    r = await tap(r, "Góp ý với Đoàn Khối");
    expect(last(r).text).toContain("Đồng chí góp ý về việc gì?");
    // Started, it is offered once, as a draft to continue.
    r = await say("/menu");
    expect(last(r).choices?.map((c) => c.label)).toEqual(["Làm tiếp: Góp ý (câu 1/3)", "Sửa báo cáo đã gửi"]);
  });
});
