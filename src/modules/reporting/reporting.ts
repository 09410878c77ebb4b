import type { Db } from "../../core/db.ts";
import type { OrgTree } from "../../core/org.ts";
import { type Quarter, quarterBounds, quarterKey } from "../../core/periods.ts";
import type { SqlClient } from "../../db/database.ts";
import type { ReportKind } from "../../generated/prisma/client.ts";
import { remarkStages } from "../pipeline/index.ts";

/**
 * One place for "which report is which": `Report.uniqueKey` makes the once-per-period reports unique in the
 * database, so a double-tapped confirm or two instances can never store two.
 */
export const reportKeys = {
  remark: (candidacyId: string, q: Quarter) => `dvut_remark:${candidacyId}:${quarterKey(q)}`,
  unitQuarterly: (unitId: string, q: Quarter) => `unit_quarterly:${unitId}:${quarterKey(q)}`,
  classification: (unitId: string, year: number) => `classification:${unitId}:${year}`,
  nomination: (personId: string, meetingDate: Date) =>
    `nomination:${personId}:${meetingDate.toISOString().slice(0, 10)}`,
} satisfies Partial<Record<ReportKind | "remark" | "unitQuarterly", (...args: never[]) => string>>;

/**
 * Units that file the quarterly unit report: the grassroots organisations (TCCSĐ), i.e. the units directly under a
 * root (the Đoàn Khối). The tree's depth is data; this is the one rule that says which level reports.
 */
export function reportingUnits(tree: OrgTree) {
  return tree
    .roots()
    .flatMap((root) => tree.childrenOf(root.id))
    .filter((u) => u.active);
}

/** The reporting unit (TCCSĐ) a unit belongs to: itself or its ancestor directly under the root. */
export function reportingUnitOf(tree: OrgTree, unitId: string) {
  const chain = [tree.get(unitId), ...tree.ancestors(unitId)].filter((u) => u !== undefined);
  return chain.length >= 2 ? chain[chain.length - 2] : undefined;
}

/**
 * ĐVUT in the given units who still lack a quarterly remark for the quarter (returned reports count as missing).
 * A member selected after the quarter ended owes no remark for it.
 */
export async function missingRemarks(db: Db, unitIds: ReadonlySet<string>, q: Quarter) {
  const open = await db.candidacy.findMany({
    where: {
      stage: { in: [...remarkStages] },
      person: { unitId: { in: [...unitIds] } },
      OR: [{ selectedOn: null }, { selectedOn: { lte: quarterBounds(q).last } }],
    },
    include: { person: true },
    orderBy: { person: { fullName: "asc" } },
  });
  if (open.length === 0) return [];
  const filed = await db.report.findMany({
    where: { uniqueKey: { in: open.map((c) => reportKeys.remark(c.id, q)) }, status: { not: "returned" } },
    select: { uniqueKey: true },
  });
  const done = new Set(filed.map((r) => r.uniqueKey));
  return open.filter((c) => !done.has(reportKeys.remark(c.id, q)));
}

/**
 * How many remarks `missingRemarks` would list, counted in the database: the menu of a secretary of a large unit, or
 * of staff over a province (10,000 ĐVUT), needs the number only, and listing them cost hundreds of MB.
 */
export async function countMissingRemarks(sql: SqlClient, unitIds: ReadonlySet<string>, q: Quarter): Promise<number> {
  if (unitIds.size === 0) return 0;
  const [keyBefore, keyAfter] = reportKeys.remark("|", q).split("|");
  const [row] = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n
       FROM "Candidacy" c JOIN "Person" p ON p.id = c."personId"
      WHERE c.stage::text = ANY($1::text[]) AND p."unitId" = ANY($2::text[])
        AND (c."selectedOn" IS NULL OR c."selectedOn" <= $3::timestamp)
        AND NOT EXISTS (SELECT 1 FROM "Report" r
                         WHERE r."uniqueKey" = $4 || c.id || $5 AND r.status <> 'returned')`,
    [[...remarkStages], [...unitIds], quarterBounds(q).last.toISOString(), keyBefore, keyAfter],
  );
  return row?.n ?? 0;
}

/** Reporting units without a (non-returned) unit quarterly report for the quarter. */
export async function missingUnitReports(db: Db, unitIds: readonly string[], q: Quarter): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const filed = await db.report.findMany({
    where: { uniqueKey: { in: unitIds.map((id) => reportKeys.unitQuarterly(id, q)) }, status: { not: "returned" } },
    select: { unitId: true },
  });
  const done = new Set(filed.map((r) => r.unitId));
  return unitIds.filter((id) => !done.has(id));
}
