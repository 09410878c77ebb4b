import type { Platform } from "../../src/core/messages.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";

export interface BroadcastOrg {
  root: string;
  unitA: string;
  unitA1: string;
  unitB: string;
  staffId: string;
  secretaryAId: string;
}

/**
 * Root ─┬─ A ── A1
 *       └─ B
 * Members with chat accounts: A has 3 (one on both platforms, one unreachable on Zalo), A1 has 2, B has 2, the root
 * has the staff member; one member of B has no chat account. A's secretary and one ĐVUT (in A1) are among them.
 */
export async function seedBroadcastOrg(prisma: PrismaClient): Promise<BroadcastOrg> {
  const unit = (code: string, parentId?: string) =>
    prisma.orgUnit.create({ data: { code, name: `Đơn vị ${code}`, parentId: parentId ?? null } });
  const root = await unit("R");
  const a = await unit("A", root.id);
  const a1 = await unit("A1", a.id);
  const b = await unit("B", root.id);
  let n = 0;
  const person = async (unitId: string, accounts: [Platform, boolean][]) => {
    const p = await prisma.person.create({ data: { fullName: `Người ${++n}`, unitId } });
    for (const [platform, reachable] of accounts) {
      await prisma.platformIdentity.create({
        data: {
          platform,
          externalId: `${platform}-${n}`,
          chatId: `${platform}-${n}`,
          personId: p.id,
          unreachableAt: reachable ? null : new Date(),
        },
      });
    }
    return p.id;
  };
  const staffId = await person(root.id, [["telegram", true]]);
  const secretaryAId = await person(a.id, [
    ["telegram", true],
    ["zalo", true],
  ]);
  await person(a.id, [["zalo", true]]);
  await person(a.id, [["zalo", false]]);
  await person(a1.id, [["telegram", true]]);
  const dvut = await person(a1.id, [["zalo", true]]);
  await person(b.id, [["telegram", true]]);
  await person(b.id, [["zalo", true]]);
  await person(b.id, []);
  await prisma.roleAssignment.create({ data: { personId: staffId, role: "staff", unitId: root.id } });
  await prisma.roleAssignment.create({ data: { personId: secretaryAId, role: "secretary", unitId: a.id } });
  const today = new Date("2026-03-20T00:00:00Z");
  await prisma.candidacy.create({
    data: { personId: dvut, unitId: a1.id, stage: "selected", stageDate: today, selectedOn: today },
  });
  return { root: root.id, unitA: a.id, unitA1: a1.id, unitB: b.id, staffId, secretaryAId };
}

/** The chat account of a seeded person number (1 = staff, 2 = A's secretary). */
export const account = (platform: Platform, n: number) => ({ platform, externalId: `${platform}-${n}` });
