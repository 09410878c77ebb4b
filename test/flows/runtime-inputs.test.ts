import { describe, expect, it } from "vitest";
import { type FlowAction, readFlowAction } from "../../src/core/dialogue/buttons.ts";
import type { AnyStep, GuestEnv } from "../../src/core/dialogue/flow.ts";
import { parseAnswer, unitOptions } from "../../src/core/dialogue/inputs.ts";
import { type FlowState, REVIEW } from "../../src/core/dialogue/state.ts";
import { afterParse, transition } from "../../src/core/dialogue/transition.ts";
import { OrgTree } from "../../src/core/org.ts";
import { ok, refuse } from "../../src/core/result.ts";
import type { OrgUnit } from "../../src/generated/prisma/client.ts";
import type { MessageKey } from "../../src/i18n/i18n.ts";
import { flowState } from "./support.ts";

/** A screen button's action as the runtime reads it ("v:other", "back"). */
const act = (text: string) => readFlowAction(text) as FlowAction;

/** The inputs the composer and the registration brought to the runtime, without a database or a chat. */
const unit = (id: string, name: string, parentId: string | null = null, active = true) =>
  ({ id, code: id.toUpperCase(), name, parentId, active }) as OrgUnit;
const tree = new OrgTree([
  unit("dk", "Đoàn Khối"),
  unit("tp", "Đoàn cơ sở Sở Tư pháp", "dk"),
  unit("vp", "Chi đoàn Văn phòng", "tp"),
  unit("yt", "Chi đoàn Sở Y tế", "dk"),
  unit("old", "Chi đoàn đã giải thể", "dk", false),
]);
const env = {
  deps: { config: { TZ_NAME: "Asia/Ho_Chi_Minh" } },
  now: new Date("2026-11-26T02:00:00Z"),
  tree,
  person: null,
} as unknown as GuestEnv;

/** Keys the engine only passes on: these tests read the decisions, not the words. */
const base = { promptKey: "p" as MessageKey, labelKey: "l" as MessageKey };
const when: AnyStep = { id: "when", kind: "datetime", future: true, optional: true, ...base };
const photo: AnyStep = { id: "photo", kind: "link", invalidKey: "photo-invalid" as MessageKey, ...base };
const where: AnyStep = {
  id: "where",
  kind: "unit",
  browse: "tree",
  within: () => new Set(["vp", "yt"]),
  outsideKey: "outside" as MessageKey,
  ...base,
};
const name: AnyStep = {
  id: "name",
  kind: "text",
  max: 50,
  parse: (text) => (/\d/.test(text) ? refuse("bad-name" as MessageKey) : ok(text.toUpperCase())),
  ...base,
};
const typed = (step: AnyStep, text: string) => parseAnswer(step, { kind: "text", text }, env, {}, []);

const state = (over: Partial<FlowState> = {}) => flowState("where", over);

describe("date-time, link, unit and parsed text inputs", () => {
  it("reads a local date and time in Vietnam's time zone and refuses one that has passed", async () => {
    expect(await typed(when, "30/11/2026 08:00")).toEqual({ ok: true, value: "2026-11-30T01:00:00.000Z" });
    expect(await typed(when, "8h 30/11")).toEqual({ ok: true, value: "2026-11-30T01:00:00.000Z" });
    expect(await typed(when, "26/11/2026 08:59")).toMatchObject({ ok: false, reason: "flow-datetime-past" });
    expect(await typed(when, "hôm nay")).toMatchObject({ ok: false, reason: "flow-datetime-invalid" });
  });

  it("takes a web link and refuses anything else with the step's own words", async () => {
    expect(await typed(photo, "https://example.org/a.jpg")).toEqual({ ok: true, value: "https://example.org/a.jpg" });
    expect(await typed(photo, "a.jpg")).toMatchObject({ ok: false, reason: "photo-invalid" });
    expect(await typed(photo, "javascript:alert(1)")).toMatchObject({ ok: false, reason: "photo-invalid" });
  });

  it("finds a unit by code or name, refuses one outside the step's units, and knows no dissolved unit", async () => {
    expect(await typed(where, "vp")).toEqual({ ok: true, value: { id: "vp", name: "Chi đoàn Văn phòng" } });
    expect(await typed(where, "chi doan so y te")).toEqual({ ok: true, value: { id: "yt", name: "Chi đoàn Sở Y tế" } });
    expect(await typed(where, "TP")).toMatchObject({ ok: false, reason: "outside" });
    expect(await typed(where, "Chi đoàn đã giải thể")).toMatchObject({ ok: false, reason: "flow-unit-not-found" });
  });

  it("lets a text step read its answer its own way", async () => {
    expect(await typed(name, "  lan ")).toEqual({ ok: true, value: "LAN" });
    expect(await typed(name, "lan 2")).toMatchObject({ ok: false, reason: "bad-name" });
  });

  it("browses the tree one level at a time: the single top unit opened, a unit with units below opened", () => {
    expect(unitOptions(tree, "tree", undefined, undefined)).toEqual({
      units: [
        { id: "yt", name: "Chi đoàn Sở Y tế", code: "YT", open: false },
        { id: "tp", name: "Đoàn cơ sở Sở Tư pháp", code: "TP", open: true },
      ],
      opened: { id: "dk", name: "Đoàn Khối" },
    });
    expect(unitOptions(tree, "tree", undefined, "tp").units.map((u) => u.id)).toEqual(["vp"]);
    expect(unitOptions(tree, "list", new Set(["vp", "tp"]), undefined).units.map((u) => u.id)).toEqual(["tp", "vp"]);
  });

  it("opens a unit as a move of the pure transition, and forgets it once answered or on /back", () => {
    const opened = transition([where], state(), { kind: "action", action: act("o:tp") });
    expect(opened).toEqual({ kind: "move", state: state({ browse: "tp" }) });
    const at = state({ browse: "tp" });
    const answered = afterParse([where], at, where, { ok: true, value: { id: "vp", name: "Chi đoàn Văn phòng" } });
    expect(answered).toMatchObject({ kind: "move", state: { current: REVIEW } });
    expect(answered.kind === "move" && answered.state.browse).toBeUndefined();
    const back = transition([name, where], state({ browse: "tp", history: ["name"] }), {
      kind: "action",
      action: act("back"),
    });
    expect(back.kind === "move" && back.state).toMatchObject({ current: "name" });
    expect(back.kind === "move" && back.state.browse).toBeUndefined();
  });
});
