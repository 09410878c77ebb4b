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

type VersionDb = Db & Pick<PrismaClient, "$queryRaw">;

/**
 * The org tree kept in memory between updates: a province's 2,000 units read and built on every message cost more
 * than the rest of a /me. Before each use it asks the database for the units' version, their count and the sum of
 * the transaction ids that last wrote each row (xmin), which any insert, update or delete moves, whatever process
 * made it, and rereads the tree only when that changed. One scan of a few thousand narrow rows, no trigger, no table.
 */
export class OrgTreeCache {
  #held: { version: string; tree: OrgTree } | undefined;

  constructor(private readonly db: VersionDb) {}

  async current(): Promise<OrgTree> {
    // The version is read before the tree: a change committed in between leaves a newer tree under an older
    // version, reread next time, never the reverse.
    const [row] = await this.db.$queryRaw<{ version: string }[]>`
      SELECT count(*)::text || ':' || COALESCE(sum(xmin::text::bigint), 0)::text AS version FROM "OrgUnit"`;
    if (row && this.#held?.version === row.version) return this.#held.tree;
    const tree = await OrgTree.load(this.db);
    this.#held = row ? { version: row.version, tree } : undefined;
    return tree;
  }
}
