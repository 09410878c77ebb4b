import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { defineFlow, defineGuestFlow } from "../../src/core/dialogue/flow.ts";
import { ok } from "../../src/core/result.ts";

/**
 * The answers a flow's hooks read are typed from its steps (`AnswersOf` in src/core/dialogue/flow.ts). tsc checks
 * this file with the rest of test/ (`npx tsc -p tsconfig.json`): a misspelt answer must not compile, so the
 * `@ts-expect-error` lines fail the type check if the typing ever lets one through.
 */
const categories = [
  { value: "good", labelKey: "flow-self-type-study" },
  { value: "bad", labelKey: "flow-self-type-other" },
] as const;

const typed = defineFlow({
  id: "types-probe",
  titleKey: "example-suggestion-title",
  access: "linked",
  params: z.object({ unitId: z.string(), members: z.array(z.string()) }),
  async init(env) {
    return ok({ unitId: env.person.unitId, members: [] });
  },
  steps: (p) => [
    { id: "topic", kind: "choice", promptKey: "flow-self-type", labelKey: "flow-self-type-label", options: categories },
    {
      id: "other",
      kind: "text",
      max: 200,
      promptKey: "flow-self-type",
      labelKey: "flow-self-type-label",
      when: (a) => a.topic === "bad",
    },
    {
      id: "count",
      kind: "number",
      min: 0,
      max: 9,
      optional: true,
      promptKey: "flow-self-type",
      labelKey: "flow-self-type-label",
    },
    { id: "on", kind: "date", promptKey: "flow-self-date", labelKey: "flow-self-date-label" },
    { id: "at", kind: "datetime", promptKey: "flow-self-date", labelKey: "flow-self-date-label" },
    { id: "photo", kind: "link", optional: true, promptKey: "flow-self-date", labelKey: "flow-self-date-label" },
    { id: "sure", kind: "yesno", promptKey: "flow-self-evidence", labelKey: "flow-self-evidence-label" },
    {
      id: "tags",
      kind: "multi",
      promptKey: "flow-self-type",
      labelKey: "flow-self-type-label",
      options: [{ value: "x", labelKey: "flow-self-type-study" }],
    },
    {
      id: "who",
      kind: "member",
      promptKey: "flow-self-type",
      labelKey: "flow-self-type-label",
      candidates: async () => [],
    },
    { id: "where", kind: "unit", browse: "list", promptKey: "flow-self-type", labelKey: "flow-self-type-label" },
    // Ids made per member: a template keeps them typed as a family of names.
    ...p.members.map((_, i) => ({
      id: `m${i}` as `m${number}`,
      kind: "yesno" as const,
      promptKey: "flow-self-evidence" as const,
      labelKey: "flow-self-evidence-label" as const,
    })),
  ],
  report(p, answers) {
    expectTypeOf(answers.topic).toEqualTypeOf<"good" | "bad">();
    expectTypeOf(answers.other).toEqualTypeOf<string | undefined>();
    expectTypeOf(answers.count).toEqualTypeOf<number | null>();
    expectTypeOf(answers.on).toEqualTypeOf<string>();
    expectTypeOf(answers.at).toEqualTypeOf<string>();
    expectTypeOf(answers.photo).toEqualTypeOf<string | null>();
    expectTypeOf(answers.sure).toEqualTypeOf<boolean>();
    expectTypeOf(answers.tags).toEqualTypeOf<string[]>();
    expectTypeOf(answers.who).toEqualTypeOf<{ id: string; name: string }>();
    expectTypeOf(answers.where).toEqualTypeOf<{ id: string; name: string }>();
    // One of a family of ids may not exist (noUncheckedIndexedAccess).
    expectTypeOf(answers.m3).toEqualTypeOf<boolean | undefined>();
    // @ts-expect-error: no step is called "topics"
    answers.topics;
    // @ts-expect-error: nor "x3" (only m0, m1…)
    answers.x3;
    return { kind: "activity", unitId: p.unitId, year: 2026 };
  },
  async apply({ answers }) {
    expectTypeOf(answers.sure).toEqualTypeOf<boolean>();
    // @ts-expect-error: a misspelt answer in apply
    answers.suer;
    return ok(undefined);
  },
  prefill: () => ({ on: "2026-01-01" }),
});

const guest = defineGuestFlow({
  id: "types-guest",
  titleKey: "example-suggestion-title",
  access: "anyone",
  params: z.object({}),
  async init() {
    return ok({});
  },
  steps: () => [{ id: "name", kind: "text", max: 9, promptKey: "link-reg-ask-name", labelKey: "link-reg-label-name" }],
  async apply({ answers }) {
    expectTypeOf(answers.name).toEqualTypeOf<string>();
    // @ts-expect-error: a guest flow's answers are typed too
    answers.nmae;
    return ok(undefined);
  },
});

describe("answers typed from the steps", () => {
  it("is a check of the compiler (tsc -p tsconfig.json); the flows themselves are plain values", () => {
    expect(typed.id).toBe("types-probe");
    expect(guest.guest).toBe(true);
  });
});
