import { z } from "zod";
import { writeAudit } from "../../core/audit.ts";
import type { Db } from "../../core/db.ts";
import { addYears } from "../../core/periods.ts";
import { ok, type Result, refuse } from "../../core/result.ts";
import type { Candidacy, CandidacyStage, Classification } from "../../generated/prisma/client.ts";
import { k } from "../../i18n/i18n.ts";

/** The way of an outstanding member (ĐVUT) to the Party, in order. */
export const mainStages = [
  "classified_excellent",
  "selected",
  "introduced",
  "handed_over",
  "awareness_class",
  "recognized",
  "admitted",
  "full_member",
] as const satisfies readonly CandidacyStage[];

export const exitStages = ["not_admitted", "withdrawn"] as const satisfies readonly CandidacyStage[];
export const closedStages: readonly CandidacyStage[] = ["full_member", ...exitStages];
/** Stages in which the union still writes a quarterly remark (bản nhận xét) on the ĐVUT. */
export const remarkStages: readonly CandidacyStage[] = [
  "selected",
  "introduced",
  "handed_over",
  "awareness_class",
  "recognized",
];
/** Stages the two-year rule watches: selected but neither recognised as đối tượng Đảng nor admitted. */
export const twoYearStages: readonly CandidacyStage[] = ["selected", "introduced", "handed_over", "awareness_class"];

/** Where each stage may go next (besides the exits, open from every stage that is not closed). */
const nextStages: Record<CandidacyStage, readonly CandidacyStage[]> = {
  classified_excellent: ["selected"],
  selected: ["introduced"],
  // The list may reach the Party committee at a holiday handover, or the member may go straight to the class.
  introduced: ["handed_over", "awareness_class"],
  handed_over: ["awareness_class"],
  awareness_class: ["recognized"],
  recognized: ["admitted"],
  admitted: ["full_member"],
  full_member: [],
  not_admitted: [],
  withdrawn: [],
};

export const stageLabelKey: Record<CandidacyStage, string> = {
  classified_excellent: k("stage-classified-excellent"),
  selected: k("stage-selected"),
  introduced: k("stage-introduced"),
  handed_over: k("stage-handed-over"),
  awareness_class: k("stage-awareness-class"),
  recognized: k("stage-recognized"),
  admitted: k("stage-admitted"),
  full_member: k("stage-full-member"),
  not_admitted: k("stage-not-admitted"),
  withdrawn: k("stage-withdrawn"),
};

export const classificationLabelKey: Record<Classification, string> = {
  excellent: k("classification-excellent"),
  good: k("classification-good"),
  complete: k("classification-complete"),
  incomplete: k("classification-incomplete"),
};

export function allowedNext(stage: CandidacyStage): CandidacyStage[] {
  if (closedStages.includes(stage)) return [];
  return [...nextStages[stage], ...exitStages];
}

/** Facts each stage must record, checked before anything is written. */
export const stageDetails = {
  selected: z.object({
    meetingDate: z.date(),
    votesFor: z.number().int().min(0),
    votesAgainst: z.number().int().min(0),
    votesTotal: z.number().int().min(1),
  }),
  introduced: z.object({ resolutionNumber: z.string().trim().min(1).max(50), resolutionDate: z.date() }),
  handed_over: z.object({ holiday: z.string().trim().max(100).optional() }),
  awareness_class: z.object({ certificateDate: z.date(), certificateNumber: z.string().trim().max(50).optional() }),
  recognized: z.object({
    mentorName: z.string().trim().min(2).max(120),
    mentorPosition: z.string().trim().max(120).optional(),
  }),
  admitted: z.object({ decisionNumber: z.string().trim().max(50).optional() }),
  full_member: z.object({ decisionNumber: z.string().trim().max(50).optional() }),
  not_admitted: z.object({ reason: z.string().trim().min(3).max(1000) }),
  withdrawn: z.object({ reason: z.string().trim().min(3).max(1000) }),
  classified_excellent: z.object({}),
} satisfies Record<CandidacyStage, z.ZodType>;

export type StageDetails<S extends CandidacyStage> = z.infer<(typeof stageDetails)[S]>;

export interface Actor {
  personId: string | null;
  /** Units the actor may change, or "all" for staff. Checked again here, whatever the caller did. */
  unitIds: ReadonlySet<string> | "all";
}

