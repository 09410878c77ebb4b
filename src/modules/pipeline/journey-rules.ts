import { addYears } from "../../core/periods.ts";
import type { CandidacyStage, Classification, JourneyStep } from "../../generated/prisma/client.ts";
import { k, type MessageKey } from "../../i18n/i18n.ts";

/**
 * The numbers admission.md marks [rule]: revised texts and local practice may change them, so they come from the
 * configuration (DVUT_* variables) with these defaults.
 */
export interface JourneyRules {
  /** Admission from this age; a younger ĐVUT is warned about. */
  minAge: number;
  /** Union membership up to this age (older only for union cadres): warned about. */
  maxAge: number;
  /** A certificate of the lớp bồi dưỡng nhận thức về Đảng stays valid this many years. */
  certificateValidYears: number;
  /** Months of probation before đảng viên chính thức. */
  probationMonths: number;
  /** The nghị quyết giới thiệu passes with more than this percentage of ALL members of the body in favour. */
  resolutionMajorityPercent: number;
}

export const defaultJourneyRules: JourneyRules = {
  minAge: 18,
  maxAge: 30,
  certificateValidYears: 5,
  probationMonths: 12,
  resolutionMajorityPercent: 50,
};

/** Acts of the union and facts from the Party side, in the order they usually come; exits last. */
export const progressSteps = [
  "selection",
  "handover",
  "certificate",
  "recognition",
  "file_item",
  "resolution",
  "admission",
  "full_membership",
] as const satisfies readonly JourneyStep[];

export const exitSteps = [
  "removed",
  "not_admitted",
  "not_full_member",
  "transfer_out",
  "matured",
] as const satisfies readonly JourneyStep[];

/** The stage a step brings the ĐVUT to (a file item changes none). */
export const stepStage: Record<JourneyStep, CandidacyStage | null> = {
  selection: "selected",
  transfer_in: "selected",
  handover: "handed_over",
  certificate: "awareness_class",
  recognition: "recognized",
  file_item: null,
  resolution: "introduced",
  admission: "admitted",
  full_membership: "full_member",
  removed: "withdrawn",
  not_admitted: "not_admitted",
  not_full_member: "not_full_member",
  transfer_out: "transferred_out",
  matured: "matured",
};

/** Funnel order of the stages a journey moves through (exits aside). */
export const stageOrder: readonly CandidacyStage[] = [
  "classified_excellent",
  "selected",
  "introduced",
  "handed_over",
  "awareness_class",
  "recognized",
  "admitted",
  "full_member",
];

export const stepLabelKey: Record<JourneyStep, MessageKey> = {
  selection: k("journey-step-selection"),
  transfer_in: k("journey-step-transfer-in"),
  handover: k("journey-step-handover"),
  certificate: k("journey-step-certificate"),
  recognition: k("journey-step-recognition"),
  file_item: k("journey-step-file-item"),
  resolution: k("journey-step-resolution"),
  admission: k("journey-step-admission"),
  full_membership: k("journey-step-full-membership"),
  removed: k("journey-step-removed"),
  not_admitted: k("journey-step-not-admitted"),
  not_full_member: k("journey-step-not-full-member"),
  transfer_out: k("journey-step-transfer-out"),
  matured: k("journey-step-matured"),
};

/** The admission file (hồ sơ), ticked item by item. */
export const fileItems = [
  "application",
  "background",
  "background_check",
  "residence_remark",
  "union_resolution",
] as const;
export type FileItem = (typeof fileItems)[number];

export const fileItemLabelKey: Record<FileItem, MessageKey> = {
  application: k("journey-file-application"),
  background: k("journey-file-background"),
  background_check: k("journey-file-background-check"),
  residence_remark: k("journey-file-residence-remark"),
  union_resolution: k("journey-file-union-resolution"),
};

/** The current (not superseded) steps of one journey, as the rules read them. */
export interface StepFact {
  step: JourneyStep;
  occurredOn: Date;
  fileItem?: string | undefined;
}

