import { type AdminCommand, parseOptions } from "../../admin/command.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";

/**
 * The demo org of the terminal mode (src/channels/terminal/demo-seed.ts, which seeds it under these codes). It must
 * never be mixed with real data: a bot with a platform token refuses to start while it is there, and a roster import
 * says so.
 */
export const DEMO_ROOT_CODE = "DEMO-DK";
const DEMO_PREFIX = "DEMO-";

export async function hasDemoOrg(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.orgUnit.count({ where: { code: DEMO_ROOT_CODE } })) > 0;
}

/** Why the bot may not go live with this database, or null. */
export async function goingLiveProblem(
  prisma: PrismaClient,
  config: { TELEGRAM_BOT_TOKEN?: string; ZALO_BOT_TOKEN?: string },
): Promise<string | null> {
  if (!config.TELEGRAM_BOT_TOKEN && !config.ZALO_BOT_TOKEN) return null;
  if (!(await hasDemoOrg(prisma))) return null;
  return (
    "the database holds the demo org of the terminal mode (units DEMO-…), which must not be mixed with real " +
    "members. Remove it with `npm run admin -- demo remove`, then start again."
  );
}

/**
 * Deletes the demo org and everything that hangs off it: its units (codes DEMO-…), their people, chat accounts,
 * roles, candidacies, ratings, reports, targets and what the demo sent. Real units and people are not touched.
 */
export async function removeDemoOrg(prisma: PrismaClient): Promise<{ units: number; people: number }> {
  return prisma.$transaction(
    async (tx) => {
      const units = await tx.orgUnit.findMany({ where: { code: { startsWith: DEMO_PREFIX } } });
      const unitIds = units.map((u) => u.id);
      const people = await tx.person.findMany({ where: { unitId: { in: unitIds } }, select: { id: true } });
      const personIds = people.map((p) => p.id);
      const inUnits = { unitId: { in: unitIds } };
      const ofPeople = { personId: { in: personIds } };
      const candidacies = await tx.candidacy.findMany({
        where: { OR: [inUnits, ofPeople] },
        select: { id: true },
      });
      await tx.candidacyEvent.deleteMany({ where: { candidacyId: { in: candidacies.map((c) => c.id) } } });
      await tx.candidacy.deleteMany({ where: { id: { in: candidacies.map((c) => c.id) } } });
      const reports = await tx.report.findMany({
        where: { OR: [inUnits, { authorId: { in: personIds } }] },
        select: { id: true },
      });
      const reportIds = reports.map((r) => r.id);
      await tx.reportReview.deleteMany({ where: { reportId: { in: reportIds } } });
      await tx.reportVersion.deleteMany({ where: { reportId: { in: reportIds } } });
      await tx.report.deleteMany({ where: { id: { in: reportIds } } });
      await tx.annualClassification.deleteMany({ where: { OR: [inUnits, ofPeople] } });
      await tx.unitTarget.deleteMany({ where: inUnits });
      await tx.unitGroupChat.deleteMany({ where: inUnits });
      await tx.registrationRequest.deleteMany({ where: inUnits });
      await tx.roleAssignment.deleteMany({ where: { OR: [inUnits, ofPeople] } });
      await tx.linkCode.deleteMany({ where: ofPeople });
      await tx.educationSend.deleteMany({ where: ofPeople });
      await tx.broadcastConfirmation.deleteMany({ where: ofPeople });
      await tx.unitMembership.deleteMany({ where: ofPeople });
      await tx.delivery.deleteMany({ where: ofPeople });
      // The terminal's demo chat accounts ("demo-member", …) go too; real chat accounts are only let go.
      await tx.platformIdentity.deleteMany({ where: { platform: "terminal", externalId: { startsWith: "demo-" } } });
      await tx.platformIdentity.updateMany({ where: ofPeople, data: { personId: null, linkedAt: null } });
      await tx.conversation.deleteMany({ where: { ownerKey: { in: personIds.map((id) => `p:${id}`) } } });
      await tx.person.deleteMany({ where: { id: { in: personIds } } });
      // Children before parents.
      const remaining = new Set(unitIds);
      while (remaining.size > 0) {
        const parents = new Set(units.filter((u) => remaining.has(u.id) && u.parentId).map((u) => u.parentId));
        const leaves = [...remaining].filter((id) => !parents.has(id));
        await tx.orgUnit.deleteMany({ where: { id: { in: leaves } } });
        for (const id of leaves) remaining.delete(id);
      }
      return { units: units.length, people: personIds.length };
    },
    { timeout: 120_000 },
  );
}

/** `demo remove`: takes the terminal mode's demo org out of the database before going live. */
export const demoCommand: AdminCommand = {
  name: "demo",
  usage: "demo remove   delete the terminal demo org (units DEMO-…) before going live",
  async run(app, args, out) {
    const { positional } = parseOptions(args);
    if (positional[0] !== "remove") {
      out("usage: demo remove");
      return 2;
    }
    if (!(await hasDemoOrg(app.deps.prisma))) {
      out("no demo org in this database");
      return 0;
    }
    const removed = await removeDemoOrg(app.deps.prisma);
    out(`demo org removed: ${removed.units} units, ${removed.people} people`);
    return 0;
  },
};
