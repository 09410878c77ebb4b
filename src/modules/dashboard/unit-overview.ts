import type { Db } from "../../core/db.ts";
import type { OrgTree } from "../../core/org.ts";
import type { Quarter } from "../../core/periods.ts";
import type { CandidacyStage } from "../../generated/prisma/client.ts";
import { closedStages, targetProgress, twoYearCases } from "../pipeline/index.ts";
import { missingRemarks } from "../reporting/index.ts";

/** A secretary's view of one unit and everything below it: ĐVUT by stage, missing remarks, two-year cases, targets. */
export async function unitOverview(db: Db, tree: OrgTree, unitId: string, options: { today: Date; quarter: Quarter }) {
  const unitIds = tree.subtreeIds(unitId);
  const ids = [...unitIds];
  const [memberCount, candidacies, missing, twoYear, progress] = await Promise.all([
    db.person.count({ where: { unitId: { in: ids }, active: true } }),
    db.candidacy.findMany({
      where: { stage: { notIn: [...closedStages] }, person: { unitId: { in: ids } } },
      select: { stage: true, person: { select: { id: true, fullName: true } } },
      orderBy: { person: { fullName: "asc" } },
    }),
    missingRemarks(db, unitIds, options.quarter),
    twoYearCases(db, options.today, unitIds),
    targetProgress(db, tree, options.quarter.year),
  ]);
  const byStage = new Map<CandidacyStage, string[]>();
  for (const c of candidacies) byStage.set(c.stage, [...(byStage.get(c.stage) ?? []), c.person.fullName]);
  return {
    unit: tree.get(unitId),
    memberCount,
    byStage,
    missingRemarks: missing.map((c) => c.person),
    twoYear: twoYear.map((c) => ({
      name: c.person.fullName,
      selectedOn: c.selectedOn,
      stage: c.stage,
      twoYearAnsweredFor: c.twoYearAnsweredFor,
      twoYearCause: c.twoYearCause,
      twoYearMeasures: c.twoYearMeasures,
    })),
    progress: progress.get(unitId),
  };
}

export type UnitOverview = Awaited<ReturnType<typeof unitOverview>>;
