import { compareVi } from "../../core/collate.ts";
import type { Db } from "../../core/db.ts";
import type { OrgTree } from "../../core/org.ts";
import { addYears, previousQuarter, type Quarter, quarterBounds, quarterKey } from "../../core/periods.ts";
import type { SqlClient } from "../../db/database.ts";
import type { CandidacyStage, OrgUnit, ReportStatus } from "../../generated/prisma/client.ts";
import { remarkStages, type TargetProgress, targetProgress, twoYearStages } from "../pipeline/index.ts";
import { reportingUnits, reportKeys } from "../reporting/index.ts";

/** What the dashboard counts for one unit: either its own people only, or its whole subtree (rolled up). */
export interface UnitStats {
  members: number;
  /** ĐVUT now in each stage. */
  funnel: Partial<Record<CandidacyStage, number>>;
  /** ĐVUT without a remark this quarter (not yet late). */
  remarksMissing: number;
  /** ĐVUT without a remark for the previous quarter, which has ended. */
  remarksOverdue: number;
  /** ĐVUT selected two or more years ago, neither recognised nor admitted (II.3.5). */
  twoYear: number;
  /** Reporting units (TCCSĐ) counted, how many filed the quarter's report (returned ones not), how many were returned. */
  reportingUnits: number;
  filed: number;
  returned: number;
  /** Reporting units whose quarterly report of the quarter before was filed after its due date. */
  previousLate: number;
}

export interface DashboardStats {
  quarter: Quarter;
  tree: OrgTree;
  /** Each unit's own people and own quarterly report. */
  own: Map<string, UnitStats>;
  /** Each unit with everything below it. */
  rolled: Map<string, UnitStats>;
  /** The quarter's unit report of each reporting unit that filed one. */
  reportStatus: Map<string, ReportStatus>;
  reporting: Set<string>;
  progress: Map<string, TargetProgress>;
}

const blank = (): UnitStats => ({
  members: 0,
  funnel: {},
  remarksMissing: 0,
  remarksOverdue: 0,
  twoYear: 0,
  reportingUnits: 0,
  filed: 0,
  returned: 0,
  previousLate: 0,
});

function add(into: UnitStats, from: UnitStats): void {
  into.members += from.members;
  for (const [stage, n] of Object.entries(from.funnel) as [CandidacyStage, number][])
    into.funnel[stage] = (into.funnel[stage] ?? 0) + n;
  into.remarksMissing += from.remarksMissing;
  into.remarksOverdue += from.remarksOverdue;
  into.twoYear += from.twoYear;
  into.reportingUnits += from.reportingUnits;
  into.filed += from.filed;
  into.returned += from.returned;
  into.previousLate += from.previousLate;
}

/**
 * Counts for every unit of the tree in a fixed number of queries, whatever its size (2,000 units, 100,000 members):
 * members by unit, candidacies, remarks of two quarters, unit reports, targets and events; then each unit's own
 * numbers are added up the tree once, so any subtree's totals are one lookup.
 */
