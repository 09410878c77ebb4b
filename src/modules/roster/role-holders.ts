import type { Db } from "../../core/db.ts";
import type { OrgTree } from "../../core/org.ts";

/** Who holds the secretary role in which unit, and who is staff (staff or admin), from active assignments. */
export interface RoleHolders {
  secretariesByUnit: Map<string, string[]>;
  staff: string[];
}

export async function loadRoleHolders(db: Db): Promise<RoleHolders> {
  const roles = await db.roleAssignment.findMany({
    where: { revokedAt: null, role: { in: ["secretary", "staff", "admin"] }, person: { active: true } },
    orderBy: { createdAt: "asc" },
  });
  const secretariesByUnit = new Map<string, string[]>();
  const staff = new Set<string>();
  for (const role of roles) {
    if (role.role === "secretary" && role.unitId) {
      const list = secretariesByUnit.get(role.unitId) ?? [];
      if (!list.includes(role.personId)) list.push(role.personId);
      secretariesByUnit.set(role.unitId, list);
    } else if (role.role !== "secretary") staff.add(role.personId);
  }
  return { secretariesByUnit, staff: [...staff] };
}

/** The nearest unit, from `unitId` itself upwards, that has a secretary: who answers for what happens in `unitId`. */
export function responsibleSecretaries(
  tree: OrgTree,
  holders: RoleHolders,
  unitId: string,
): { unitId: string; personIds: string[] } | undefined {
  for (const unit of [tree.get(unitId), ...tree.ancestors(unitId)]) {
    if (!unit) continue;
    const personIds = holders.secretariesByUnit.get(unit.id);
    if (personIds?.length) return { unitId: unit.id, personIds };
  }
  return undefined;
}

/** The secretaries of the nearest unit strictly above `unitId`: where an escalation about `unitId` goes. */
export function secretariesAbove(tree: OrgTree, holders: RoleHolders, unitId: string) {
  const parent = tree.get(unitId)?.parentId;
  return parent ? responsibleSecretaries(tree, holders, parent) : undefined;
}
