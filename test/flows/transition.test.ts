import { describe, expect, it } from "vitest";
import { type FlowAction, readFlowAction } from "../../src/core/dialogue/buttons.ts";
import type { Step } from "../../src/core/dialogue/flow.ts";
import { type FlowState, REVIEW } from "../../src/core/dialogue/state.ts";
import { afterParse, transition } from "../../src/core/dialogue/transition.ts";
import { addNotice, afterReplies, matchTyped, parsePending, prepareNotice } from "../../src/core/pending.ts";
import type { MessageKey } from "../../src/i18n/i18n.ts";
import { flowState } from "./support.ts";

/** A screen button's action as the runtime reads it ("v:other", "back"). */
const act = (text: string) => readFlowAction(text) as FlowAction;

/** Keys the engine only passes on: these tests read the decisions, not the words. */
const P = "p" as MessageKey;
const L = "l" as MessageKey;

/** The rules of a turn, without a database: a choice, a number with a check, and a branch. */
const steps: Step<unknown>[] = [
  {
    id: "kind",
    kind: "choice",
    promptKey: P,
    labelKey: L,
    options: [
      { value: "a", label: "A" },
      { value: "other", label: "Other" },
    ],
  },
  { id: "why", kind: "text", max: 100, promptKey: P, labelKey: L, when: (answers) => answers.kind === "other" },
  {
    id: "count",
    kind: "number",
    min: 1,
    max: 50,
    promptKey: P,
    labelKey: L,
    optional: true,
    check: (value) => (value === 13 ? { ok: false, reason: "unlucky" as MessageKey } : { ok: true, value: undefined }),
  },
];

const state = (over: Partial<FlowState> = {}) => flowState("kind", over);

describe("transition (pure)", () => {
  it("asks for parsing, then moves along the branch the answer opens", () => {
    const decision = transition(steps, state(), { kind: "action", action: act("v:other") });
    expect(decision).toEqual({ kind: "parse", step: steps[0], input: { kind: "value", value: "other" } });
    const next = afterParse(steps, state(), steps[0] as Step<unknown>, { ok: true, value: "other" });
    expect(next).toMatchObject({ kind: "move", state: { current: "why", history: ["kind"] } });
    const skipBranch = afterParse(steps, state(), steps[0] as Step<unknown>, { ok: true, value: "a" });
    expect(skipBranch).toMatchObject({ kind: "move", state: { current: "count" } });
  });

  it("takes a typed number on a number step as the number, never as Keep or Skip", () => {
    const at = state({ current: "count", answers: { kind: "a", count: 7 }, history: ["kind"] });
    expect(transition(steps, at, { kind: "action", action: act("keep"), typed: "1" })).toMatchObject({
      kind: "parse",
      input: { kind: "text", text: "1" },
    });
    expect(transition(steps, at, { kind: "action", action: act("keep"), typed: "giữ nguyên" })).toMatchObject({
      kind: "move",
      state: { current: REVIEW, answers: { count: 7 } },
    });
    expect(transition(steps, at, { kind: "action", action: act("skip") })).toMatchObject({
      kind: "move",
      state: { answers: { count: null } },
    });
  });

  it("shows a step's check refusal, goes back, and only submits from the review screen", () => {
    const at = state({ current: "count", answers: { kind: "a" }, history: ["kind"] });
    expect(afterParse(steps, at, steps[2] as Step<unknown>, { ok: true, value: 13 })).toEqual({
      kind: "show",
      notes: [{ key: "unlucky", args: undefined }],
    });
    expect(transition(steps, at, { kind: "action", action: act("back") })).toMatchObject({
      kind: "move",
      state: { current: "kind", history: [] },
    });
    expect(transition(steps, at, { kind: "action", action: act("confirm") })).toMatchObject({ kind: "show" });
    expect(transition(steps, { ...at, current: REVIEW }, { kind: "action", action: act("confirm") })).toEqual({
      kind: "submit",
    });
    expect(transition(steps, at, { kind: "action", action: act("cancel") })).toEqual({ kind: "cancel" });
  });
});

describe("pending choices (pure)", () => {
  const now = new Date("2026-11-26T02:00:00Z");
  it("numbers a notice on after the open prompts and keeps a number step's typed numbers for the step", () => {
    const afterReply = afterReplies(
      { prompts: [] },
      [{ text: "How many?", choices: [{ value: "~1:keep", label: "Keep: 2", unnumbered: true }], expectsNumber: true }],
      undefined,
      now,
    );
    const notice = {
      text: "A registration",
      choices: [
        { value: "reg:approve:1", label: "✅ Duyệt", secure: true },
        { value: "/menu", label: "Menu" },
      ],
    };
    prepareNotice(afterReply, notice, "delivery-1");
    expect(notice).toMatchObject({ numberFrom: 1 });
    const both = addNotice(afterReply, notice, now);
    // The conversation asks for a number: "1" is its answer, not the notice's "1. Menu".
    expect(matchTyped(both, "1")).toBeUndefined();
    expect(matchTyped(both, "duyet")).toMatchObject({ kind: "confirm", choice: { value: "reg:approve:1" } });
    expect(matchTyped(both, "keep")).toMatchObject({ kind: "choice", choice: { value: "~1:keep" } });
    expect(matchTyped(both, "menu")).toMatchObject({ kind: "choice", choice: { value: "/menu" } });
    // A number question without any button still keeps typed numbers for itself, until the bot moves on.
    const bare = afterReplies({ prompts: [] }, [{ text: "How many?", expectsNumber: true }], undefined, now);
    const reminder = { text: "Reminder", choices: [{ value: "/menu", label: "Menu" }] };
    prepareNotice(bare, reminder, "delivery-2");
    const withReminder = addNotice(bare, reminder, now);
    expect(matchTyped(withReminder, "1")).toBeUndefined();
    const movedOn = afterReplies(withReminder, [{ text: "Next question" }], undefined, now);
    expect(matchTyped(movedOn, "1")).toMatchObject({ choice: { value: "/menu" } });
    // Stored before as one { promptId, choices }: still read.
    expect(matchTyped(parsePending({ promptId: "ab", choices: [{ value: "x", label: "X" }] }, now), "1")).toMatchObject(
      {
        choice: { value: "x" },
      },
    );
  });
});
