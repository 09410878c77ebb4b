import type { FlowEnv } from "../../core/dialogue/flow.ts";
import { oncePerEnv } from "../../core/dialogue/menu.ts";
import { type Quarter, quarterKey, quarterOf } from "../../core/periods.ts";
import { hasRole, secretaryUnitIds } from "../../core/permissions.ts";
import { classificationYears, openQuartersAt } from "./periods.ts";
import { countMissingRemarks, missingUnitReports, reportingUnitOf, reportingUnits, reportKeys } from "./reporting.ts";

/** A quarter open for filing, as the menu shows it. */
export interface QuarterDue {
  year: number;
  quarter: number;
  /** "2026-Q3", for the buttons. */
  key: string;
  due: Date;
  /** Its due date has passed: whatever is still missing is late. */
  late: boolean;
  /** The calendar quarter of today. */
  current: boolean;
}

/** What one secretary unit still owes: the counts shown on the menu. */
export interface UnitDue {
  unitId: string;
  unitName: string;
  /** Set when the unit is a TCCSĐ, which files the quarterly unit report. */
  reportingUnitId?: string;
  /** The unit report of each open quarter, oldest first (TCCSĐ only). */
  reports: {
    period: QuarterDue;
    filed: boolean;
    /** The report when its reviewer sent it back: the menu offers to fix it. */
    returnedId?: string;
  }[];
  /** The classification of each open year, oldest first. */
  classifications: { year: number; filed: boolean; unclassified: number }[];
}

export interface Due {
  /** The open quarters, oldest first (an overdue one before the current one). */
  periods: QuarterDue[];
  /** Remarks still missing in each open quarter. */
  remarks: { period: QuarterDue; count: number }[];
  units: UnitDue[];
  selfReportsWaiting: number;
  /** For staff: what the whole block still owes this quarter. */
  block?: { remarks: number; unitReports: number };
}

/** What the person speaking still owes (as secretary) and, for staff, what the whole block owes. */
export async function whatIsDue(env: FlowEnv): Promise<Due> {
  const { prisma, config } = env.deps;
  const { now, tree, scope } = env;
  const secretaryUnits = secretaryUnitIds(env.roles);
  const isStaff = hasRole(env.roles, "staff");
  const q = quarterOf(now, config.TZ_NAME);
  const periods: QuarterDue[] = openQuartersAt(now, config).map((o) => ({
    year: o.quarter.year,
    quarter: o.quarter.quarter,
    key: o.key,
    due: o.due,
    late: o.late,
    current: o.key === quarterKey(q),
  }));
  const quarterOfDue = (p: QuarterDue): Quarter => ({ year: p.year, quarter: p.quarter as Quarter["quarter"] });
  const years = classificationYears(now, config);
  const mine = new Set<string>();
  for (const id of secretaryUnits) for (const u of tree.subtreeIds(id)) mine.add(u);
  const units: UnitDue[] = [];
  for (const unitId of secretaryUnits) {
    const unit = tree.get(unitId);
    if (!unit) continue;
    const reporting = reportingUnitOf(tree, unitId)?.id === unitId ? unit : undefined;
    const reports = reporting
      ? await Promise.all(
          periods.map(async (period) => {
            const filed = await prisma.report.findUnique({
              where: { uniqueKey: reportKeys.unitQuarterly(reporting.id, quarterOfDue(period)) },
            });
            return {
              period,
              filed: filed !== null && filed.status !== "returned",
              ...(filed?.status === "returned" ? { returnedId: filed.id } : {}),
            };
          }),
        )
      : [];
    const members = await prisma.person.count({ where: { unitId, active: true } });
    const classifications = await Promise.all(
      years.map(async (year) => {
        const [filed, classified] = await Promise.all([
          prisma.report.findUnique({ where: { uniqueKey: reportKeys.classification(unitId, year) } }),
          prisma.annualClassification.findMany({
            where: { unitId, year, person: { unitId, active: true } },
            distinct: ["personId"],
            select: { personId: true },
          }),
        ]);
        return { year, filed: filed !== null, unclassified: Math.max(0, members - classified.length) };
      }),
    );
    units.push({
      unitId,
      unitName: unit.name,
      ...(reporting ? { reportingUnitId: reporting.id } : {}),
      reports,
      classifications,
    });
  }
  const due: Due = {
    periods,
    remarks:
      mine.size > 0
        ? await Promise.all(
            periods.map(async (period) => ({
              period,
              count: await countMissingRemarks(env.deps.db.sql, mine, quarterOfDue(period)),
            })),
          )
        : [],
    units,
    selfReportsWaiting:
      mine.size > 0 || scope.wholeBlock
        ? await prisma.report.count({
            where: {
              kind: "self_report",
              status: "submitted",
              authorId: { not: env.person.id },
              ...(scope.wholeBlock ? {} : { unitId: { in: [...mine] } }),
            },
          })
        : 0,
  };
  if (isStaff) {
    const all = new Set(tree.all().map((u) => u.id));
    due.block = {
      remarks: await countMissingRemarks(env.deps.db.sql, all, q),
      unitReports: (
        await missingUnitReports(
          prisma,
          reportingUnits(tree).map((u) => u.id),
          q,
        )
      ).length,
    };
  }
  return due;
}

/**
 * What is due, computed once per message however many flows' menu entries read it (the remarks', the unit reports'
 * and the classifications' entries, and the menu's own counts).
 */
export const dueFor = oncePerEnv(whatIsDue);
