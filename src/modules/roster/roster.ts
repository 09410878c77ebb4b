import { randomUUID } from "node:crypto";
import { type AuditEntry, writeAuditMany } from "../../core/audit.ts";
import type { Tx } from "../../core/db.ts";
import type { OrgUnit, Person, Prisma, PrismaClient } from "../../generated/prisma/client.ts";
import type { MessageArgs, MessageKey } from "../../i18n/i18n.ts";
import type { RosterField, RosterRecord } from "./roster-file.ts";
import {
  fieldProblemKey,
  identityKey,
  type MemberRow,
  memberRowSchema,
  type UnitRow,
  unitRowSchema,
} from "./roster-rows.ts";

export interface RosterProblem {
  sheet: string;
  line: number;
  reason: MessageKey;
  args?: MessageArgs;
}

export interface RosterSummary {
  unitsCreated: number;
  unitsUpdated: number;
  membersCreated: number;
  membersUpdated: number;
  membersMoved: number;
  rolesGranted: number;
  rowsUnchanged: number;
}

export type RosterOutcome = { ok: true; summary: RosterSummary } | { ok: false; problems: RosterProblem[] };

interface Located<T> {
  sheet: string;
  line: number;
  row: T;
  /** Columns present in the file: a missing column leaves the stored field alone, an empty cell clears it. */
  present: ReadonlySet<RosterField>;
}

/**
 * Imports units and members, all or nothing: every row is validated first and every bad row reported with its line;
 * only a file without problems is written, in one transaction. Units are matched by code, members by member code or
 * else by name + date of birth + unit. Unchanged rows write nothing, so importing the same file twice changes nothing.
 */
export async function importRoster(
  prisma: PrismaClient,
  records: RosterRecord[],
  options: { actorId: string | null; now: Date; dryRun?: boolean },
): Promise<RosterOutcome> {
  const problems: RosterProblem[] = [];
  const units: Located<UnitRow>[] = [];
  const members: Located<MemberRow>[] = [];
  for (const record of records) {
    const at = { sheet: record.sheet, line: record.line };
    if (record.kind === "unknown") {
      problems.push({ ...at, reason: fieldProblemKey.kind, args: { value: String(record.values.kind ?? "") } });
      continue;
    }
    const schema = record.kind === "unit" ? unitRowSchema : memberRowSchema;
    const parsed = schema.safeParse(record.values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as RosterField;
        const value = record.values[field];
        problems.push({
          ...at,
          reason: fieldProblemKey[field] ?? fieldProblemKey.kind,
          args: { value: value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? "") },
        });
      }
      continue;
    }
    const present = new Set(Object.keys(record.values) as RosterField[]);
    if (record.kind === "unit") units.push({ ...at, row: parsed.data as UnitRow, present });
    else members.push({ ...at, row: parsed.data as MemberRow, present });
  }
  if (records.length === 0) problems.push({ sheet: "", line: 0, reason: "roster-empty" });

  return prisma.$transaction(
    async (tx) => {
      const plan = await planImport(tx, units, members, problems);
      if (problems.length > 0) return { ok: false as const, problems: sortProblems(problems) };
      if (options.dryRun) return { ok: true as const, summary: plan.summary };
      await applyPlan(tx, plan, options.actorId, options.now);
      return { ok: true as const, summary: plan.summary };
    },
    // A roster of thousands of rows on the embedded database can take a while; it is still one transaction.
    { timeout: 600_000, maxWait: 60_000 },
  );
}

function sortProblems(problems: RosterProblem[]): RosterProblem[] {
  return problems.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.line - b.line);
}

interface Plan {
  summary: RosterSummary;
  unitCreates: Prisma.OrgUnitCreateManyInput[];
  unitUpdates: { unit: OrgUnit; data: Partial<Pick<OrgUnit, "name" | "levelName" | "parentId">> }[];
  personCreates: Prisma.PersonCreateManyInput[];
  personUpdates: { person: Person; data: Prisma.PersonUpdateInput; before: Record<string, unknown> }[];
  moves: { person: Person; toUnitId: string }[];
  /** Secretary roles to grant; `deputy` for a Phó Bí thư. */
  roleGrants: { personId: string; unitId: string; deputy: boolean }[];
}

