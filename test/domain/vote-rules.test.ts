import { describe, expect, it } from "vitest";
import { checkInput, checkVoteAgainstRoster, type StepInput } from "../../src/modules/pipeline/journey.ts";
import { defaultJourneyRules, resolutionVotesNeeded } from "../../src/modules/pipeline/journey-rules.ts";

/** The vote rules of admission.md on their own, without a database: bình chọn and nghị quyết giới thiệu. */
const now = new Date("2026-11-26T02:00:00Z");
const on = new Date("2026-11-20T00:00:00Z");
const selection = (membersTotal: number, present: number, inFavour: number): StepInput => ({
  step: "selection",
  date: on,
  membersTotal,
  present,
  inFavour,
});
const resolution = (membersTotal: number, present: number, inFavour: number): StepInput => ({
  ...selection(membersTotal, present, inFavour),
  step: "resolution",
  sourceBody: "BCH Đoàn cơ sở",
  sourceNumber: "05-NQ/ĐTN",
});
const verdict = (input: StepInput, rules = defaultJourneyRules) => {
  const result = checkInput(input, rules, now);
  return result.ok ? "ok" : { reason: result.reason, args: result.args };
};

describe("a bình chọn", () => {
  it("passes with more than half of those present in favour", () => {
    expect(verdict(selection(4, 4, 3))).toBe("ok");
    expect(verdict(selection(10, 3, 2))).toBe("ok");
    expect(verdict(selection(1, 1, 1))).toBe("ok");
  });

  it("fails at exactly half of those present", () => {
    expect(verdict(selection(4, 4, 2))).toEqual({
      reason: "journey-selection-no-majority",
      args: { present: 4, inFavour: 2 },
    });
    expect(verdict(selection(4, 3, 1))).toMatchObject({ reason: "journey-selection-no-majority" });
  });

  it("refuses impossible counts: more present than members, more in favour than present, nobody present", () => {
    for (const [members, present, inFavour] of [
      [4, 5, 3],
      [4, 3, 4],
      [4, 0, 0],
      [0, 0, 0],
      [4, 4, -1],
    ] as const) {
      expect(verdict(selection(members, present, inFavour))).toEqual({
        reason: "journey-votes-invalid",
        args: { members, present, inFavour },
      });
    }
  });

  it("needs every count, and a date that has come", () => {
    expect(verdict({ step: "selection", date: on, membersTotal: 4, present: 4 })).toEqual({
      reason: "journey-field-missing",
      args: { field: "inFavour" },
    });
    expect(verdict({ ...selection(4, 4, 3), date: new Date("2026-11-27T00:00:00Z") })).toMatchObject({
      reason: "journey-date-in-future",
    });
  });

  it("cannot have more present than the chi đoàn's roster", () => {
    const roster = { name: "Chi đoàn Văn phòng", members: 4 };
    expect(checkVoteAgainstRoster({ present: 4 }, roster).ok).toBe(true);
    expect(checkVoteAgainstRoster({ present: 5 }, roster)).toEqual({
      ok: false,
      reason: "figures-present-above-roster",
      args: { present: 5, members: 4, unit: "Chi đoàn Văn phòng" },
    });
  });
});

describe("a nghị quyết giới thiệu", () => {
  it("needs more than half of ALL the body's members in favour, not of those present", () => {
    expect(resolutionVotesNeeded(9, defaultJourneyRules)).toBe(5);
    expect(resolutionVotesNeeded(10, defaultJourneyRules)).toBe(6);
    expect(verdict(resolution(9, 8, 5))).toBe("ok");
    expect(verdict(resolution(9, 5, 5))).toBe("ok");
    expect(verdict(resolution(9, 8, 4))).toEqual({
      reason: "journey-resolution-no-majority",
      args: { members: 9, inFavour: 4, needed: 5 },
    });
    expect(verdict(resolution(10, 10, 5))).toMatchObject({ reason: "journey-resolution-no-majority" });
  });

  it("follows the configured percentage", () => {
    const twoThirds = { ...defaultJourneyRules, resolutionMajorityPercent: 66 };
    expect(resolutionVotesNeeded(9, twoThirds)).toBe(6);
    expect(verdict(resolution(9, 9, 6), twoThirds)).toBe("ok");
    expect(verdict(resolution(9, 9, 5), twoThirds)).toMatchObject({ reason: "journey-resolution-no-majority" });
  });

  it("names the body and its number", () => {
    expect(verdict({ ...resolution(9, 9, 9), sourceNumber: " " })).toEqual({
      reason: "journey-field-missing",
      args: { field: "sourceNumber" },
    });
  });
});
