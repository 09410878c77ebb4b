import { describe, expect, it } from "vitest";
import { OrgTree } from "../../src/core/org.ts";
import { scopeOf, secretaryUnitIds } from "../../src/core/permissions.ts";
import type { OrgUnit, Role, RoleAssignment } from "../../src/generated/prisma/client.ts";

const at = new Date("2026-01-01T00:00:00Z");

function unit(id: string, parentId: string | null): OrgUnit {
  return {
    id,
    code: id.toUpperCase(),
    name: `Đơn vị ${id}`,
    levelName: null,
    parentId,
    partyCommittee: null,
    partyContact: null,
    active: true,
    createdAt: at,
    updatedAt: at,
  } as OrgUnit;
}

function role(r: Role, unitId: string | null, revoked = false): RoleAssignment {
  return {
    id: `${r}-${unitId}-${revoked}`,
    personId: "p",
    role: r,
    unitId,
    deputy: false,
    grantedById: null,
    createdAt: at,
    revokedAt: revoked ? at : null,
  } as RoleAssignment;
}

/** root ─┬─ a ─┬─ a1 ── a1x
 *        │     └─ a2
 *        └─ b */
const tree = new OrgTree([
  unit("root", null),
  unit("a", "root"),
  unit("a1", "a"),
  unit("a1x", "a1"),
  unit("a2", "a"),
  unit("b", "root"),
]);

describe("secretaryUnitIds", () => {
  it("lists the units of active secretary roles, each once, and nothing else", () => {
    const roles = [
      role("secretary", "a1"),
      role("member", "b"),
      role("secretary", "a2", true),
      role("staff", "root"),
      role("secretary", "b"),
      role("secretary", "a1"),
      role("secretary", null),
    ];
    expect(secretaryUnitIds(roles)).toEqual(["a1", "b"]);
    expect(secretaryUnitIds([])).toEqual([]);
  });

  it("is what a secretary's scope is built from: those units and everything below them", () => {
    const scope = scopeOf("p", [role("secretary", "a1"), role("secretary", "b"), role("secretary", "a2", true)], tree);
    expect([...scope.unitIds].sort()).toEqual(["a1", "a1x", "b"]);
    expect(scope.wholeBlock).toBe(false);
  });
});

describe("OrgTree.topsOf", () => {
  it("keeps the units no other unit of the set lies above, in the set's order", () => {
    expect(tree.topsOf(["a1x", "b", "a", "a1"])).toEqual(["b", "a"]);
    expect(tree.topsOf(new Set(["a1", "a2"]))).toEqual(["a1", "a2"]);
    expect(tree.topsOf(["a1", "a1"])).toEqual(["a1"]);
    expect(tree.topsOf([])).toEqual([]);
  });
});