function mayChange(actor: Actor, unitId: string): boolean {
  return actor.unitIds === "all" || actor.unitIds.has(unitId);
}

/** The person's most recent annual classification (latest year, latest correction). */
export async function latestClassification(db: Db, personId: string) {
  return db.annualClassification.findFirst({
    where: { personId },
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
  });
}

export interface NominationInput {
  personId: string;
  /** Date the branch (chi đoàn) voted. */
  meetingDate: Date;
  votesFor: number;
  votesAgainst: number;
  votesTotal: number;
  /** The unit executive committee's resolution introducing the member, when already passed. */
  resolutionNumber?: string;
  resolutionDate?: Date;
}

/**
 * Selection of a member as ĐVUT (bình chọn), and their introduction when the resolution is given. Refused unless the
 * member's latest classification is "Hoàn thành xuất sắc nhiệm vụ" (plan II.2.2), the vote is a majority, and the
 * member has no open candidacy.
 */
export async function nominate(db: Db, actor: Actor, input: NominationInput, now: Date): Promise<Result<Candidacy>> {
  const person = await db.person.findUnique({ where: { id: input.personId } });
  if (!person?.active) return refuse("pipeline-person-not-found");
  if (!mayChange(actor, person.unitId)) return refuse("pipeline-out-of-scope");
  const latest = await latestClassification(db, person.id);
  if (latest?.category !== "excellent") return refuse("pipeline-not-excellent", { name: person.fullName });
  const open = await db.candidacy.findFirst({ where: { personId: person.id, stage: { notIn: [...closedStages] } } });
  if (open) return refuse("pipeline-already-candidate", { name: person.fullName });
  const votes = stageDetails.selected.safeParse(input);
  if (!votes.success) return refuse("pipeline-votes-invalid");
  const { votesFor, votesAgainst, votesTotal, meetingDate } = votes.data;
  if (votesFor + votesAgainst > votesTotal) return refuse("pipeline-votes-exceed-total");
  if (votesFor * 2 <= votesTotal) return refuse("pipeline-votes-no-majority");
  if (meetingDate > now) return refuse("pipeline-date-in-future");
  if (input.resolutionNumber && (!input.resolutionDate || input.resolutionDate < meetingDate)) {
    return refuse("pipeline-date-before-previous");
  }
  return inTransaction(db, async (tx) => {
    let candidacy = await tx.candidacy.create({
      data: {
        personId: person.id,
        unitId: person.unitId,
        stage: "selected",
        stageDate: meetingDate,
        selectedOn: meetingDate,
        meetingDate,
        votesFor,
        votesAgainst,
        votesTotal,
      },
    });
    await tx.candidacyEvent.create({
      data: {
        candidacyId: candidacy.id,
        fromStage: "classified_excellent",
        toStage: "selected",
        occurredOn: meetingDate,
        details: { votesFor, votesAgainst, votesTotal, classificationYear: latest.year },
        recordedById: actor.personId,
        recordedAt: now,
      },
    });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: "candidacy.select",
      entity: "Candidacy",
      entityId: candidacy.id,
      after: candidacy,
      at: now,
    });
    if (input.resolutionNumber && input.resolutionDate) {
      const result = await applyTransition(
        tx,
        actor,
        candidacy,
        "introduced",
        input.resolutionDate,
        { resolutionNumber: input.resolutionNumber, resolutionDate: input.resolutionDate },
        now,
      );
      candidacy = result;
    }
    return ok(candidacy);
  });
}

export interface AdvanceInput<S extends CandidacyStage = CandidacyStage> {
  candidacyId: string;
  to: S;
  occurredOn: Date;
  details: StageDetails<S>;
}

/** Moves a candidacy one step (or to an exit), dated, with who recorded it, written to the audit log. */
export async function advance(db: Db, actor: Actor, input: AdvanceInput, now: Date): Promise<Result<Candidacy>> {
  const candidacy = await db.candidacy.findUnique({ where: { id: input.candidacyId }, include: { person: true } });
  if (!candidacy) return refuse("pipeline-candidacy-not-found");
  if (!mayChange(actor, candidacy.person.unitId) && !mayChange(actor, candidacy.unitId))
    return refuse("pipeline-out-of-scope");
  if (!allowedNext(candidacy.stage).includes(input.to)) {
    return refuse("pipeline-transition-not-allowed", {
      from: candidacy.stage,
      to: input.to,
    });
  }
  const details = stageDetails[input.to].safeParse(input.details);
  if (!details.success) return refuse("pipeline-details-missing");
  if (input.occurredOn > now) return refuse("pipeline-date-in-future");
  if (input.occurredOn < candidacy.stageDate) return refuse("pipeline-date-before-previous");
  const { person: _person, ...bare } = candidacy;
  return inTransaction(db, async (tx) =>
    ok(await applyTransition(tx, actor, bare, input.to, input.occurredOn, details.data, now)),
  );
}

