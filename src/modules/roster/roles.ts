import { writeAudit } from "../../core/audit.ts";
import type { Db } from "../../core/db.ts";
import { OrgTree } from "../../core/org.ts";
import { ok, type Result, refuse } from "../../core/result.ts";
import type { Role, RoleAssignment } from "../../generated/prisma/client.ts";
import type { Actor } from "../pipeline/index.ts";

/**
 * A role to grant or revoke: a secretary holds theirs on one unit (and sees below it), as Bí thư or, with `deputy`,
 * as Phó Bí thư; staff and admin on the block.
 */
export type RoleGrant = { role: "secretary"; unitId: string; deputy?: boolean } | { role: "staff" | "admin" };

export interface RoleChange {
  personId: string;
  grant: RoleGrant;
}

async function check(db: Db, actor: Actor, change: RoleChange) {
  const person = await db.person.findUnique({ where: { id: change.personId } });
  if (!person?.active) return refuse("role-person-not-found");
  if (change.grant.role !== "secretary") {
    // Only the admin command line (acting as "all" with no person) hands out block-wide roles.
    if (actor.unitIds !== "all" || actor.personId !== null) return refuse("role-block-roles-admin-only");
    return ok({ person, unitId: null, unitName: "" });
  }
  const unit = await db.orgUnit.findUnique({ where: { id: change.grant.unitId } });
  if (!unit?.active) return refuse("role-unit-not-found");
  if (actor.unitIds !== "all" && !actor.unitIds.has(unit.id)) return refuse("role-out-of-scope", { unit: unit.name });
  const tree = await OrgTree.load(db);
  if (!tree.subtreeIds(unit.id).has(person.unitId)) {
    return refuse("role-person-not-in-unit", { name: person.fullName, unit: unit.name });
  }
  return ok({ person, unitId: unit.id, unitName: unit.name });
}

function activeWhere(personId: string, role: Role, unitId: string | null) {
  return { personId, role, unitId, revokedAt: null };
}

/**
 * Grants a role, refusing with a reason; the grant and its audit row are written together. A Phó Bí thư appointed Bí
 * thư of the same unit (or the reverse) keeps one assignment, its title changed.
 */
export async function grantRole(db: Db, actor: Actor, change: RoleChange, now: Date): Promise<Result<RoleAssignment>> {
  const checked = await check(db, actor, change);
  if (!checked.ok) return checked;
  const { person, unitId, unitName } = checked.value;
  const role = change.grant.role;
  const deputy = change.grant.role === "secretary" && change.grant.deputy === true;
  const held = await db.roleAssignment.findFirst({ where: activeWhere(person.id, role, unitId) });
  if (held && held.deputy === deputy) return refuse("role-already-held", { name: person.fullName, unit: unitName });
  if (held) {
    return inTx(db, async (tx) => {
      const changed = await tx.roleAssignment.update({ where: { id: held.id }, data: { deputy } });
      await writeAudit(tx, {
        actorId: actor.personId,
        action: "role.grant",
        entity: "RoleAssignment",
        entityId: held.id,
        before: { deputy: held.deputy },
        after: { deputy },
        at: now,
      });
      return ok(changed);
    });
  }
  return inTx(db, async (tx) => {
    const assignment = await tx.roleAssignment.create({
      data: { personId: person.id, role, unitId, deputy, grantedById: actor.personId, createdAt: now },
    });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: "role.grant",
      entity: "RoleAssignment",
      entityId: assignment.id,
      after: assignment,
      at: now,
    });
    return ok(assignment);
  });
}

/** Revokes a role (the row stays, dated), refusing with a reason when the person does not hold it. */
export async function revokeRole(db: Db, actor: Actor, change: RoleChange, now: Date): Promise<Result<RoleAssignment>> {
  const checked = await check(db, actor, change);
  if (!checked.ok) return checked;
  const { person, unitId, unitName } = checked.value;
  const held = await db.roleAssignment.findFirst({ where: activeWhere(person.id, change.grant.role, unitId) });
  if (!held) return refuse("role-not-held", { name: person.fullName, unit: unitName });
  return inTx(db, async (tx) => {
    const revoked = await tx.roleAssignment.update({ where: { id: held.id }, data: { revokedAt: now } });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: "role.revoke",
      entity: "RoleAssignment",
      entityId: held.id,
      before: held,
      after: { revokedAt: now },
      at: now,
    });
    return ok(revoked);
  });
}

async function inTx<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  if ("$transaction" in db && typeof db.$transaction === "function") {
    return (db as { $transaction: <R>(fn: (tx: Db) => Promise<R>) => Promise<R> }).$transaction((tx) => work(tx));
  }
  return work(db);
}
