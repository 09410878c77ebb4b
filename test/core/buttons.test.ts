import { describe, expect, it } from "vitest";
import { telegramCapabilities } from "../../src/channels/telegram/capabilities.ts";
import { type ButtonKind, button, decodeOneOf, kindOf } from "../../src/core/buttons.ts";
import {
  correctReportButton,
  myReportsButton,
  readFlowAction,
  startFlowButton,
} from "../../src/core/dialogue/buttons.ts";
import * as broadcasts from "../../src/modules/broadcasts/buttons.ts";
import * as dashboard from "../../src/modules/dashboard/buttons.ts";
import * as documents from "../../src/modules/documents/buttons.ts";
import * as education from "../../src/modules/education/buttons.ts";
import * as help from "../../src/modules/help/buttons.ts";
import * as linking from "../../src/modules/linking/buttons.ts";
import * as pipeline from "../../src/modules/pipeline/buttons.ts";
import * as reporting from "../../src/modules/reporting/buttons.ts";
import * as review from "../../src/modules/review/buttons.ts";
import * as roster from "../../src/modules/roster/buttons.ts";

/** The button codec without a chat: each field shape both ways, and what it refuses. */
describe("a button kind", () => {
  const approve = button("review:approve", { reportId: "id", version: "int" });
  const decide = button("reg", { decision: ["approve", "reject"], requestId: "id" });
  const page = button("dash", { code: "text", page: "int?" }, { separator: "@" });
  const list = button("review:list");
  const value = button("v", { value: "tail" });

  it("round-trips every field shape", () => {
    expect(approve.value({ reportId: "r1", version: 3 })).toBe("review:approve:r1:3");
    expect(approve.decode("review:approve:r1:3")).toEqual({ ok: true, fields: { reportId: "r1", version: 3 } });
    expect(decide.value({ decision: "reject", requestId: "q" })).toBe("reg:reject:q");
    expect(decide.decode("reg:reject:q")).toEqual({ ok: true, fields: { decision: "reject", requestId: "q" } });
    expect(page.value({ code: "A" })).toBe("dash:A");
    expect(page.value({ code: "A", page: 2 })).toBe("dash:A@2");
    expect(page.decode("dash:A@2")).toEqual({ ok: true, fields: { code: "A", page: 2 } });
    expect(page.decode("dash:A")).toEqual({ ok: true, fields: { code: "A" } });
    expect(list.value()).toBe("review:list");
    expect(list.decode("review:list")).toEqual({ ok: true, fields: {} });
    expect(startFlowButton.value({ flowId: "self-report" })).toBe("flow:start:self-report");
    expect(startFlowButton.value({ flowId: "unit-report", args: ["u1", "2026-Q4"] })).toBe(
      "flow:start:unit-report:u1:2026-Q4",
    );
    expect(startFlowButton.decode("flow:start:unit-report:u1:2026-Q4")).toEqual({
      ok: true,
      fields: { flowId: "unit-report", args: ["u1", "2026-Q4"] },
    });
    // The trailing ":" an older /me button carried: an empty argument, as before.
    expect(startFlowButton.decode("flow:start:journey-self-certificate:")).toEqual({
      ok: true,
      fields: { flowId: "journey-self-certificate", args: [""] },
    });
    // A tail is the rest as it stands, separators included: nothing follows it to be misread.
    expect(value.value({ value: "a:b" })).toBe("v:a:b");
    expect(value.decode("v:a:b")).toEqual({ ok: true, fields: { value: "a:b" } });
  });

  it("never lets a field carry a separator into the next field", () => {
    const tricky = { reportId: "r:1%3A", version: 2 };
    const text = approve.value(tricky);
    expect(text).toBe("review:approve:r%3A1%253A:2");
    expect(approve.decode(text)).toEqual({ ok: true, fields: tricky });
    const code = page.value({ code: "A@2:x", page: 1 });
    expect(code).toBe("dash:A%402%3Ax@1");
    expect(page.decode(code)).toEqual({ ok: true, fields: { code: "A@2:x", page: 1 } });
    const args = startFlowButton.value({ flowId: "f", args: ["a:b", "c"] });
    expect(startFlowButton.decode(args)).toEqual({ ok: true, fields: { flowId: "f", args: ["a:b", "c"] } });
  });

  it("refuses fields of the wrong shape when building", () => {
    expect(() => approve.value({ reportId: "", version: 1 })).toThrow(/empty/);
    expect(() => approve.value({ reportId: "r", version: -1 })).toThrow(/whole number/);
    expect(() => approve.value({ reportId: "r", version: 1.5 })).toThrow(/whole number/);
    // @ts-expect-error: not one of the decisions
    expect(() => decide.value({ decision: "maybe", requestId: "q" })).toThrow(/one of/);
    expect(() => button("Bad Prefix")).toThrow(/prefix/);
    expect(() => button("x", { rest: "list", after: "id" })).toThrow(/last/);
    expect(() => button("x", { maybe: "int?", after: "id" })).toThrow(/optional/);
  });

  it("reports a value longer than Telegram's 64 bytes instead of building it", () => {
    const TELEGRAM = telegramCapabilities.maxChoiceValueBytes;
    expect(TELEGRAM).toBe(64);
    const long = "Đ".repeat(30);
    expect(page.encode({ code: "A" }, TELEGRAM)).toEqual({ ok: true, value: "dash:A" });
    expect(page.encode({ code: long }, TELEGRAM)).toEqual({ ok: false, reason: "too-long", bytes: 65 });
    expect(page.encode({ code: long }, Number.POSITIVE_INFINITY)).toEqual({ ok: true, value: `dash:${long}` });
    // value() still builds it: a platform carries a long value by its place in the prompt.
    expect(page.value({ code: long })).toBe(`dash:${long}`);
  });

  it("tells another kind's value from a malformed one of its own", () => {
    expect(approve.decode("review:open:r1")).toEqual({ ok: false, reason: "not-mine" });
    expect(approve.decode("review:approvex:r1:1")).toEqual({ ok: false, reason: "not-mine" });
    expect(approve.decode("zzz:1")).toEqual({ ok: false, reason: "not-mine" });
    for (const broken of ["review:approve", "review:approve:r1", "review:approve:r1:x", "review:approve:r1:1:2"])
      expect(approve.decode(broken)).toEqual({ ok: false, reason: "malformed" });
    expect(approve.decode("review:approve::1")).toEqual({ ok: false, reason: "malformed" });
    expect(decide.decode("reg:maybe:q")).toEqual({ ok: false, reason: "malformed" });
    expect(list.decode("review:list:extra")).toEqual({ ok: false, reason: "malformed" });
    expect(page.decode("dash:A@two")).toEqual({ ok: false, reason: "malformed" });
  });

  it("finds the kind of a value by its longest prefix", () => {
    const decideSelf = button("selfrep", { decision: ["approve", "decline"], reportId: "id" });
    const listSelf = button("selfrep:list");
    expect(kindOf([decideSelf, listSelf], "selfrep:list")).toBe(listSelf);
    expect(kindOf([decideSelf, listSelf], "selfrep:approve:r1")).toBe(decideSelf);
    expect(kindOf([decideSelf, listSelf], "selfreport:x")).toBeUndefined();
    expect(decodeOneOf({ decideSelf, listSelf }, "selfrep:decline:r2")).toEqual({
      name: "decideSelf",
      fields: { decision: "decline", reportId: "r2" },
    });
  });

  it("reads the dialogue's screen buttons as typed actions", () => {
    expect(readFlowAction("v:good")).toEqual({ name: "value", fields: { value: "good" } });
    expect(readFlowAction("edit:members")).toEqual({ name: "edit", fields: { stepId: "members" } });
    expect(readFlowAction("page:2")).toEqual({ name: "page", fields: { page: 2 } });
    expect(readFlowAction("back")).toEqual({ name: "back", fields: {} });
    expect(readFlowAction("page:x")).toBeUndefined();
    expect(readFlowAction("nonsense")).toBeUndefined();
  });
});

