import { z } from "zod";
import { writeAudit } from "../../core/audit.ts";
import type { Db } from "../../core/db.ts";
import { languageOf } from "../../core/language.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import { ok, type Result, refuse } from "../../core/result.ts";
import type { Candidacy, CandidacyEvent, JourneyStep, Prisma } from "../../generated/prisma/client.ts";
import type { I18n, Translate } from "../../i18n/i18n.ts";
import { queueForPerson } from "../../outbox/notify.ts";
import {
  exitSteps,
  type FileItem,
  fileItems,
  type JourneyFacts,
  type JourneyRules,
  type JourneyWarning,
  nextSteps,
  resolutionVotesNeeded,
  stageOf,
  stepLabelKey,
  stepStage,
  warningsFor,
} from "./journey-rules.ts";
import { type Actor, inTransaction, latestClassification } from "./pipeline.ts";

/** What one step records. Which fields a step needs is said by `requiredFields`. */
export interface StepInput {
  step: JourneyStep;
  /** The day it happened: meeting, certificate, decision, ceremony… */
  date: Date;
  /** The cấp ủy or union body it comes from (or goes to, for a handover or a transfer out). */
  sourceBody?: string | undefined;
  sourceNumber?: string | undefined;
  sourceDate?: Date | undefined;
  reason?: string | undefined;
  membersTotal?: number | undefined;
  present?: number | undefined;
  inFavour?: number | undefined;
  /** Who represented the cấp ủy at the bình chọn; null or absent: nobody came. */
  partyRep?: string | null | undefined;
  partyRepOpinion?: string | undefined;
  mentorName?: string | undefined;
  mentorPosition?: string | undefined;
  fileItem?: FileItem | undefined;
  holiday?: string | undefined;
  /** The handover batch (danh sách) a handover step belongs to. */
  batchId?: string | undefined;
}

type Field = Exclude<keyof StepInput, "step" | "date" | "batchId">;

export const requiredFields: Record<JourneyStep, readonly Field[]> = {
  selection: ["membersTotal", "present", "inFavour"],
  transfer_in: ["sourceBody"],
  handover: ["sourceBody"],
  certificate: [],
  recognition: ["sourceBody", "mentorName"],
  file_item: ["fileItem"],
  resolution: ["sourceBody", "sourceNumber", "membersTotal", "present", "inFavour"],
  admission: ["sourceBody", "sourceNumber"],
  full_membership: ["sourceBody"],
  removed: ["reason"],
  not_admitted: ["reason"],
  not_full_member: ["reason"],
  transfer_out: ["sourceBody"],
  matured: ["reason"],
};

/** Steps whose date may come before the bình chọn: a certificate taken at school or in a previous unit (II.2.4.4). */
const mayPredateSelection: readonly JourneyStep[] = ["certificate", "transfer_in"];

const detailsSchema = z
  .object({
    membersTotal: z.number().int().optional(),
    present: z.number().int().optional(),
    inFavour: z.number().int().optional(),
    partyRep: z.string().nullable().optional(),
    partyRepOpinion: z.string().optional(),
    mentorName: z.string().optional(),
    mentorPosition: z.string().optional(),
    fileItem: z.string().optional(),
    holiday: z.string().optional(),
    // Carried over from the stage model.
    votesFor: z.number().optional(),
    votesTotal: z.number().optional(),
  })
  .passthrough();
export type StepDetails = z.infer<typeof detailsSchema>;

export function stepDetails(event: Pick<CandidacyEvent, "details">): StepDetails {
  const parsed = detailsSchema.safeParse(event.details ?? {});
  return parsed.success ? parsed.data : {};
}

/** One journey with everything its rules read: the person, all its rows (superseded too) and later ratings. */
export async function loadJourney(db: Db, candidacyId: string) {
  const candidacy = await db.candidacy.findUnique({
    where: { id: candidacyId },
    include: {
      person: { include: { unit: true } },
      mentor: true,
      events: { orderBy: [{ occurredOn: "asc" }, { recordedAt: "asc" }] },
    },
  });
  if (!candidacy) return undefined;
  const selectedYear = candidacy.selectedOn?.getUTCFullYear() ?? 0;
  const ratings = await db.annualClassification.findMany({
    where: { personId: candidacy.personId, year: { gt: selectedYear } },
    orderBy: [{ year: "asc" }, { createdAt: "desc" }],
  });
  const latestPerYear = new Map<number, (typeof ratings)[number]>();
  for (const r of ratings) if (!latestPerYear.has(r.year)) latestPerYear.set(r.year, r);
  return { candidacy, laterRatings: [...latestPerYear.values()] };
}

