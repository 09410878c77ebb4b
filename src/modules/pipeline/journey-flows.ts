import { z } from "zod";
import type { Answers, AnswersOf, AnyFlow, FlowEnv, Step } from "../../core/dialogue/flow.ts";
import { defineFlow } from "../../core/dialogue/flow.ts";
import { menuUnits } from "../../core/dialogue/menu.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import { ok, type Result, refuse } from "../../core/result.ts";
import type { JourneyStep } from "../../generated/prisma/client.ts";
import { k, type MessageArgs, type MessageKey } from "../../i18n/i18n.ts";
import { reportKeys } from "../reporting/index.ts";
import { pickMemberButton } from "./buttons.ts";
import {
  checkVoteAgainstRoster,
  chiDoanRoster,
  factsOf,
  loadJourney,
  recordStep,
  type StepInput,
  startJourney,
} from "./journey.ts";
import {
  exitSteps,
  type FileItem,
  fileItemLabelKey,
  fileItems,
  fileItemsDone,
  type JourneyFacts,
  type JourneyWarning,
  journeyRules,
  resolutionVotesNeeded,
  warningsFor,
} from "./journey-rules.ts";

/** What a journey flow keeps between answers: the ĐVUT, the facts its warnings read, the rules in force. */
const params = z.object({
  /** The candidacy; empty for a bình chọn or a coming in, which start one. */
  candidacyId: z.string(),
  personId: z.string(),
  /** The person's unit, where a bình chọn is filed (and reviewed by the level above). */
  unitId: z.string(),
  name: z.string(),
  partyCommittee: z.string().nullable(),
  facts: z.object({
    steps: z.array(z.object({ step: z.string(), on: z.string(), fileItem: z.string().optional() })),
    dateOfBirth: z.string().nullable(),
    selectedOn: z.string().nullable(),
    laterRatings: z.array(z.object({ year: z.number(), category: z.string() })),
  }),
  /** The chi đoàn's active members on the roster (a bình chọn), which its vote is held against. */
  roster: z.object({ name: z.string(), members: z.number().int() }).optional(),
  rules: z.object({
    minAge: z.number(),
    maxAge: z.number(),
    certificateValidYears: z.number(),
    probationMonths: z.number(),
    resolutionMajorityPercent: z.number(),
  }),
});
type Params = z.infer<typeof params>;

