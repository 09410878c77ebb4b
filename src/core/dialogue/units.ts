import { compareVi } from "../collate.ts";
import { secretaryUnitIds } from "../permissions.ts";
import { ok, type Result, refuse } from "../result.ts";
import type { FlowEnv } from "./flow.ts";

/** The unit a secretary files for: the one named in the menu's value, else their first; never outside their scope. */
export function unitToFileFor(env: FlowEnv, args: string): Result<{ id: string; name: string }> {
  const id = args.trim() || secretaryUnitIds(env.roles)[0];
  const unit = id ? env.tree.get(id) : undefined;
  if (!unit || !(env.scope.wholeBlock || env.scope.unitIds.has(unit.id))) return refuse("flow-unit-not-yours");
  return ok({ id: unit.id, name: unit.name });
}

/** Active members of the units the person may see, by name: the list a member step searches. */
export async function membersInScope(env: FlowEnv): Promise<{ id: string; name: string }[]> {
  const people = await env.deps.prisma.person.findMany({
    where: { active: true, ...(env.scope.wholeBlock ? {} : { unitId: { in: [...env.scope.unitIds] } }) },
    select: { id: true, fullName: true },
    orderBy: { fullName: "asc" },
  });
  return people.map((p) => ({ id: p.id, name: p.fullName })).sort((a, b) => compareVi(a.name, b.name));
}