export type Journey = NonNullable<Awaited<ReturnType<typeof loadJourney>>>;

export const currentEvents = (journey: Journey) => journey.candidacy.events.filter((e) => e.supersededById === null);

export function factsOf(journey: Journey): JourneyFacts {
  return {
    steps: currentEvents(journey).map((e) => ({
      step: e.step,
      occurredOn: e.occurredOn,
      fileItem: stepDetails(e).fileItem,
    })),
    dateOfBirth: journey.candidacy.person.dateOfBirth,
    selectedOn: journey.candidacy.selectedOn,
    laterRatings: journey.laterRatings.map((r) => ({ year: r.year, category: r.category })),
  };
}

/** The open journey of a person, if any. */
export async function openJourneyOf(db: Db, personId: string) {
  return db.candidacy.findFirst({ where: { personId, closedAt: null }, orderBy: { createdAt: "desc" } });
}

export interface RecordOptions {
  rules: JourneyRules;
  i18n: I18n;
  /** Warnings were shown and confirmed (chat) or `--yes` was given (command line). */
  acceptWarnings: boolean;
}

export interface Recorded {
  candidacy: Candidacy;
  event: CandidacyEvent;
  warnings: JourneyWarning[];
}

function mayChange(actor: Actor, unitIds: readonly string[]): boolean {
  return actor.unitIds === "all" || unitIds.some((id) => (actor.unitIds as ReadonlySet<string>).has(id));
}

/** Refusals of the input itself (missing facts, impossible counts, majorities), before any database read. */
export function checkInput(input: StepInput, rules: JourneyRules, now: Date): Result<void> {
  for (const field of requiredFields[input.step]) {
    const value = input[field];
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) {
      return refuse("journey-field-missing", { field });
    }
  }
  if (input.date > now) return refuse("journey-date-in-future");
  if (input.step === "file_item" && !fileItems.includes(input.fileItem as FileItem)) {
    return refuse("journey-field-missing", { field: "fileItem" });
  }
  if (input.step === "selection" || input.step === "resolution") {
    const members = input.membersTotal ?? 0;
    const present = input.present ?? 0;
    const inFavour = input.inFavour ?? 0;
    if (members < 1 || present > members || inFavour > present || present < 1 || inFavour < 0) {
      return refuse("journey-votes-invalid", { members, present, inFavour });
    }
    if (input.step === "selection" && inFavour * 2 <= present) {
      return refuse("journey-selection-no-majority", { present, inFavour });
    }
    if (input.step === "resolution") {
      const needed = resolutionVotesNeeded(members, rules);
      if (inFavour < needed) return refuse("journey-resolution-no-majority", { members, inFavour, needed });
    }
  }
  return ok(undefined);
}

/**
 * Checks one step against the journey as it stands (is it open, is its date possible) and computes its warnings.
 * Nothing is written: chat shows the warnings for confirmation, the command line prints them.
 */
export function checkStep(
  journey: Journey | undefined,
  facts: JourneyFacts,
  input: StepInput,
  rules: JourneyRules,
  now: Date,
): Result<JourneyWarning[]> {
  const valid = checkInput(input, rules, now);
  if (!valid.ok) return valid;
  if (journey) {
    if (!nextSteps(facts).includes(input.step)) {
      return refuse("journey-step-not-open", { step: input.step });
    }
    const selectedOn = journey.candidacy.selectedOn;
    if (selectedOn && input.date < selectedOn && !mayPredateSelection.includes(input.step)) {
      const cameIn = facts.steps.some((s) => s.step === "transfer_in");
      if (!cameIn) return refuse("journey-date-before-selection", { date: formatVietnameseDate(selectedOn) });
    }
    const ceremony = journey.candidacy.admittedOn;
    if (ceremony && (input.step === "full_membership" || input.step === "not_full_member") && input.date < ceremony) {
      return refuse("journey-date-before-admission", { date: formatVietnameseDate(ceremony) });
    }
  }
  return ok(warningsFor(input.step, input.date, facts, rules));
}