export async function dashboardStats(
  db: Db,
  sql: SqlClient,
  tree: OrgTree,
  options: { today: Date; quarter: Quarter },
): Promise<DashboardStats> {
  const { quarter, today } = options;
  const previous = previousQuarter(quarter);
  const twoYearsAgo = addYears(today, -2);
  const previousEnd = quarterBounds(previous).last;
  // Counted in the database, per unit and stage: a province's 10,000 ĐVUT and their remarks never cross the wire.
  const remarkKey = (q: Quarter) => `'${reportKeys.remark("", q).split(":")[0]}:' || c.id || ':${quarterKey(q)}'`;
  const remarkFiled = (q: Quarter) =>
    `EXISTS (SELECT 1 FROM "Report" r WHERE r."uniqueKey" = ${remarkKey(q)} AND r.status <> 'returned')`;
  const [members, counts, unitReports, progress] = await Promise.all([
    sql.query<{ unitId: string; n: number }>(
      `SELECT "unitId", count(*)::int AS n FROM "Person" WHERE active GROUP BY "unitId"`,
    ),
    sql.query<{ unitId: string; stage: CandidacyStage; n: number; missing: number; overdue: number; twoYear: number }>(
      `SELECT p."unitId", c.stage::text AS stage, count(*)::int AS n,
         (count(*) FILTER (WHERE c.stage::text = ANY($1::text[]) AND NOT ${remarkFiled(quarter)}))::int AS missing,
         (count(*) FILTER (WHERE c.stage::text = ANY($1::text[]) AND c."selectedOn" <= $2::timestamp
           AND NOT ${remarkFiled(previous)}))::int AS overdue,
         (count(*) FILTER (WHERE c.stage::text = ANY($3::text[]) AND c."selectedOn" <= $4::timestamp))::int AS "twoYear"
       FROM "Candidacy" c JOIN "Person" p ON p.id = c."personId"
       GROUP BY p."unitId", c.stage`,
      [[...remarkStages], previousEnd.toISOString(), [...twoYearStages], twoYearsAgo.toISOString()],
    ),
    db.report.findMany({
      where: {
        kind: "unit_quarterly",
        OR: [
          { year: quarter.year, quarter: quarter.quarter },
          { year: previous.year, quarter: previous.quarter, late: true },
        ],
      },
      select: { unitId: true, status: true, quarter: true, year: true },
    }),
    targetProgress(db, tree, quarter.year),
  ]);
  const own = new Map<string, UnitStats>(tree.all().map((u) => [u.id, blank()]));
  for (const m of members) {
    const s = own.get(m.unitId);
    if (s) s.members = m.n;
  }
  const reporting = new Set(reportingUnits(tree).map((u) => u.id));
  const isCurrent = (r: { year: number; quarter: number | null }) =>
    r.year === quarter.year && r.quarter === quarter.quarter;
  const reportStatus = new Map(unitReports.filter(isCurrent).map((r) => [r.unitId, r.status]));
  for (const r of unitReports) {
    const s = own.get(r.unitId);
    if (s && !isCurrent(r)) s.previousLate = 1;
  }
  for (const id of reporting) {
    const s = own.get(id) as UnitStats;
    const status = reportStatus.get(id);
    s.reportingUnits = 1;
    // A returned report counts as not filed until it is sent again.
    if (status && status !== "returned") s.filed = 1;
    if (status === "returned") s.returned = 1;
  }
  for (const c of counts) {
    const s = own.get(c.unitId);
    if (!s) continue;
    s.funnel[c.stage] = (s.funnel[c.stage] ?? 0) + c.n;
    s.remarksMissing += c.missing;
    s.remarksOverdue += c.overdue;
    s.twoYear += c.twoYear;
  }
  const rolled = new Map<string, UnitStats>();
  // Iterative post-order: a province is four levels deep, but bad data must not blow the stack either.
  for (const root of tree.roots()) {
    const stack: { unit: OrgUnit; expanded: boolean }[] = [{ unit: root, expanded: false }];
    while (stack.length > 0) {
      const top = stack.pop() as { unit: OrgUnit; expanded: boolean };
      if (rolled.has(top.unit.id)) continue;
      const children = tree.childrenOf(top.unit.id);
      if (!top.expanded) {
        stack.push({ unit: top.unit, expanded: true });
        for (const child of children) if (!rolled.has(child.id)) stack.push({ unit: child, expanded: false });
        continue;
      }
      const total = blank();
      add(total, own.get(top.unit.id) ?? blank());
      for (const child of children) add(total, rolled.get(child.id) ?? blank());
      rolled.set(top.unit.id, total);
    }
  }
  return { quarter, tree, own, rolled, reportStatus, reporting, progress };
}

/** One unit that needs attention, and why; the higher the score, the sooner. */
export interface AttentionItem {
  unit: OrgUnit;
  returned: boolean;
  notFiled: boolean;
  remarksOverdue: number;
  twoYear: number;
  score: number;
}

/**
 * The units under `heads` (heads included) that need attention first: a returned quarterly report, remarks overdue
 * from the last quarter, II.3.5 two-year cases, then reports not yet filed; each by its own people, so the line
 * names the unit where the work is.
 */
export function attentionList(stats: DashboardStats, heads: readonly string[]): AttentionItem[] {
  const items: AttentionItem[] = [];
  const seen = new Set<string>();
  for (const head of heads) {
    for (const id of stats.tree.subtreeIds(head)) {
      if (seen.has(id)) continue;
      seen.add(id);
      const unit = stats.tree.get(id);
      const s = stats.own.get(id);
      if (!unit || !s) continue;
      const returned = s.returned > 0;
      const notFiled = stats.reporting.has(id) && !stats.reportStatus.has(id);
      const score = (returned ? 1_000_000 : 0) + (s.remarksOverdue + s.twoYear) * 100 + (notFiled ? 1 : 0);
      if (score > 0)
        items.push({ unit, returned, notFiled, remarksOverdue: s.remarksOverdue, twoYear: s.twoYear, score });
    }
  }
  return items.sort((a, b) => b.score - a.score || compareVi(a.unit.name, b.unit.name));
}

/** The four numbers of the ĐVUT funnel, as /dashboard shows them: bình chọn/giới thiệu → học lớp → đối tượng → kết nạp. */
export function funnelCounts(total: UnitStats): {
  selected: number;
  awareness: number;
  recognized: number;
  admitted: number;
} {
  const f = total.funnel;
  return {
    selected: (f.selected ?? 0) + (f.introduced ?? 0) + (f.handed_over ?? 0),
    awareness: f.awareness_class ?? 0,
    recognized: f.recognized ?? 0,
    admitted: (f.admitted ?? 0) + (f.full_member ?? 0),
  };
}

export function sumStats(stats: DashboardStats, heads: readonly string[]): UnitStats {
  const total = blank();
  for (const id of heads) add(total, stats.rolled.get(id) ?? blank());
  return total;
}
