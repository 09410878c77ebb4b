import type { Db } from "../../core/db.ts";
import type { OrgTree } from "../../core/org.ts";
import { addYears, previousQuarter, type Quarter, quarterBounds } from "../../core/periods.ts";
import type { CandidacyStage, ReportStatus } from "../../generated/prisma/client.ts";
import { remarkStages, type TargetProgress, targetProgress, twoYearStages } from "../pipeline/index.ts";
import { reportingUnitOf, reportingUnits, reportKeys } from "../reporting/index.ts";

export interface DashboardRow {
  unitId: string;
  name: string;
  unitReportFiled: boolean;
  /** The quarter's unit report: chờ duyệt, trả lại, đã duyệt; null when not filed. */
  unitReportStatus: ReportStatus | null;
  /** The quarter's unit report was first filed after its due date. */
  unitReportLate: boolean;
  /** The previous quarter's unit report was filed late (shown while it is recent). */
  previousReportLate: boolean;
  /** ĐVUT now in each stage (members of the unit and all below it). */
  funnel: Partial<Record<CandidacyStage, number>>;
  progress: TargetProgress | undefined;
  /** ĐVUT without a remark this quarter (not yet late). */
  remarksMissing: number;
  /** ĐVUT without a remark for the previous quarter, which has ended. */
  remarksOverdue: number;
  twoYear: number;
}

/**
 * Staff's view of every reporting unit (TCCSĐ) in a fixed number of queries, whatever the size of the block:
 * candidacies, remarks of two quarters, unit reports, targets and events, then grouped in memory.
 */
export async function dashboard(db: Db, tree: OrgTree, options: { today: Date; quarter: Quarter }) {
  const { quarter, today } = options;
  const previous = previousQuarter(quarter);
  const units = reportingUnits(tree);
  const [candidacies, remarks, unitReports, progress] = await Promise.all([
    db.candidacy.findMany({
      select: { id: true, stage: true, selectedOn: true, person: { select: { unitId: true } } },
    }),
    db.report.findMany({
      where: {
        kind: "dvut_remark",
        status: { not: "returned" },
        OR: [
          { year: quarter.year, quarter: quarter.quarter },
          { year: previous.year, quarter: previous.quarter },
        ],
      },
      select: { uniqueKey: true },
    }),
    db.report.findMany({
      where: {
        kind: "unit_quarterly",
        OR: [
          { year: quarter.year, quarter: quarter.quarter },
          { year: previous.year, quarter: previous.quarter },
        ],
      },
      select: { unitId: true, status: true, late: true, year: true, quarter: true },
    }),
    targetProgress(db, tree, quarter.year),
  ]);
  const filedRemarks = new Set(remarks.map((r) => r.uniqueKey));
  // A returned report counts as not filed until it is sent again.
  const isCurrent = (r: { year: number; quarter: number | null }) =>
    r.year === quarter.year && r.quarter === quarter.quarter;
  const unitStatus = new Map(unitReports.filter(isCurrent).map((r) => [r.unitId, r.status]));
  const lateNow = new Set(unitReports.filter((r) => isCurrent(r) && r.late).map((r) => r.unitId));
  const latePrevious = new Set(unitReports.filter((r) => !isCurrent(r) && r.late).map((r) => r.unitId));
  const twoYearsAgo = addYears(today, -2);
  const previousEnd = quarterBounds(previous).last;
  const rows = new Map<string, DashboardRow>(
    units.map((u) => [
      u.id,
      {
        unitId: u.id,
        name: u.name,
        unitReportFiled: (unitStatus.get(u.id) ?? "returned") !== "returned",
        unitReportStatus: unitStatus.get(u.id) ?? null,
        unitReportLate: lateNow.has(u.id),
        previousReportLate: latePrevious.has(u.id),
        funnel: {},
        progress: progress.get(u.id),
        remarksMissing: 0,
        remarksOverdue: 0,
        twoYear: 0,
      },
    ]),
  );
  const reportingOf = new Map<string, string | undefined>();
  for (const c of candidacies) {
    const unitId = c.person.unitId;
    if (!reportingOf.has(unitId)) reportingOf.set(unitId, reportingUnitOf(tree, unitId)?.id);
    const row = rows.get(reportingOf.get(unitId) ?? "");
    if (!row) continue;
    row.funnel[c.stage] = (row.funnel[c.stage] ?? 0) + 1;
    if (remarkStages.includes(c.stage)) {
      if (!filedRemarks.has(reportKeys.remark(c.id, quarter))) row.remarksMissing++;
      if (c.selectedOn && c.selectedOn <= previousEnd && !filedRemarks.has(reportKeys.remark(c.id, previous)))
        row.remarksOverdue++;
    }
    if (twoYearStages.includes(c.stage) && c.selectedOn && c.selectedOn <= twoYearsAgo) row.twoYear++;
  }
  const roots = tree.roots();
  return {
    quarter,
    previous,
    rows: [...rows.values()],
    blockProgress: roots.length === 1 ? progress.get((roots[0] as { id: string }).id) : undefined,
  };
}

export type Dashboard = Awaited<ReturnType<typeof dashboard>>;
