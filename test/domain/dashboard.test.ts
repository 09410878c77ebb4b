import { describe, expect } from "vitest";
import { OrgTree } from "../../src/core/org.ts";
import { quarterOf, today } from "../../src/core/periods.ts";
import { dashboardStats } from "../../src/modules/dashboard/dashboard.ts";
import { unitOverview } from "../../src/modules/dashboard/unit-overview.ts";
import type { TestApp } from "../support/app.ts";
import { it } from "../support/fixtures.ts";
import { buildOrg, makeDvut, step } from "../support/org-fixture.ts";

async function twoYearCounts(app: TestApp) {
  const { prisma } = app.deps;
  const tree = await OrgTree.load(prisma);
  const now = app.clock.now();
  const period = { today: today(now), quarter: quarterOf(now) };
  const board = await dashboardStats(prisma, app.deps.db.sql, tree, period);
  const a = tree.all().find((u) => u.code === "A") as { id: string };
  return {
    board: board.rolled.get(a.id)?.twoYear,
    unit: (await unitOverview(prisma, tree, a.id, period)).twoYear.length,
  };
}

describe("the two-year rule on a fixed clock", () => {
  it.override({ appOptions: { now: "2026-11-26T02:00:00Z" } });
  it("counts an ĐVUT from the second anniversary of selection, in the unit's local date, until recognised", async ({
    app,
  }) => {
    const org = await buildOrg(app);
    const c = await makeDvut(app, org.people.an, "2024-11-27");
    // 26/11/2026 in Vietnam: one day short of two years.
    expect(await twoYearCounts(app)).toEqual({ board: 0, unit: 0 });
    // 27/11/2026 06:30 in Vietnam is still 26/11 in UTC: the local date decides.
    app.clock.set("2026-11-26T23:30:00Z");
    expect(await twoYearCounts(app)).toEqual({ board: 1, unit: 1 });
    await step(app, c.id, "introduced", "2025-01-10", { resolutionNumber: "1-NQ" });
    await step(app, c.id, "awareness_class", "2025-06-10", { certificateDate: new Date("2025-06-10") });
    expect(await twoYearCounts(app)).toEqual({ board: 1, unit: 1 });
    await step(app, c.id, "recognized", "2026-11-26", { mentorName: "Trần Thị Mai" });
    expect(await twoYearCounts(app)).toEqual({ board: 0, unit: 0 });
  });
});