async function planImport(
  tx: Tx,
  unitRows: Located<UnitRow>[],
  memberRows: Located<MemberRow>[],
  problems: RosterProblem[],
): Promise<Plan> {
  const summary: RosterSummary = {
    unitsCreated: 0,
    unitsUpdated: 0,
    membersCreated: 0,
    membersUpdated: 0,
    membersMoved: 0,
    rolesGranted: 0,
    rowsUnchanged: 0,
  };
  const plan: Plan = {
    summary,
    unitCreates: [],
    unitUpdates: [],
    personCreates: [],
    personUpdates: [],
    moves: [],
    roleGrants: [],
  };
  const existingUnits = await tx.orgUnit.findMany();
  const idByCode = new Map(existingUnits.map((u) => [u.code, u.id]));
  const unitById = new Map(existingUnits.map((u) => [u.id, u]));
  const seenUnitCodes = new Map<string, number>();
  for (const { sheet, line, row } of unitRows) {
    if (seenUnitCodes.has(row.unitCode)) {
      problems.push({ sheet, line, reason: "roster-duplicate-unit", args: { code: row.unitCode } });
      continue;
    }
    seenUnitCodes.set(row.unitCode, line);
    if (!idByCode.has(row.unitCode)) idByCode.set(row.unitCode, randomUUID());
  }
  // The tree as it will be after the import, to refuse unknown parents and cycles before writing anything.
  const parentOf = new Map(existingUnits.map((u) => [u.id, u.parentId]));
  for (const { sheet, line, row } of unitRows) {
    if (seenUnitCodes.get(row.unitCode) !== line) continue;
    const id = idByCode.get(row.unitCode) as string;
    let parentId: string | null = null;
    if (row.parentCode) {
      parentId = idByCode.get(row.parentCode) ?? null;
      if (!parentId || row.parentCode === row.unitCode) {
        problems.push({ sheet, line, reason: "roster-unknown-parent", args: { code: row.parentCode } });
        continue;
      }
    }
    parentOf.set(id, parentId);
  }
  for (const { sheet, line, row } of unitRows) {
    if (seenUnitCodes.get(row.unitCode) !== line) continue;
    const id = idByCode.get(row.unitCode) as string;
    const seen = new Set<string>();
    // Only the units on a loop are reported, not those merely hanging below it.
    for (let at = parentOf.get(id); at; at = parentOf.get(at)) {
      if (at === id) {
        problems.push({ sheet, line, reason: "roster-unit-cycle", args: { code: row.unitCode } });
        break;
      }
      if (seen.has(at)) break;
      seen.add(at);
    }
  }
  const depth = (id: string) => {
    let n = 0;
    for (let at = parentOf.get(id); at && n < 1000; at = parentOf.get(at)) n++;
    return n;
  };
  for (const { line, row, present } of unitRows) {
    if (seenUnitCodes.get(row.unitCode) !== line) continue;
    const id = idByCode.get(row.unitCode) as string;
    const existing = unitById.get(id);
    const parentId = row.parentCode ? (idByCode.get(row.parentCode) ?? null) : null;
    if (!existing) {
      plan.unitCreates.push({
        id,
        code: row.unitCode,
        name: row.unitName,
        levelName: row.levelName ?? null,
        parentId,
      });
      summary.unitsCreated++;
      continue;
    }
    const data: Plan["unitUpdates"][number]["data"] = {};
    if (existing.name !== row.unitName) data.name = row.unitName;
    if (present.has("levelName") && (existing.levelName ?? undefined) !== row.levelName)
      data.levelName = row.levelName ?? null;
    if (existing.parentId !== parentId) data.parentId = parentId;
    if (Object.keys(data).length > 0) {
      plan.unitUpdates.push({ unit: existing, data });
      summary.unitsUpdated++;
    } else summary.rowsUnchanged++;
  }
  plan.unitCreates.sort((a, b) => depth(a.id as string) - depth(b.id as string));

  await planMembers(tx, memberRows, idByCode, plan, problems);
  return plan;
}

