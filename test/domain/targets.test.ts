import { describe, expect } from "vitest";
import { OrgTree } from "../../src/core/org.ts";
import { setTarget, targetProgress } from "../../src/modules/pipeline/targets.ts";
import { it } from "../support/fixtures.ts";
import { buildOrg, makeDvut, step } from "../support/org-fixture.ts";

describe("targets", () => {
  it("rolls progress up a three-level tree, per quarter, and targets from below when a unit sets none", async ({
    app,
  }) => {
    const { units, people } = await buildOrg(app);
    const { prisma } = app.deps;
    const all = { personId: null, unitIds: "all" as const };
    const now = app.clock.now();
    expect(
      await setTarget(prisma, all, { unitId: units.a1.id, year: 2026, dvutToIntroduce: 2, newPartyMembers: 1 }, now),
    ).toMatchObject({ ok: true });
    expect(
      await setTarget(prisma, all, { unitId: units.a2.id, year: 2026, dvutToIntroduce: 3, newPartyMembers: 1 }, now),
    ).toMatchObject({ ok: true });
    expect(
      await setTarget(prisma, all, { unitId: units.b.id, year: 2026, dvutToIntroduce: 4, newPartyMembers: 2 }, now),
    ).toMatchObject({ ok: true });
    // An (A1): introduced in Q1, admitted in Q3. Bình (A2): introduced in Q2. Cường (B1): introduced in 2025 only.
    const an = await makeDvut(app, people.an, "2026-02-10", "2026-03-01");
    await step(app, an.id, "awareness_class", "2026-04-10", { certificateDate: new Date("2026-04-10") });
    await step(app, an.id, "recognized", "2026-05-01", { mentorName: "Trần Thị Mai" });
    await step(app, an.id, "admitted", "2026-08-19");
    await makeDvut(app, people.binh, "2026-04-02", "2026-05-15");
    await makeDvut(app, people.cuong, "2025-03-01", "2025-03-20");

    const progress = await targetProgress(prisma, await OrgTree.load(prisma), 2026);
    expect(progress.get(units.a1.id)).toMatchObject({
      dvutTarget: 2,
      partyTarget: 1,
      introduced: [1, 0, 0, 0],
      admitted: [0, 0, 1, 0],
    });
    expect(progress.get(units.a.id)).toMatchObject({
      dvutTarget: 5,
      partyTarget: 2,
      introduced: [1, 1, 0, 0],
      introducedTotal: 2,
      admittedTotal: 1,
    });
    expect(progress.get(units.b.id)).toMatchObject({ dvutTarget: 4, introducedTotal: 0 });
    expect(progress.get(units.dk.id)).toMatchObject({
      dvutTarget: 9,
      partyTarget: 4,
      introducedTotal: 2,
      admittedTotal: 1,
    });
    // A target set on the unit itself wins over the sum below it.
    await setTarget(prisma, all, { unitId: units.a.id, year: 2026, dvutToIntroduce: 6, newPartyMembers: 3 }, now);
    const again = await targetProgress(prisma, await OrgTree.load(prisma), 2026);
    expect(again.get(units.a.id)).toMatchObject({ dvutTarget: 6, partyTarget: 3 });
    expect(again.get(units.dk.id)).toMatchObject({ dvutTarget: 10 });
    expect(await prisma.auditLog.count({ where: { action: "target.set" } })).toBe(4);
  });

  it("refuses targets outside the actor's units and impossible numbers", async ({ app }) => {
    const { units } = await buildOrg(app);
    const { prisma } = app.deps;
    const secretaryOfB = { personId: null, unitIds: new Set([units.b.id, units.b1.id]) };
    const now = app.clock.now();
    expect(
      await setTarget(
        prisma,
        secretaryOfB,
        { unitId: units.a.id, year: 2026, dvutToIntroduce: 1, newPartyMembers: 1 },
        now,
      ),
    ).toMatchObject({ ok: false, reason: "target-out-of-scope" });
    expect(
      await setTarget(
        prisma,
        secretaryOfB,
        { unitId: units.b.id, year: 2026, dvutToIntroduce: -1, newPartyMembers: 0 },
        now,
      ),
    ).toMatchObject({ ok: false, reason: "target-invalid" });
    expect(
      await setTarget(
        prisma,
        secretaryOfB,
        { unitId: units.b.id, year: 2026, dvutToIntroduce: 1, newPartyMembers: 2 },
        now,
      ),
    ).toMatchObject({ ok: false, reason: "target-party-above-dvut" });
  });
});
