import type { Platform } from "../../src/core/messages.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import type { ChatAccount } from "./app.ts";
import { OrgBuilder, type UnitRef } from "./org-builder.ts";

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
  const build = new OrgBuilder({ prisma });
  const unit = (code: string, parent?: UnitRef) => build.unit(code, `Đơn vị ${code}`, parent);
  const root = await unit("R");
  const a = await unit("A", root);
  const a1 = await unit("A1", a);
  const b = await unit("B", root);
  // People are numbered in order; their accounts are `<platform>-<number>` (see `account` below).
  let n = 0;
  const person = async (unit: UnitRef, accounts: [Platform, "reachable" | "unreachable"][]) => {
    const p = await build.person(`Người ${++n}`, unit);
    for (const [platform, reach] of accounts) {
      await build.account(p, account(platform, n), { unreachable: reach === "unreachable" });
    }
    return p;
  };
  const staff = await person(root, [["telegram", "reachable"]]);
  const secretaryA = await person(a, [
    ["telegram", "reachable"],
    ["zalo", "reachable"],
  ]);
  await person(a, [["zalo", "reachable"]]);
  await person(a, [["zalo", "unreachable"]]);
  await person(a1, [["telegram", "reachable"]]);
  const dvut = await person(a1, [["zalo", "reachable"]]);
  await person(b, [["telegram", "reachable"]]);
  await person(b, [["zalo", "reachable"]]);
  await person(b, []);
  await build.role(staff, "staff", root);
  await build.role(secretaryA, "secretary", a);
  await build.candidacy(dvut, "selected", "2026-03-20");
  return { root: root.id, unitA: a.id, unitA1: a1.id, unitB: b.id, staffId: staff.id, secretaryAId: secretaryA.id };
}

/** The chat account of a seeded person number (1 = staff, 2 = A's secretary). */
export const account = (platform: Platform, n: number): ChatAccount => ({ platform, externalId: `${platform}-${n}` });

/** `count` more members of unit B, each with one Telegram account (`m0`, `m1`, …): an audience of several batches. */
export async function addMembersToB(prisma: PrismaClient, org: BroadcastOrg, count: number): Promise<void> {
  await prisma.person.createMany({
    data: Array.from({ length: count }, (_, i) => ({ id: `m${i}`, fullName: `Đoàn viên ${i}`, unitId: org.unitB })),
  });
  await prisma.platformIdentity.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      platform: "telegram" as const,
      externalId: `m${i}`,
      chatId: `m${i}`,
      personId: `m${i}`,
    })),
  });
}