/** The chi đoàn a bình chọn is held in, as the roster has it: its name and its active members. */
export async function chiDoanRoster(db: Db, unitId: string): Promise<{ name: string; members: number }> {
  const unit = await db.orgUnit.findUnique({ where: { id: unitId }, select: { name: true } });
  const members = await db.person.count({ where: { unitId, active: true } });
  return { name: unit?.name ?? "", members };
}

/**
 * A bình chọn's vote held against the chi đoàn's roster: more present than the chi đoàn has members is impossible
 * (the members figure itself may differ from the roster's count: chat asks to confirm it, see journey-flows.ts).
 */
export function checkVoteAgainstRoster(
  input: Pick<StepInput, "present">,
  roster: { name: string; members: number },
): Result<void> {
  const present = input.present ?? 0;
  if (present > roster.members) {
    return refuse("figures-present-above-roster", { present, members: roster.members, unit: roster.name });
  }
  return ok(undefined);
}

/** Facts of a person who has no journey yet, for the warnings of a bình chọn or a coming in. */
async function newcomerFacts(db: Db, personId: string, on: Date): Promise<JourneyFacts> {
  const person = await db.person.findUniqueOrThrow({ where: { id: personId } });
  return { steps: [], dateOfBirth: person.dateOfBirth, selectedOn: on, laterRatings: [] };
}

/** The warnings recording `input` would raise, without writing anything (the command line prints them). */
export async function previewStep(
  db: Db,
  candidacyId: string | undefined,
  personId: string,
  input: StepInput,
  rules: JourneyRules,
  now: Date,
): Promise<Result<JourneyWarning[]>> {
  const journey = candidacyId ? await loadJourney(db, candidacyId) : undefined;
  const facts = journey ? factsOf(journey) : await newcomerFacts(db, personId, input.date);
  return checkStep(journey, facts, input, rules, now);
}

/** Starts a journey: a bình chọn (the latest rating must be xuất sắc), or a coming in from outside the tree. */
export async function startJourney(
  db: Db,
  actor: Actor,
  personId: string,
  input: StepInput,
  options: RecordOptions,
  now: Date,
): Promise<Result<Recorded>> {
  if (input.step !== "selection" && input.step !== "transfer_in") return refuse("journey-step-not-open", {});
  const person = await db.person.findUnique({ where: { id: personId } });
  if (!person?.active) return refuse("journey-person-not-found");
  if (!mayChange(actor, [person.unitId])) return refuse("journey-out-of-scope");
  if (input.step === "selection") {
    const latest = await latestClassification(db, person.id);
    if (latest?.category !== "excellent") return refuse("journey-not-excellent", { name: person.fullName });
    const roster = await chiDoanRoster(db, person.unitId);
    const refused = checkVoteAgainstRoster(input, roster);
    if (!refused.ok) return refused;
  }
  if (await openJourneyOf(db, person.id)) return refuse("journey-already-candidate", { name: person.fullName });
  const facts = await newcomerFacts(db, person.id, input.date);
  const checked = checkStep(undefined, facts, input, options.rules, now);
  if (!checked.ok) return checked;
  if (checked.value.length > 0 && !options.acceptWarnings) return refuse("journey-warnings-unconfirmed");
  return inTransaction(db, async (tx) => {
    const candidacy = await tx.candidacy.create({
      data: {
        personId: person.id,
        unitId: person.unitId,
        stage: "selected",
        stageDate: input.date,
        selectedOn: input.date,
        ...(input.step === "selection"
          ? { meetingDate: input.date, votesFor: input.inFavour ?? null, votesTotal: input.present ?? null }
          : {}),
      },
    });
    const event = await writeStep(tx, actor, candidacy, input, now);
    const refreshed = await refresh(tx, candidacy.id, now);
    await tell(tx, options.i18n, person, input.step, input.date, event.id, now);
    return ok({ candidacy: refreshed, event, warnings: checked.value });
  });
}

