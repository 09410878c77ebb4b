import type { ChatContext } from "../../core/context.ts";
import { localDate, quarterOf } from "../../core/periods.ts";
import { missingRemarks, missingUnitReports, reportingUnitOf, reportingUnits, reportKeys } from "./reporting.ts";

/** What one secretary unit still owes: the counts shown on the menu. */
export interface UnitDue {
  unitId: string;
  unitName: string;
  /** Set when the unit is a TCCSĐ, which files the quarterly unit report. */
  reportingUnitId?: string;
  unitReportFiled: boolean;
  /** The quarter's unit report when its reviewer sent it back: the menu offers to fix it. */
  unitReportReturnedId?: string;
  unclassified: number;
  classificationFiled: boolean;
}

export interface Due {
  year: number;
  quarter: number;
  remarks: number;
  units: UnitDue[];
  selfReportsWaiting: number;
  /** For staff: what the whole block still owes this quarter. */
  block?: { remarks: number; unitReports: number };
}

export async function whatIsDue(ctx: ChatContext, secretaryUnitIds: string[], isStaff: boolean): Promise<Due> {
  const { prisma, clock, config } = ctx.deps;
  const now = clock.now();
  const q = quarterOf(now, config.TZ_NAME);
  const year = localDate(now, config.TZ_NAME).year;
  const tree = await ctx.orgTree();
  const scope = await ctx.scope();
  const mine = new Set<string>();
  for (const id of secretaryUnitIds) for (const u of tree.subtreeIds(id)) mine.add(u);
  const units: UnitDue[] = [];
  for (const unitId of secretaryUnitIds) {
    const unit = tree.get(unitId);
    if (!unit) continue;
    const reporting = reportingUnitOf(tree, unitId)?.id === unitId ? unit : undefined;
    const [filed, classification, members, classified] = await Promise.all([
      reporting ? prisma.report.findUnique({ where: { uniqueKey: reportKeys.unitQuarterly(reporting.id, q) } }) : null,
      prisma.report.findUnique({ where: { uniqueKey: reportKeys.classification(unitId, year) } }),
      prisma.person.count({ where: { unitId, active: true } }),
      prisma.annualClassification.findMany({
        where: { unitId, year, person: { unitId, active: true } },
        distinct: ["personId"],
        select: { personId: true },
      }),
    ]);
    units.push({
      unitId,
      unitName: unit.name,
      ...(reporting ? { reportingUnitId: reporting.id } : {}),
      unitReportFiled: filed !== null && filed.status !== "returned",
      ...(filed?.status === "returned" ? { unitReportReturnedId: filed.id } : {}),
      unclassified: Math.max(0, members - classified.length),
      classificationFiled: classification !== null,
    });
  }
  const due: Due = {
    year,
    quarter: q.quarter,
    remarks: mine.size > 0 ? (await missingRemarks(prisma, mine, q)).length : 0,
    units,
    selfReportsWaiting:
      mine.size > 0 || scope.wholeBlock
        ? await prisma.report.count({
            where: {
              kind: "self_report",
              status: "submitted",
              authorId: { not: ctx.person?.id ?? "" },
              ...(scope.wholeBlock ? {} : { unitId: { in: [...mine] } }),
            },
          })
        : 0,
  };
  if (isStaff) {
    const all = new Set(tree.all().map((u) => u.id));
    due.block = {
      remarks: (await missingRemarks(prisma, all, q)).length,
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
