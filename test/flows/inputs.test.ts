import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import type { FlowEnv, Step } from "../../src/core/dialogue/flow.ts";
import { cleanText, parseAnswer, quote } from "../../src/core/dialogue/inputs.ts";
import type { MessageKey } from "../../src/i18n/i18n.ts";
import { I18n } from "../../src/i18n/i18n.ts";

/** Keys the engine only passes on: these tests read the decisions, not the words. */
const P = "p" as MessageKey;
const L = "l" as MessageKey;

const env = {
  deps: { config: loadConfig({ NODE_ENV: "test" }), i18n: new I18n("vi") },
  now: new Date("2026-11-26T02:00:00Z"),
  lang: "vi",
} as unknown as FlowEnv;

const numberStep: Step = { id: "n", kind: "number", min: 0, max: 5000, promptKey: P, labelKey: L };
const dateStep: Step = { id: "d", kind: "date", notFuture: true, promptKey: P, labelKey: L };
const parse = (step: Step, text: string) => parseAnswer(step, { kind: "text", text }, env, {}, []);

describe("flow inputs", () => {
  it("read numbers as a secretary types them", async () => {
    expect(await parse(numberStep, " 12 ")).toEqual({ ok: true, value: 12 });
    expect(await parse(numberStep, "1.000")).toEqual({ ok: true, value: 1000 });
    expect(await parse(numberStep, "3,5")).toMatchObject({ ok: false, reason: "flow-number-whole" });
    expect(await parse(numberStep, "5001")).toMatchObject({ ok: false, reason: "flow-number-range" });
    expect(await parse(numberStep, "1e3")).toMatchObject({ ok: false, reason: "flow-number-invalid" });
    expect(await parse(numberStep, "99999999999999999999")).toMatchObject({ ok: false, reason: "flow-number-range" });
  });

  it("read Vietnamese dates, refusing impossible and future ones", async () => {
    for (const text of ["15/3/2026", "15-03-2026", "15.3.2026", "2026-03-15"]) {
      expect(await parse(dateStep, text)).toEqual({ ok: true, value: "2026-03-15" });
    }
    expect(await parse(dateStep, "29/02/2026")).toMatchObject({ ok: false, reason: "flow-date-invalid" });
    expect(await parse(dateStep, "27/11/2026")).toMatchObject({ ok: false, reason: "flow-date-future" });
    expect(await parse(dateStep, "26/11/2026")).toEqual({ ok: true, value: "2026-11-26" });
  });

  it("strip control and direction-override characters and never cut an emoji in half", () => {
    expect(cleanText("\u0000a\u0007b\u202Ec\u200b\r\nd\t")).toBe("abc\nd");
    expect(cleanText("x\ud800y")).toBe("x\ufffdy");
    expect(quote("🎉".repeat(40), 3)).toBe("🎉🎉🎉…");
  });
});
