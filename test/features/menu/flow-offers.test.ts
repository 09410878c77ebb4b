import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { FlowEngine } from "../../../src/core/dialogue/engine.ts";
import { defineFlow } from "../../../src/core/dialogue/flow.ts";
import { Dispatcher } from "../../../src/core/dispatcher.ts";
import type { OutgoingMessage } from "../../../src/core/messages.ts";
import { ok } from "../../../src/core/result.ts";
import { allFeatures, allFlows, dialogueHooks } from "../../../src/modules/index.ts";
import { last } from "../../flows/support.ts";
import { morningOf, type Org, seedOrg } from "../../jobs/org-fixture.ts";
import { type ChatAccount, createTestApp, type TestApp } from "../../support/app.ts";

/**
 * A flow of the test's own, registered beside every module's flow: it is on /menu by declaring `offer` alone, placed
 * by its sort key among the others, and offered once as "continue" while its draft is open.
 */
const probeFlow = defineFlow({
  id: "test-probe",
  titleKey: "example-suggestion-title",
  access: ["secretary"],
  params: z.object({ quarter: z.string() }),
  async init(_env, args) {
    return ok({ quarter: args });
  },
  async offer() {
    return {
      // Owed by quarter 3: after that quarter's remarks, before quarter 4's.
      entries: [{ label: { key: "example-suggestion-menu" }, args: ["2026-Q3"], sort: ["due", "2026-Q3", 5] }],
      lines: [{ key: "example-suggestion-done" }],
    };
  },
  steps: () => [
    {
      id: "text",
      kind: "text",
      max: 500,
      promptKey: "example-suggestion-text",
      labelKey: "example-suggestion-text-label",
    },
    { id: "named", kind: "yesno", promptKey: "example-suggestion-named", labelKey: "example-suggestion-named-label" },
  ],
});

let app: TestApp;
let org: Org;
let dispatcher: Dispatcher;

beforeEach(async () => {
  app = await createTestApp({ now: morningOf("2026-10-08").toISOString() });
  org = await seedOrg(app.deps);
  const dialogue = new FlowEngine([...allFlows, probeFlow], dialogueHooks);
  const deps = { ...app.deps, dialogue };
  const features = allFeatures({ listCommands: () => dispatcher.listCommands() });
  dispatcher = new Dispatcher(deps, features, dialogue);
});
afterEach(async () => {
  await app.close();
});

function send(who: ChatAccount, content: { kind: "text"; text: string } | { kind: "choice"; value: string }) {
  return dispatcher.handle({
    platform: who.platform,
    chatId: who.externalId,
    chatType: "private",
    sender: { externalId: who.externalId },
    content,
    receivedAt: app.clock.now(),
  });
}

const menu = async (who: ChatAccount) => {
  const reply: OutgoingMessage = last(await send(who, { kind: "text", text: "/menu" }));
  return { text: reply.text, choices: reply.choices ?? [] };
};

describe("a flow's own menu entries", () => {
  it("appear on /menu in their place, with their line, and turn into 'continue' once started", async () => {
    const secretary = org.account(org.people.secA1.id);
    let shown = await menu(secretary);
    expect(shown.text).toBe("What to do — pick one:\nSuggestion sent. Thank you.");
    expect(shown.choices.map((c) => c.label)).toEqual([
      "1 ĐVUT remarks for Q3/2026 — late (due 05/10/2026)",
      "Send Đoàn Khối a suggestion",
      "1 ĐVUT remarks due this quarter",
      "Member classification 2026 — 3 not classified",
      "Report an activity",
      "Record an ĐVUT selection vote",
      "Report my own activity or achievement",
      "Correct a sent report",
    ]);
    const entry = shown.choices.find((c) => c.label === "Send Đoàn Khối a suggestion");
    expect(entry?.value).toBe("flow:start:test-probe:2026-Q3");

    // Its button starts it with its arguments; while the draft is open the flow is offered once, first, to continue.
    const started = last(await send(secretary, { kind: "choice", value: entry?.value as string }));
    expect(started.text).toContain("Write your suggestion.");
    shown = await menu(secretary);
    expect(shown.choices.map((c) => c.label).slice(0, 3)).toEqual([
      "Continue: Suggestion (question 1/2)",
      "1 ĐVUT remarks for Q3/2026 — late (due 05/10/2026)",
      "1 ĐVUT remarks due this quarter",
    ]);
  });

  it("are not offered to whom the flow's access leaves out", async () => {
    const member = org.account(org.people.memberA1.id);
    const shown = await menu(member);
    expect(shown.text).toBe("What to do — pick one:");
    expect(shown.choices.map((c) => c.label)).toEqual([
      "Report my own activity or achievement",
      "Correct a sent report",
    ]);
  });
});
