import { z } from "zod";
import { writeAudit } from "../../core/audit.ts";
import type { Db } from "../../core/db.ts";
import type { OrgTree } from "../../core/org.ts";
import { ok, type Result, refuse } from "../../core/result.ts";
import type { UnitTarget } from "../../generated/prisma/client.ts";
import type { Actor } from "./pipeline.ts";

type PerQuarter = [number, number, number, number];

/** A unit's annual targets (chỉ tiêu) against what it and every unit below it did, quarter by quarter. */
export interface TargetProgress {
  unitId: string;
  year: number;
  /** Set on the unit itself, or else the sum of the targets set below it; null when none is set anywhere. */
  dvutTarget: number | null;
  partyTarget: number | null;
  /** ĐVUT introduced to the Party (BCH resolution) in each quarter of the year. */
  introduced: PerQuarter;
  /** ĐVUT admitted to the Party in each quarter of the year. */
  admitted: PerQuarter;
  introducedTotal: number;
  admittedTotal: number;
}

const targetInput = z.object({
  year: z.number().int().min(2000).max(2100),
  dvutToIntroduce: z.number().int().min(0).max(100_000),
  newPartyMembers: z.number().int().min(0).max(100_000),
});

/** Sets (or changes) a unit's targets for a year, with an audit row. */
export async function setTarget(
  db: Db,
  actor: Actor,
  input: { unitId: string; year: number; dvutToIntroduce: number; newPartyMembers: number },
  now: Date,
): Promise<Result<UnitTarget>> {
  const unit = await db.orgUnit.findUnique({ where: { id: input.unitId } });
  if (!unit?.active) return refuse("target-unit-not-found");
  if (actor.unitIds !== "all" && !actor.unitIds.has(unit.id)) return refuse("target-out-of-scope", { unit: unit.name });
  const parsed = targetInput.safeParse(input);
  if (!parsed.success) return refuse("target-invalid");
  if (parsed.data.newPartyMembers > parsed.data.dvutToIntroduce) return refuse("target-party-above-dvut");
  const before = await db.unitTarget.findUnique({
    where: { unitId_year: { unitId: unit.id, year: parsed.data.year } },
  });
  const values = { dvutToIntroduce: parsed.data.dvutToIntroduce, newPartyMembers: parsed.data.newPartyMembers };
  const target = await db.unitTarget.upsert({
    where: { unitId_year: { unitId: unit.id, year: parsed.data.year } },
    create: { unitId: unit.id, year: parsed.data.year, ...values, setById: actor.personId },
    update: { ...values, setById: actor.personId },
  });
  await writeAudit(db, {
    actorId: actor.personId,
    action: "target.set",
    entity: "UnitTarget",
    entityId: target.id,
    before: before ? { dvutToIntroduce: before.dvutToIntroduce, newPartyMembers: before.newPartyMembers } : null,
    after: { year: target.year, ...values },
    at: now,
  });
  return ok(target);
}

/**
 * Targets and progress of every unit for a year, rolled up the tree: a unit's numbers include all units below it.
 * Achievements count for the unit that selected the ĐVUT (Candidacy.unitId), wherever the member is now. Two queries.
 */
export async function targetProgress(db: Db, tree: OrgTree, year: number): Promise<Map<string, TargetProgress>> {
  const first = new Date(Date.UTC(year, 0, 1));
  const last = new Date(Date.UTC(year, 11, 31));
  const [targets, events] = await Promise.all([
    db.unitTarget.findMany({ where: { year } }),
    db.candidacyEvent.findMany({
      where: { step: { in: ["resolution", "admission"] }, supersededById: null, occurredOn: { gte: first, lte: last } },
      select: { step: true, occurredOn: true, candidacy: { select: { unitId: true } } },
    }),
  ]);
  const own = new Map<string, TargetProgress>();
  const blank = (unitId: string): TargetProgress => ({
    unitId,
    year,
    dvutTarget: null,
    partyTarget: null,
    introduced: [0, 0, 0, 0],
    admitted: [0, 0, 0, 0],
    introducedTotal: 0,
    admittedTotal: 0,
  });
  for (const unit of tree.all()) own.set(unit.id, blank(unit.id));
  for (const t of targets) {
    const p = own.get(t.unitId);
    if (!p) continue;
    p.dvutTarget = t.dvutToIntroduce;
    p.partyTarget = t.newPartyMembers;
  }
  for (const e of events) {
    const p = own.get(e.candidacy.unitId);
    if (!p) continue;
    const q = Math.floor(e.occurredOn.getUTCMonth() / 3);
    const counts = e.step === "resolution" ? p.introduced : p.admitted;
    counts[q] = (counts[q] ?? 0) + 1;
  }
  const rolled = new Map<string, TargetProgress>();
  const roll = (unitId: string): TargetProgress => {
    const done = rolled.get(unitId);
    if (done) return done;
    const result = { ...(own.get(unitId) ?? blank(unitId)) };
    result.introduced = [...result.introduced];
    result.admitted = [...result.admitted];
    let dvutBelow: number | null = null;
    let partyBelow: number | null = null;
    for (const child of tree.childrenOf(unitId)) {
      const c = roll(child.id);
      for (let q = 0; q < 4; q++) {
        result.introduced[q] = (result.introduced[q] as number) + (c.introduced[q] as number);
        result.admitted[q] = (result.admitted[q] as number) + (c.admitted[q] as number);
      }
      if (c.dvutTarget !== null) dvutBelow = (dvutBelow ?? 0) + c.dvutTarget;
      if (c.partyTarget !== null) partyBelow = (partyBelow ?? 0) + c.partyTarget;
    }
    result.dvutTarget ??= dvutBelow;
    result.partyTarget ??= partyBelow;
    result.introducedTotal = result.introduced.reduce((a, b) => a + b, 0);
    result.admittedTotal = result.admitted.reduce((a, b) => a + b, 0);
    rolled.set(unitId, result);
    return result;
  };
  for (const root of tree.roots()) roll(root.id);
  for (const unit of tree.all()) roll(unit.id);
  return rolled;
}