/** Records one more step of an open journey: checked, dated, sourced, audited, and told to the ĐVUT. */
export async function recordStep(
  db: Db,
  actor: Actor,
  candidacyId: string,
  input: StepInput,
  options: RecordOptions,
  now: Date,
): Promise<Result<Recorded>> {
  const journey = await loadJourney(db, candidacyId);
  if (!journey) return refuse("journey-not-found");
  const { candidacy } = journey;
  if (!mayChange(actor, [candidacy.person.unitId, candidacy.unitId])) return refuse("journey-out-of-scope");
  const facts = factsOf(journey);
  const checked = checkStep(journey, facts, input, options.rules, now);
  if (!checked.ok) return checked;
  if (checked.value.length > 0 && !options.acceptWarnings) return refuse("journey-warnings-unconfirmed");
  const { person, mentor: _m, events: _e, ...bare } = candidacy;
  return inTransaction(db, async (tx) => {
    const event = await writeStep(tx, actor, bare, input, now);
    if (input.step === "recognition" && input.mentorName) {
      const mentor = await findOrCreateMentor(tx, input.mentorName, input.mentorPosition);
      await tx.candidacy.update({ where: { id: candidacyId }, data: { mentorId: mentor.id } });
    }
    const refreshed = await refresh(tx, candidacyId, now);
    await tell(tx, options.i18n, person, input.step, input.date, event.id, now);
    return ok({ candidacy: refreshed, event, warnings: checked.value });
  });
}

/** One Party member often helps several ĐVUT: the same name means the same record. */
async function findOrCreateMentor(tx: Db, fullName: string, position: string | undefined) {
  const name = fullName.trim();
  const existing = await tx.mentor.findFirst({ where: { fullName: { equals: name, mode: "insensitive" } } });
  if (existing) return existing;
  return tx.mentor.create({ data: { fullName: name, position: position?.trim() || null } });
}

function detailsOf(input: StepInput): Prisma.InputJsonObject {
  const details: Record<string, string | number | null> = {};
  for (const key of [
    "membersTotal",
    "present",
    "inFavour",
    "partyRepOpinion",
    "mentorName",
    "mentorPosition",
    "fileItem",
    "holiday",
  ] as const) {
    const value = input[key];
    if (value !== undefined) details[key] = value;
  }
  if (input.step === "selection") details.partyRep = input.partyRep ?? null;
  return details;
}

async function writeStep(tx: Db, actor: Actor, candidacy: Candidacy, input: StepInput, now: Date) {
  const event = await tx.candidacyEvent.create({
    data: {
      candidacyId: candidacy.id,
      step: input.step,
      fromStage: candidacy.stage,
      toStage: stepStage[input.step] ?? candidacy.stage,
      occurredOn: input.date,
      sourceBody: input.sourceBody?.trim() || null,
      sourceNumber: input.sourceNumber?.trim() || null,
      sourceDate: input.sourceDate ?? null,
      reason: input.reason?.trim() || null,
      details: detailsOf(input),
      batchId: input.batchId ?? null,
      recordedById: actor.personId,
      recordedAt: now,
    },
  });
  await writeAudit(tx, {
    actorId: actor.personId,
    action: "journey.record",
    entity: "Candidacy",
    entityId: candidacy.id,
    before: { stage: candidacy.stage },
    after: { step: input.step, eventId: event.id, occurredOn: input.date, details: detailsOf(input) },
    at: now,
  });
  return event;
}

/** Recomputes the stage and the key dates from the current steps. */
async function refresh(tx: Db, candidacyId: string, now: Date): Promise<Candidacy> {
  const events = await tx.candidacyEvent.findMany({
    where: { candidacyId, supersededById: null },
    orderBy: [{ occurredOn: "asc" }, { recordedAt: "asc" }],
  });
  const facts: JourneyFacts = {
    steps: events.map((e) => ({ step: e.step, occurredOn: e.occurredOn })),
    dateOfBirth: null,
    selectedOn: null,
    laterRatings: [],
  };
  const stage = stageOf(facts);
  const latest = (step: JourneyStep) => events.filter((e) => e.step === step).at(-1)?.occurredOn ?? null;
  const stageEvent = events.filter((e) => stepStage[e.step] === stage).at(-1);
  const start = events.find((e) => e.step === "selection" || e.step === "transfer_in");
  const resolution = events.filter((e) => e.step === "resolution").at(-1);
  const closed = stage === "full_member" || events.some((e) => (exitSteps as readonly string[]).includes(e.step));
  const current = await tx.candidacy.findUniqueOrThrow({ where: { id: candidacyId } });
  return tx.candidacy.update({
    where: { id: candidacyId },
    data: {
      stage,
      stageDate: stageEvent?.occurredOn ?? current.stageDate,
      ...(start ? { selectedOn: start.occurredOn } : {}),
      ...(resolution ? { resolutionNumber: resolution.sourceNumber, resolutionDate: resolution.occurredOn } : {}),
      certificateDate: latest("certificate"),
      recognizedOn: latest("recognition"),
      admittedOn: latest("admission"),
      fullMemberOn: latest("full_membership"),
      closedAt: closed ? (current.closedAt ?? now) : null,
    },
  });
}