async function applyTransition(
  tx: Db,
  actor: Actor,
  candidacy: Candidacy,
  to: CandidacyStage,
  occurredOn: Date,
  details: Record<string, unknown>,
  now: Date,
): Promise<Candidacy> {
  let mentorId: string | undefined;
  if (to === "recognized" && typeof details.mentorName === "string") {
    const mentor = await tx.mentor.create({
      data: { fullName: details.mentorName, position: (details.mentorPosition as string | undefined) ?? null },
    });
    mentorId = mentor.id;
  }
  const updated = await tx.candidacy.update({
    where: { id: candidacy.id },
    data: {
      stage: to,
      stageDate: occurredOn,
      ...(to === "introduced"
        ? { resolutionNumber: details.resolutionNumber as string, resolutionDate: details.resolutionDate as Date }
        : {}),
      ...(mentorId ? { mentorId } : {}),
      ...(closedStages.includes(to) ? { closedAt: now } : {}),
    },
  });
  await tx.candidacyEvent.create({
    data: {
      candidacyId: candidacy.id,
      fromStage: candidacy.stage,
      toStage: to,
      occurredOn,
      details: JSON.parse(JSON.stringify(details)),
      recordedById: actor.personId,
      recordedAt: now,
    },
  });
  await writeAudit(tx, {
    actorId: actor.personId,
    action: "candidacy.advance",
    entity: "Candidacy",
    entityId: candidacy.id,
    before: { stage: candidacy.stage, stageDate: candidacy.stageDate },
    after: { stage: to, stageDate: occurredOn, details },
    at: now,
  });
  return updated;
}

/** Moves a member to another unit, keeping their whole history (plan II.2.4.4). */
export async function transfer(
  db: Db,
  actor: Actor,
  input: { personId: string; toUnitId: string; reason?: string },
  now: Date,
): Promise<Result<{ fromUnitId: string; toUnitId: string }>> {
  const person = await db.person.findUnique({ where: { id: input.personId } });
  if (!person) return refuse("pipeline-person-not-found");
  if (!mayChange(actor, person.unitId)) return refuse("pipeline-out-of-scope");
  const target = await db.orgUnit.findUnique({ where: { id: input.toUnitId } });
  if (!target?.active) return refuse("pipeline-unit-not-found");
  if (target.id === person.unitId) return refuse("pipeline-transfer-same-unit");
  return inTransaction(db, async (tx) => {
    await tx.unitMembership.updateMany({ where: { personId: person.id, toDate: null }, data: { toDate: now } });
    await tx.unitMembership.create({
      data: {
        personId: person.id,
        unitId: target.id,
        fromDate: now,
        recordedById: actor.personId,
        reason: input.reason ?? null,
      },
    });
    await tx.person.update({ where: { id: person.id }, data: { unitId: target.id } });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: "person.transfer",
      entity: "Person",
      entityId: person.id,
      before: { unitId: person.unitId },
      after: { unitId: target.id, reason: input.reason },
      at: now,
    });
    return ok({ fromUnitId: person.unitId, toUnitId: target.id });
  });
}

/** Open candidacies selected two or more years before `today` and still neither recognised nor admitted (III.3.5). */
export async function twoYearCases(db: Db, today: Date, unitIds?: ReadonlySet<string>) {
  return db.candidacy.findMany({
    where: {
      stage: { in: [...twoYearStages] },
      selectedOn: { lte: addYears(today, -2) },
      ...(unitIds ? { person: { unitId: { in: [...unitIds] } } } : {}),
    },
    include: { person: true },
    orderBy: { selectedOn: "asc" },
  });
}

/** Runs `work` in a transaction when given the client, or directly inside the caller's transaction. */
async function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  if ("$transaction" in db && typeof db.$transaction === "function") {
    return (db as { $transaction: <R>(fn: (tx: Db) => Promise<R>) => Promise<R> }).$transaction((tx) => work(tx));
  }
  return work(db);
}
