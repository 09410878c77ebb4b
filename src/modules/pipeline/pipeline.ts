import { writeAudit } from "../../core/audit.ts";
import type { Db } from "../../core/db.ts";
import { addYears } from "../../core/periods.ts";
import { ok, type Result, refuse } from "../../core/result.ts";
import type { CandidacyStage, Classification } from "../../generated/prisma/client.ts";
import { k, type MessageKey } from "../../i18n/i18n.ts";

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

export const exitStages = [
  "not_admitted",
  "withdrawn",
  "not_full_member",
  "transferred_out",
  "matured",
] as const satisfies readonly CandidacyStage[];
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

export const stageLabelKey: Record<CandidacyStage, MessageKey> = {
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
  not_full_member: k("stage-not-full-member"),
  transferred_out: k("stage-transferred-out"),
  matured: k("stage-matured"),
};

export const classificationLabelKey: Record<Classification, MessageKey> = {
  excellent: k("classification-excellent"),
  good: k("classification-good"),
  complete: k("classification-complete"),
  incomplete: k("classification-incomplete"),
};

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
export async function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  if ("$transaction" in db && typeof db.$transaction === "function") {
    return (db as { $transaction: <R>(fn: (tx: Db) => Promise<R>) => Promise<R> }).$transaction((tx) => work(tx));
  }
  return work(db);
}