/** The ĐVUT is told of each new step in their own chat, through the outbox. */
async function tell(
  tx: Db,
  i18n: I18n,
  person: { id: string; locale: string },
  step: JourneyStep,
  date: Date,
  eventId: string,
  now: Date,
) {
  const t = speakerOf(i18n, person.locale);
  const text = t("journey-told", { step: t(stepLabelKey[step]), date: formatVietnameseDate(date) });
  await queueForPerson(tx, person.id, { text: `${text}\n${t("journey-told-see-me")}` }, `journey:${eventId}`, now);
}

export interface Correction {
  date?: Date | undefined;
  sourceBody?: string | undefined;
  sourceNumber?: string | undefined;
  reason: string;
}

/**
 * Staff correct a recorded step: the row is kept and superseded by a new one with the changes and the reason,
 * written to the audit log, and the ĐVUT is told.
 */
export async function correctStep(
  db: Db,
  actor: Actor,
  eventId: string,
  correction: Correction,
  options: Pick<RecordOptions, "i18n">,
  now: Date,
): Promise<Result<CandidacyEvent>> {
  if (actor.unitIds !== "all") return refuse("journey-correct-staff-only");
  const old = await db.candidacyEvent.findUnique({
    where: { id: eventId },
    include: { candidacy: { include: { person: true } } },
  });
  if (!old || old.supersededById) return refuse("journey-event-not-found");
  if (correction.reason.trim().length < 3) return refuse("journey-field-missing", { field: "reason" });
  if (correction.date && correction.date > now) return refuse("journey-date-in-future");
  const { candidacy, ...row } = old;
  return inTransaction(db, async (tx) => {
    const event = await tx.candidacyEvent.create({
      data: {
        candidacyId: row.candidacyId,
        step: row.step,
        fromStage: row.fromStage,
        toStage: row.toStage,
        occurredOn: correction.date ?? row.occurredOn,
        sourceBody: correction.sourceBody?.trim() || row.sourceBody,
        sourceNumber: correction.sourceNumber?.trim() || row.sourceNumber,
        sourceDate: row.sourceDate,
        reason: correction.reason.trim(),
        details: (row.details ?? {}) as Prisma.InputJsonValue,
        batchId: row.batchId,
        recordedById: actor.personId,
        recordedAt: now,
        correctsId: row.id,
      },
    });
    await tx.candidacyEvent.update({ where: { id: row.id }, data: { supersededById: event.id } });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: "journey.correct",
      entity: "Candidacy",
      entityId: row.candidacyId,
      before: {
        eventId: row.id,
        occurredOn: row.occurredOn,
        sourceBody: row.sourceBody,
        sourceNumber: row.sourceNumber,
      },
      after: {
        eventId: event.id,
        occurredOn: event.occurredOn,
        sourceBody: event.sourceBody,
        sourceNumber: event.sourceNumber,
        reason: event.reason,
      },
      at: now,
    });
    await refresh(tx, row.candidacyId, now);
    const t = speakerOf(options.i18n, candidacy.person.locale);
    await queueForPerson(
      tx,
      candidacy.person.id,
      {
        text: t("journey-told-corrected", {
          step: t(stepLabelKey[row.step]),
          date: formatVietnameseDate(event.occurredOn),
          reason: event.reason ?? "",
        }),
      },
      `journey:${event.id}`,
      now,
    );
    return ok(event);
  });
}

function speakerOf(i18n: I18n, locale: string): Translate {
  return i18n.forLocale(languageOf(locale, i18n.defaultLocale));
}
