import type { Role, RoleAssignment } from "../generated/prisma/client.ts";
import { k, type MessageKey } from "../i18n/i18n.ts";
import type { OrgTree } from "./org.ts";

/** Locale keys of the role names shown to people. */
export const roleLabelKey: Record<Role, MessageKey> = {
  member: k("role-member"),
  secretary: k("role-secretary"),
  staff: k("role-staff"),
  admin: k("role-admin"),
};

/** Who may run something: anybody who writes to the bot, any linked member, or holders of one of these roles. */
export type Access = "anyone" | "linked" | readonly Role[];

/** Staff and admin see the whole block; admin may also do what staff may. */
export function hasRole(roles: readonly RoleAssignment[], role: Role): boolean {
  if (roles.some((r) => r.role === role && r.revokedAt === null)) return true;
  if (role === "staff") return roles.some((r) => r.role === "admin" && r.revokedAt === null);
  return false;
}

/**
 * The units a person is secretary of (active assignments, each once, in the order granted): where their menu,
 * dashboard, /unit and exports start. Their scope is these units with everything below them (`scopeOf`).
 */
export function secretaryUnitIds(roles: readonly RoleAssignment[]): string[] {
  const ids = new Set<string>();
  for (const r of roles) if (r.role === "secretary" && r.revokedAt === null && r.unitId) ids.add(r.unitId);
  return [...ids];
}

export function allows(access: Access, linked: boolean, roles: readonly RoleAssignment[]): boolean {
  if (access === "anyone") return true;
  if (access === "linked") return linked;
  return linked && access.some((role) => hasRole(roles, role));
}

/** What part of the org a person may read and change. A member's own record is always theirs. */
export interface Scope {
  wholeBlock: boolean;
  unitIds: ReadonlySet<string>;
  personId: string | null;
}

export function scopeOf(personId: string | null, roles: readonly RoleAssignment[], tree: OrgTree): Scope {
  if (!personId) return { wholeBlock: false, unitIds: new Set(), personId: null };
  if (hasRole(roles, "staff")) return { wholeBlock: true, unitIds: new Set(tree.all().map((u) => u.id)), personId };
  const unitIds = new Set<string>();
  for (const top of secretaryUnitIds(roles)) for (const id of tree.subtreeIds(top)) unitIds.add(id);
  return { wholeBlock: false, unitIds, personId };
}

export function canSeeUnit(scope: Scope, unitId: string): boolean {
  return scope.wholeBlock || scope.unitIds.has(unitId);
}

export function canSeePerson(scope: Scope, person: { id: string; unitId: string }): boolean {
  return scope.personId === person.id || canSeeUnit(scope, person.unitId);
}