export interface JourneyFacts {
  steps: readonly StepFact[];
  dateOfBirth: Date | null;
  /** Year of the bình chọn (or of coming in from outside). */
  selectedOn: Date | null;
  /** Annual ratings after the selection year. */
  laterRatings: readonly { year: number; category: Classification }[];
}

const has = (facts: JourneyFacts, step: JourneyStep) => facts.steps.some((s) => s.step === step);
const dateOf = (facts: JourneyFacts, step: JourneyStep) =>
  facts.steps.filter((s) => s.step === step).sort((a, b) => b.occurredOn.getTime() - a.occurredOn.getTime())[0]
    ?.occurredOn;

export function fileItemsDone(facts: JourneyFacts): Set<FileItem> {
  const done = new Set<FileItem>();
  for (const s of facts.steps) {
    if (s.step === "file_item" && fileItems.includes(s.fileItem as FileItem)) done.add(s.fileItem as FileItem);
    if (s.step === "resolution") done.add("union_resolution");
  }
  return done;
}

/** The stage a journey stands at: an exit if one is recorded, else the furthest stage its steps reached. */
export function stageOf(facts: JourneyFacts): CandidacyStage {
  const exit = facts.steps.find((s) => (exitSteps as readonly string[]).includes(s.step));
  if (exit) return stepStage[exit.step] as CandidacyStage;
  let best = 1;
  for (const s of facts.steps) {
    const stage = stepStage[s.step];
    if (stage) best = Math.max(best, stageOrder.indexOf(stage));
  }
  return stageOrder[best] as CandidacyStage;
}

/**
 * Exactly the steps that may be recorded next. Before admission the union's acts and the Party's facts come in any
 * order (the class and the recognition too), each once; the decision to admit needs the recognition first.
 */
export function nextSteps(facts: JourneyFacts): JourneyStep[] {
  if (facts.steps.some((s) => (exitSteps as readonly string[]).includes(s.step)) || has(facts, "full_membership")) {
    return [];
  }
  if (has(facts, "admission")) return ["full_membership", "not_full_member", "transfer_out"];
  const next: JourneyStep[] = [];
  for (const step of ["handover", "certificate", "recognition"] as const) if (!has(facts, step)) next.push(step);
  if (has(facts, "recognition") && fileItemsDone(facts).size < fileItems.length) next.push("file_item");
  if (!has(facts, "resolution")) next.push("resolution");
  if (has(facts, "recognition")) next.push("admission");
  next.push("removed");
  if (has(facts, "recognition")) next.push("not_admitted");
  next.push("transfer_out", "matured");
  return next;
}

/** A warning asks for confirmation; it never blocks. */
export type JourneyWarning =
  | { kind: "age"; age: number }
  | { kind: "certificate_lapsed"; validUntil: Date }
  | { kind: "no_certificate" }
  | { kind: "probation"; endsOn: Date }
  | { kind: "rating"; year: number; category: Classification };

export function ageOn(dateOfBirth: Date, on: Date): number {
  const age = on.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  const before =
    on.getUTCMonth() < dateOfBirth.getUTCMonth() ||
    (on.getUTCMonth() === dateOfBirth.getUTCMonth() && on.getUTCDate() < dateOfBirth.getUTCDate());
  return before ? age - 1 : age;
}