async function planMembers(
  tx: Tx,
  rows: Located<MemberRow>[],
  idByCode: Map<string, string>,
  plan: Plan,
  problems: RosterProblem[],
): Promise<void> {
  const { summary } = plan;
  const codes = rows.flatMap((r) => (r.row.memberCode ? [r.row.memberCode] : []));
  const births = [...new Set(rows.map((r) => r.row.dateOfBirth.getTime()))].map((t) => new Date(t));
  // One after another: a transaction is one connection, and node-postgres is retiring queries sent while it is busy.
  const byCodeList = await tx.person.findMany({ where: { memberCode: { in: codes } } });
  const sameBirth = await tx.person.findMany({ where: { dateOfBirth: { in: births } } });
  const secretaryRoles = await tx.roleAssignment.findMany({ where: { role: "secretary", revokedAt: null } });
  const byCode = new Map(byCodeList.map((p) => [p.memberCode as string, p]));
  const byIdentity = new Map(sameBirth.map((p) => [identityKey(p.fullName, p.dateOfBirth, p.unitId), p]));
  const heldRoles = new Set(secretaryRoles.map((r) => `${r.personId}|${r.unitId}`));
  const seenCodes = new Set<string>();
  const seenIdentities = new Set<string>();
  const matched = new Set<string>();

  for (const { sheet, line, row, present } of rows) {
    const unitId = idByCode.get(row.unitCode);
    if (!unitId) {
      problems.push({ sheet, line, reason: "roster-unknown-unit", args: { code: row.unitCode } });
      continue;
    }
    const identity = identityKey(row.fullName, row.dateOfBirth, unitId);
    if (row.memberCode && seenCodes.has(row.memberCode)) {
      problems.push({ sheet, line, reason: "roster-duplicate-member-code", args: { code: row.memberCode } });
      continue;
    }
    if (seenIdentities.has(identity)) {
      problems.push({ sheet, line, reason: "roster-duplicate-member", args: { name: row.fullName } });
      continue;
    }
    if (row.memberCode) seenCodes.add(row.memberCode);
    seenIdentities.add(identity);

    let person = row.memberCode ? byCode.get(row.memberCode) : undefined;
    if (!person) {
      const candidate = byIdentity.get(identity);
      if (candidate?.memberCode && row.memberCode && candidate.memberCode !== row.memberCode) {
        problems.push({
          sheet,
          line,
          reason: "roster-member-code-conflict",
          args: { name: row.fullName, code: candidate.memberCode },
        });
        continue;
      }
      person = candidate;
    }
    if (person && matched.has(person.id)) {
      problems.push({ sheet, line, reason: "roster-duplicate-member", args: { name: row.fullName } });
      continue;
    }
    const values = {
      memberCode: row.memberCode ?? person?.memberCode ?? null,
      fullName: row.fullName,
      dateOfBirth: row.dateOfBirth,
      gender: row.gender,
      phone: row.phone,
      email: row.email,
      targetGroup: row.targetGroup,
      titles: row.titles,
      position: row.position,
    };
    let personId: string;
    if (!person) {
      personId = randomUUID();
      plan.personCreates.push({ id: personId, unitId, ...values });
      summary.membersCreated++;
    } else {
      personId = person.id;
      matched.add(person.id);
      const changes: Record<string, unknown> = {};
      const before: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(values) as [keyof typeof values, unknown][]) {
        if (field !== "memberCode" && field !== "fullName" && field !== "dateOfBirth" && !present.has(field)) continue;
        if (!sameValue(person[field], value)) {
          changes[field] = value;
          before[field] = person[field];
        }
      }
      if (!person.active) {
        changes.active = true;
        before.active = false;
      }
      const moved = person.unitId !== unitId;
      if (moved) {
        plan.moves.push({ person, toUnitId: unitId });
        summary.membersMoved++;
      }
      if (Object.keys(changes).length > 0) {
        plan.personUpdates.push({ person, data: changes as Prisma.PersonUpdateInput, before });
        summary.membersUpdated++;
      }
      if (!moved && Object.keys(changes).length === 0) summary.rowsUnchanged++;
    }
    const secretaryRole = row.role === "secretary" || row.role === "deputy_secretary";
    if (secretaryRole && !heldRoles.has(`${personId}|${unitId}`)) {
      heldRoles.add(`${personId}|${unitId}`);
      plan.roleGrants.push({ personId, unitId, deputy: row.role === "deputy_secretary" });
      summary.rolesGranted++;
    }
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
  return (a ?? null) === (b ?? null);
}

async function applyPlan(tx: Tx, plan: Plan, actorId: string | null, now: Date): Promise<void> {
  const audit: AuditEntry[] = [];
  const entry = (action: string, entity: string, entityId: string, before: unknown, after: unknown) =>
    audit.push({ actorId, action, entity, entityId, before, after, at: now });

  // Created units come parent first; createMany keeps that order, so each parent exists before its children.
  if (plan.unitCreates.length > 0) await tx.orgUnit.createMany({ data: plan.unitCreates });
  for (const u of plan.unitCreates) entry("unit.create", "OrgUnit", u.id as string, null, u);
  for (const { unit, data } of plan.unitUpdates) {
    await tx.orgUnit.update({ where: { id: unit.id }, data });
    const before = Object.fromEntries(Object.keys(data).map((key) => [key, unit[key as keyof typeof data]]));
    entry(data.parentId !== undefined ? "unit.move" : "unit.update", "OrgUnit", unit.id, before, data);
  }

  if (plan.personCreates.length > 0) {
    await tx.person.createMany({ data: plan.personCreates });
    await tx.unitMembership.createMany({
      data: plan.personCreates.map((p) => ({
        personId: p.id as string,
        unitId: p.unitId,
        fromDate: now,
        recordedById: actorId,
        reason: "import",
      })),
    });
  }
  for (const p of plan.personCreates) entry("person.create", "Person", p.id as string, null, p);
  for (const { person, data, before } of plan.personUpdates) {
    await tx.person.update({ where: { id: person.id }, data });
    entry("person.update", "Person", person.id, before, data);
  }
  for (const { person, toUnitId } of plan.moves) {
    await tx.unitMembership.updateMany({ where: { personId: person.id, toDate: null }, data: { toDate: now } });
    await tx.unitMembership.create({
      data: { personId: person.id, unitId: toUnitId, fromDate: now, recordedById: actorId, reason: "import" },
    });
    await tx.person.update({ where: { id: person.id }, data: { unitId: toUnitId } });
    entry("person.transfer", "Person", person.id, { unitId: person.unitId }, { unitId: toUnitId });
  }
  for (const grant of plan.roleGrants) {
    const role = await tx.roleAssignment.create({
      data: {
        personId: grant.personId,
        role: "secretary",
        unitId: grant.unitId,
        deputy: grant.deputy,
        grantedById: actorId,
        createdAt: now,
      },
    });
    entry("role.grant", "RoleAssignment", role.id, null, role);
  }
  await writeAuditMany(tx, audit);
}