/** Each kind the bot declares, against a value as the code before the codec wrote it by hand. */
describe("the declared kinds keep the old wire format", () => {
  const old: [ButtonKind<unknown>, string][] = [
    [broadcasts.confirmBroadcastButton, "ack:b1"],
    [broadcasts.remindUnconfirmedButton, "ackr:b1:u1"],
    [broadcasts.broadcastRatesButton, "bc:rates:b1"],
    [broadcasts.cancelBroadcastButton, "bc:cancel:b1"],
    [dashboard.dashboardButton, "dash:A"],
    [dashboard.dashboardButton, "dash:A@2"],
    [dashboard.dashboardButton, "dash:*"],
    [dashboard.chartButton, "dashc:A"],
    [dashboard.unitViewButton, "dashu:A"],
    [documents.exportButton, "export:dvut"],
    [documents.exportButton, "export:plan docx"],
    [documents.exportButton, "export:remarks 2026 M001 docx"],
    [education.quizAnswerButton, "quiz:2026-W48:2"],
    [help.languageButton, "lang:en"],
    [linking.registerButton, "link:register"],
    [linking.oldRegistrationUnitButton, "link:u1"],
    [linking.registrationDecisionButton, "reg:approve:q1"],
    [linking.registrationDecisionButton, "reg:reject:q1"],
    [pipeline.showJourneyButton, "dvut:show:c1"],
    [pipeline.pickMemberButton, "dvut:pick"],
    [pipeline.pickTransferInButton, "dvut:pickin"],
    [pipeline.confirmClaimButton, "dvut:certok:c1"],
    [pipeline.correctJourneyButton, "dvut:fix:c1"],
    [reporting.selfReportDecisionButton, "selfrep:approve:r1"],
    [reporting.selfReportDecisionButton, "selfrep:decline:r1"],
    [reporting.selfReportsButton, "selfrep:list"],
    [review.openReportButton, "review:open:r1"],
    [review.approveReportButton, "review:approve:r1:2"],
    [review.returnReportButton, "review:return:r1"],
    [review.fixReportButton, "review:fix:r1"],
    [review.reviewListButton, "review:list"],
    [roster.memberCardButton, "card:p1"],
    [startFlowButton, "flow:start:self-report"],
    [startFlowButton, "flow:start:unit-report:u1:2026-Q4"],
    [correctReportButton, "flow:correct:r1"],
    [myReportsButton, "flow:mine"],
  ];
  it.each(old)("%#: reads and writes %s", (kind, text) => {
    const decoded = kind.decode(text);
    if (!decoded.ok) throw new Error(`${text}: ${decoded.reason}`);
    expect(kind.value(decoded.fields as never)).toBe(text);
  });
});