export function addMonths(date: Date, months: number): Date {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

export function certificateValidUntil(facts: JourneyFacts, rules: JourneyRules): Date | undefined {
  const cert = dateOf(facts, "certificate");
  return cert ? addYears(cert, rules.certificateValidYears) : undefined;
}

export function probationEnds(facts: JourneyFacts, rules: JourneyRules): Date | undefined {
  const ceremony = dateOf(facts, "admission");
  return ceremony ? addMonths(ceremony, rules.probationMonths) : undefined;
}

/** What recording `step` on `on` should be confirmed for (admission.md: age, certificate, probation, rating). */
export function warningsFor(step: JourneyStep, on: Date, facts: JourneyFacts, rules: JourneyRules): JourneyWarning[] {
  const warnings: JourneyWarning[] = [];
  if ((step === "selection" || step === "admission" || step === "transfer_in") && facts.dateOfBirth) {
    const age = ageOn(facts.dateOfBirth, on);
    if (age < rules.minAge || (step !== "admission" && age > rules.maxAge)) warnings.push({ kind: "age", age });
  }
  if (step === "admission") {
    const validUntil = certificateValidUntil(facts, rules);
    if (!validUntil) warnings.push({ kind: "no_certificate" });
    else if (validUntil < on) warnings.push({ kind: "certificate_lapsed", validUntil });
  }
  if (step === "full_membership") {
    const endsOn = probationEnds(facts, rules);
    if (endsOn && on < endsOn) warnings.push({ kind: "probation", endsOn });
  }
  if (!(exitSteps as readonly string[]).includes(step) && step !== "full_membership") {
    const lower = facts.laterRatings.find((r) => r.category !== "excellent");
    if (lower) warnings.push({ kind: "rating", year: lower.year, category: lower.category });
  }
  return warnings;
}

/** "More than half of ALL members" (or the configured percentage): the votes needed for the nghị quyết. */
export function resolutionVotesNeeded(membersTotal: number, rules: JourneyRules): number {
  return Math.floor((membersTotal * rules.resolutionMajorityPercent) / 100) + 1;
}

/** What is overdue or due on a journey today, for /dvut. */
export type Overdue =
  | { kind: "two_year" }
  | { kind: "certificate_lapsing"; validUntil: Date }
  | { kind: "probation_due"; endsOn: Date };

export function overdueOf(facts: JourneyFacts, today: Date, rules: JourneyRules): Overdue[] {
  if (nextSteps(facts).length === 0) return [];
  const out: Overdue[] = [];
  const admitted = has(facts, "admission");
  if (!admitted && !has(facts, "recognition") && facts.selectedOn && facts.selectedOn <= addYears(today, -2)) {
    out.push({ kind: "two_year" });
  }
  const validUntil = certificateValidUntil(facts, rules);
  if (!admitted && validUntil && validUntil <= addMonths(today, 6)) {
    out.push({ kind: "certificate_lapsing", validUntil });
  }
  const endsOn = probationEnds(facts, rules);
  if (admitted && endsOn && endsOn <= today) out.push({ kind: "probation_due", endsOn });
  return out;
}

/** The [rule] numbers in force, from the configuration. */
export function journeyRules(config: {
  DVUT_MIN_AGE: number;
  DVUT_MAX_AGE: number;
  DVUT_CERTIFICATE_VALID_YEARS: number;
  DVUT_PROBATION_MONTHS: number;
  DVUT_RESOLUTION_MAJORITY_PERCENT: number;
}): JourneyRules {
  return {
    minAge: config.DVUT_MIN_AGE,
    maxAge: config.DVUT_MAX_AGE,
    certificateValidYears: config.DVUT_CERTIFICATE_VALID_YEARS,
    probationMonths: config.DVUT_PROBATION_MONTHS,
    resolutionMajorityPercent: config.DVUT_RESOLUTION_MAJORITY_PERCENT,
  };
}

/** The step that brings a journey to each stage (for data written stage by stage, e.g. the benchmark's). */
export const stageStep: Record<CandidacyStage, JourneyStep> = {
  classified_excellent: "selection",
  selected: "selection",
  introduced: "resolution",
  handed_over: "handover",
  awareness_class: "certificate",
  recognized: "recognition",
  admitted: "admission",
  full_member: "full_membership",
  not_admitted: "not_admitted",
  withdrawn: "removed",
  not_full_member: "not_full_member",
  transferred_out: "transfer_out",
  matured: "matured",
};
