import type { OrgUnit, PrismaClient } from "../generated/prisma/client.ts";
import { compareVi } from "./collate.ts";

type Db = Pick<PrismaClient, "orgUnit">;

/** The whole org tree in memory: a few hundred rows at most, so subtree questions need no recursive SQL. */
export class OrgTree {
  private readonly byId = new Map<string, OrgUnit>();
  private readonly children = new Map<string, OrgUnit[]>();

  constructor(units: OrgUnit[]) {
    for (const unit of units) this.byId.set(unit.id, unit);
    for (const unit of units) {
      if (!unit.parentId) continue;
      const list = this.children.get(unit.parentId) ?? [];
      list.push(unit);
      this.children.set(unit.parentId, list);
    }
    for (const list of this.children.values()) list.sort((a, b) => compareVi(a.name, b.name));
  }

  static async load(db: Db): Promise<OrgTree> {
    return new OrgTree(await db.orgUnit.findMany());
  }

  get(unitId: string): OrgUnit | undefined {
    return this.byId.get(unitId);
  }

  all(): OrgUnit[] {
    return [...this.byId.values()];
  }

  roots(): OrgUnit[] {
    return this.all().filter((u) => !u.parentId || !this.byId.has(u.parentId));
  }

  childrenOf(unitId: string): OrgUnit[] {
    return this.children.get(unitId) ?? [];
  }

  /** The unit and every unit below it, at any depth. */
  subtreeIds(unitId: string): Set<string> {
    const result = new Set<string>();
    const stack = [unitId];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (result.has(id) || !this.byId.has(id)) continue;
      result.add(id);
      for (const child of this.childrenOf(id)) stack.push(child.id);
    }
    return result;
  }

  /** Parent first, up to the root; guards against cycles in bad data. */
  ancestors(unitId: string): OrgUnit[] {
    const result: OrgUnit[] = [];
    const seen = new Set<string>([unitId]);
    let current = this.byId.get(unitId)?.parentId;
    while (current && !seen.has(current)) {
      const unit = this.byId.get(current);
      if (!unit) break;
      result.push(unit);
      seen.add(current);
      current = unit.parentId;
    }
    return result;
  }

  /**
   * The units of a set that no other unit of the set lies above, in the set's order: what a secretary of a unit and
   * of a unit below it covers is the upper one alone (the lower one is inside it already).
   */
  topsOf(unitIds: Iterable<string>): string[] {
    const covered = new Set(unitIds);
    return [...covered].filter((id) => !this.ancestors(id).some((a) => covered.has(a.id)));
  }

  /** "Chi đoàn 1 › Đoàn cơ sở A › Đoàn Khối", for showing where a unit sits. */
  pathName(unitId: string, separator = " › "): string {
    const unit = this.byId.get(unitId);
    if (!unit) return "";
    return [unit, ...this.ancestors(unitId)].map((u) => u.name).join(separator);
  }
}