const day = (value: string) => new Date(`${value}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
/** An earlier answer read by a step's own check (those read the answers so far, untyped). */
const num = (a: Answers, id: string) => {
  const value = a[id];
  return typeof value === "number" ? value : undefined;
};

function factsFrom(p: Params, on: Date | undefined): JourneyFacts {
  return {
    steps: p.facts.steps.map((s) => ({ step: s.step as JourneyStep, occurredOn: day(s.on), fileItem: s.fileItem })),
    dateOfBirth: p.facts.dateOfBirth ? day(p.facts.dateOfBirth) : null,
    selectedOn: p.facts.selectedOn ? day(p.facts.selectedOn) : (on ?? null),
    laterRatings: p.facts.laterRatings as JourneyFacts["laterRatings"],
  };
}

function warningsOf(step: JourneyStep, p: Params, a: Answers): JourneyWarning[] {
  if (typeof a.date !== "string") return [];
  const on = day(a.date);
  return warningsFor(step, on, factsFrom(p, on), p.rules);
}

const warningSteps: { kind: JourneyWarning["kind"]; promptKey: MessageKey }[] = [
  { kind: "age", promptKey: k("journey-warn-age") },
  { kind: "no_certificate", promptKey: k("journey-warn-no-certificate") },
  { kind: "certificate_lapsed", promptKey: k("journey-warn-certificate-lapsed") },
  { kind: "probation", promptKey: k("journey-warn-probation") },
  { kind: "rating", promptKey: k("journey-warn-rating") },
];

/** One yes/no per warning, shown only when the answers so far raise it; "no" is refused (fix the answer or /cancel). */
function confirmations(step: JourneyStep) {
  return warningSteps.map(({ kind, promptKey }) => ({
    id: `confirm_${kind}` as const,
    kind: "yesno" as const,
    promptKey,
    labelKey: k("journey-ask-confirm-label"),
    when: (a: Answers, p: Params) => warningsOf(step, p, a).some((w) => w.kind === kind),
    promptArgs: (p: Params, a: Answers): MessageArgs => {
      const w = warningsOf(step, p, a).find((x) => x.kind === kind);
      if (!w) return {};
      if (w.kind === "age") return { age: w.age, min: p.rules.minAge, max: p.rules.maxAge };
      if (w.kind === "certificate_lapsed") return { until: formatVietnameseDate(w.validUntil) };
      if (w.kind === "probation") return { until: formatVietnameseDate(w.endsOn), months: p.rules.probationMonths };
      if (w.kind === "rating") return { year: String(w.year), category: w.category };
      return {};
    },
    check: (value: unknown) => (value === true ? ok(undefined) : refuse("journey-warning-declined")),
  }));
}

const dateStep = (step: JourneyStep) => ({
  id: "date" as const,
  kind: "date" as const,
  notFuture: true,
  promptKey:
    step === "selection"
      ? k("journey-ask-date-meeting")
      : step === "certificate"
        ? k("journey-ask-date-certificate")
        : step === "admission"
          ? k("journey-ask-date-ceremony")
          : k("journey-ask-date"),
  labelKey: k("journey-ask-date-label"),
});

const textStep = <const I extends string>(
  id: I,
  promptKey: MessageKey,
  labelKey: MessageKey,
  optional = false,
  max = 200,
) => ({
  id,
  kind: "text" as const,
  max,
  promptKey,
  labelKey,
  optional,
});

const countSteps = (step: JourneyStep) => [
  {
    id: "membersTotal" as const,
    kind: "number",
    min: 1,
    max: 10_000,
    promptKey: step === "selection" ? k("journey-ask-members-chi-doan") : k("journey-ask-members-body"),
    labelKey: k("journey-ask-members-label"),
    // A bình chọn: the chi đoàn's members on the roster, pre-filled; another figure asks to be confirmed.
    ...(step === "selection"
      ? {
          default: async (_env: FlowEnv, p: Params) => p.roster?.members,
          confirmDiffers: true,
        }
      : {}),
  } satisfies Step<Params>,
  {
    id: "present" as const,
    kind: "number",
    min: 1,
    max: 10_000,
    promptKey: k("journey-ask-present"),
    labelKey: k("journey-ask-present-label"),
    check: (v, a, p) => {
      if (Number(v) > (num(a, "membersTotal") ?? 0)) return refuse("journey-present-above-members");
      // More present than the chi đoàn has members on the roster cannot be right, whatever total was typed.
      return step === "selection" && p.roster
        ? checkVoteAgainstRoster({ present: Number(v) }, p.roster)
        : ok(undefined);
    },
  } satisfies Step<Params>,
  {
    id: "inFavour" as const,
    kind: "number",
    min: 0,
    max: 10_000,
    promptKey: k("journey-ask-in-favour"),
    labelKey: k("journey-ask-in-favour-label"),
    check: (v, a, p) => {
      const inFavour = Number(v);
      const present = num(a, "present") ?? 0;
      const members = num(a, "membersTotal") ?? 0;
      if (inFavour > present) return refuse("journey-in-favour-above-present");
      if (step === "selection" && inFavour * 2 <= present)
        return refuse("journey-selection-no-majority", { present, inFavour });
      if (step === "resolution") {
        const needed = resolutionVotesNeeded(members, p.rules);
        if (inFavour < needed) return refuse("journey-resolution-no-majority", { members, inFavour, needed });
      }
      return ok(undefined);
    },
  } satisfies Step<Params>,
];

/** The questions of each step: its date, its source, its own facts, then the confirmations its warnings need. */
function stepsOf(step: JourneyStep, p: Params) {
  const source = (promptKey: MessageKey, optional = false) =>
    textStep("sourceBody", promptKey, k("journey-ask-source-label"), optional);
  const number = (optional: boolean) =>
    textStep("sourceNumber", k("journey-ask-number"), k("journey-ask-number-label"), optional, 50);
  const reason = (optional = false) =>
    textStep("reason", k("journey-ask-reason"), k("journey-ask-reason-label"), optional, 1000);
  const own = (() => {
    switch (step) {
      case "selection":
        return [
          ...countSteps(step),
          {
            id: "partyRepCame" as const,
            kind: "yesno",
            promptKey: k("journey-ask-party-rep-came"),
            labelKey: k("journey-ask-party-rep-came-label"),
          } satisfies Step<Params>,
          {
            ...textStep("partyRep", k("journey-ask-party-rep"), k("journey-ask-party-rep-label")),
            when: (a: Answers) => a.partyRepCame === true,
          },
          {
            ...textStep(
              "partyRepOpinion",
              k("journey-ask-party-rep-opinion"),
              k("journey-ask-party-rep-opinion-label"),
              true,
              1000,
            ),
            when: (a: Answers) => a.partyRepCame === true,
          },
        ];
      case "transfer_in":
        return [source(k("journey-ask-source-from")), reason(true)];
      case "handover":
        return [
          source(k("journey-ask-source-committee")),
          number(true),
          textStep("holiday", k("journey-ask-holiday"), k("journey-ask-holiday-label"), true, 100),
        ];
      case "certificate":
        return [source(k("journey-ask-source-certificate"), true), number(true)];
      case "recognition":
        return [
          source(k("journey-ask-source-committee")),
          number(true),
          textStep("mentorName", k("journey-ask-mentor"), k("journey-ask-mentor-label"), false, 120),
          textStep(
            "mentorPosition",
            k("journey-ask-mentor-position"),
            k("journey-ask-mentor-position-label"),
            true,
            120,
          ),
        ];
      case "file_item": {
        const done = fileItemsDone(factsFrom(p, undefined));
        return [
          {
            id: "fileItem" as const,
            kind: "choice",
            options: fileItems.filter((i) => !done.has(i)).map((i) => ({ value: i, labelKey: fileItemLabelKey[i] })),
            promptKey: k("journey-ask-file-item"),
            labelKey: k("journey-ask-file-item-label"),
          } satisfies Step<Params>,
        ];
      }
      case "resolution":
        return [source(k("journey-ask-source-body")), number(false), ...countSteps(step)];
      case "admission":
        return [
          source(k("journey-ask-source-committee")),
          number(false),
          {
            id: "sourceDate" as const,
            kind: "date",
            notFuture: true,
            optional: true,
            promptKey: k("journey-ask-decision-date"),
            labelKey: k("journey-ask-decision-date-label"),
          } satisfies Step<Params>,
        ];
      case "full_membership":
        return [source(k("journey-ask-source-committee")), number(true)];
      case "transfer_out":
        return [source(k("journey-ask-source-to")), reason(true)];
      default:
        return [reason()];
    }
  })();
  return [dateStep(step), ...own, ...confirmations(step)];
}

/**
 * The answers of every journey step's questions. Which of them a flow asks depends on its journey step (a handover
 * has no vote), so apart from the date each may be absent.
 */
type JourneyAnswers = Partial<AnswersOf<ReturnType<typeof stepsOf>[number]>> & { date: string };

const isFileItem = (value: string | undefined): value is FileItem => fileItems.some((i) => i === value);

function inputOf(step: JourneyStep, a: JourneyAnswers): StepInput {
  return {
    step,
    date: day(a.date),
    sourceBody: a.sourceBody ?? undefined,
    sourceNumber: a.sourceNumber ?? undefined,
    sourceDate: a.sourceDate ? day(a.sourceDate) : undefined,
    reason: a.reason ?? undefined,
    membersTotal: a.membersTotal,
    present: a.present,
    inFavour: a.inFavour,
    partyRep: a.partyRepCame === true ? (a.partyRep ?? null) : null,
    partyRepOpinion: a.partyRepOpinion ?? undefined,
    mentorName: a.mentorName ?? undefined,
    mentorPosition: a.mentorPosition ?? undefined,
    fileItem: isFileItem(a.fileItem) ? a.fileItem : undefined,
    holiday: a.holiday ?? undefined,
  };
}

async function paramsFor(env: FlowEnv, step: JourneyStep, args: string): Promise<Result<Params>> {
  const { prisma, config } = env.deps;
  const rules = journeyRules(config);
  const inScope = (unitId: string) => env.scope.wholeBlock || env.scope.unitIds.has(unitId);
  if (step === "selection" || step === "transfer_in") {
    const person = await prisma.person.findUnique({ where: { id: args.trim() }, include: { unit: true } });
    if (!person?.active || !inScope(person.unitId)) return refuse("journey-person-not-found");
    return ok({
      ...(step === "selection" ? { roster: await chiDoanRoster(prisma, person.unitId) } : {}),
      candidacyId: "",
      personId: person.id,
      unitId: person.unitId,
      name: person.fullName,
      partyCommittee: person.unit.partyCommittee,
      facts: {
        steps: [],
        dateOfBirth: person.dateOfBirth ? iso(person.dateOfBirth) : null,
        selectedOn: null,
        laterRatings: [],
      },
      rules,
    });
  }
  const journey = await loadJourney(prisma, args.trim());
  if (!journey) return refuse("journey-not-found");
  const { candidacy } = journey;
  if (!inScope(candidacy.person.unitId) && !inScope(candidacy.unitId)) return refuse("journey-out-of-scope");
  const facts = factsOf(journey);
  return ok({
    candidacyId: candidacy.id,
    personId: candidacy.personId,
    unitId: candidacy.person.unitId,
    name: candidacy.person.fullName,
    partyCommittee: candidacy.person.unit.partyCommittee,
    facts: {
      steps: facts.steps.map((s) => ({
        step: s.step,
        on: iso(s.occurredOn),
        ...(s.fileItem ? { fileItem: s.fileItem } : {}),
      })),
      dateOfBirth: facts.dateOfBirth ? iso(facts.dateOfBirth) : null,
      selectedOn: facts.selectedOn ? iso(facts.selectedOn) : null,
      laterRatings: facts.laterRatings.map((r) => ({ year: r.year, category: r.category })),
    },
    rules,
  });
}

export const journeyFlowId = (step: JourneyStep) => `journey-${step.replace(/_/g, "-")}`;

const titleKey: Record<JourneyStep, MessageKey> = {
  selection: k("journey-flow-selection"),
  transfer_in: k("journey-flow-transfer-in"),
  handover: k("journey-flow-handover"),
  certificate: k("journey-flow-certificate"),
  recognition: k("journey-flow-recognition"),
  file_item: k("journey-flow-file-item"),
  resolution: k("journey-flow-resolution"),
  admission: k("journey-flow-admission"),
  full_membership: k("journey-flow-full-membership"),
  removed: k("journey-flow-removed"),
  not_admitted: k("journey-flow-not-admitted"),
  not_full_member: k("journey-flow-not-full-member"),
  transfer_out: k("journey-flow-transfer-out"),
  matured: k("journey-flow-matured"),
};

/** A guided flow recording one step of an ĐVUT's journey (review screen, /back, /cancel from the dialogue runtime). */
function journeyFlow(step: JourneyStep) {
  return defineFlow({
    id: journeyFlowId(step),
    titleKey: titleKey[step],
    access: ["secretary", "staff"],
    params,
    // A bình chọn is also filed as a nomination report, which the level above reviews; the journey moved at once,
    // so it is corrected by staff on the journey, not reopened in chat.
    ...(step === "selection"
      ? {
          reportKind: "nomination" as const,
          correctable: false,
          report: (p: Params, a: JourneyAnswers) => ({
            kind: "nomination" as const,
            unitId: p.unitId,
            uniqueKey: reportKeys.nomination(p.personId, day(a.date)),
            subjectPersonId: p.personId,
            year: day(a.date).getUTCFullYear(),
          }),
        }
      : {}),
    // A selection vote is recorded for a member picked first (`dvut:pick` lists them), for each unit of a secretary.
    ...(step === "selection"
      ? {
          offer: async (env: FlowEnv) => ({
            entries: menuUnits(env).map((unit, i) => ({
              label: { key: k("menu-nomination"), unitId: unit.id },
              value: pickMemberButton.value(),
              sort: ["unit", i, 2] as const,
            })),
          }),
        }
      : {}),
    init: (env, args) => paramsFor(env, step, args),
    intro: async (_env, p) => ({ key: k("journey-flow-intro"), args: { name: p.name } }),
    // Typed, so the answers are inferred from these steps before the hooks below are read.
    steps: (p: Params) => stepsOf(step, p),
    refusalSteps: {
      "journey-date-in-future": "date",
      "journey-date-before-selection": "date",
      "journey-date-before-admission": "date",
      "journey-votes-invalid": "membersTotal",
      "figures-present-above-roster": "present",
      "journey-selection-no-majority": "inFavour",
      "journey-resolution-no-majority": "inFavour",
      "journey-field-missing": "date",
      "journey-warnings-unconfirmed": "date",
      "flow-report-already-filed": "date",
    },
    finalRefusals: [
      "journey-step-not-open",
      "journey-not-found",
      "journey-out-of-scope",
      "journey-person-not-found",
      "journey-not-excellent",
      "journey-already-candidate",
    ],
    async apply({ tx, env, params: p, answers }) {
      const actor = { personId: env.person.id, unitIds: env.scope.wholeBlock ? ("all" as const) : env.scope.unitIds };
      const options = { rules: p.rules, i18n: env.deps.i18n, acceptWarnings: true };
      const input = inputOf(step, answers);
      const result = p.candidacyId
        ? await recordStep(tx, actor, p.candidacyId, input, options, env.now)
        : await startJourney(tx, actor, p.personId, input, options, env.now);
      if (!result.ok) return result;
      return ok({
        key: k("journey-recorded"),
        args: { name: p.name, date: formatVietnameseDate(input.date) },
      });
    },
  });
}

export const journeyStepsInChat: readonly JourneyStep[] = [
  "selection",
  "transfer_in",
  "handover",
  "certificate",
  "recognition",
  "file_item",
  "resolution",
  "admission",
  "full_membership",
  ...exitSteps,
];

export const journeyFlows: AnyFlow[] = journeyStepsInChat.map((step): AnyFlow => journeyFlow(step));
