import { writeAudit } from "../../core/audit.ts";
import type { Db, Tx } from "../../core/db.ts";
import type { OrgTree } from "../../core/org.ts";
import type { Report, ReportKind, ReportStatus } from "../../generated/prisma/client.ts";
import { k, type MessageKey } from "../../i18n/i18n.ts";
import { loadRoleHolders, secretariesAbove } from "../roster/index.ts";

/** Reports that wait for the unit above (or staff) once submitted, and again on every resubmission. */
export const reviewedKinds: ReadonlySet<ReportKind> = new Set<ReportKind>([
  "unit_quarterly",
  "dvut_remark",
  "nomination",
]);

/** How a report's review state is shown on /unit, /dashboard and in exports: chờ duyệt, trả lại, đã duyệt. */
export const reviewStateKey: Record<ReportStatus, MessageKey> = {
  submitted: k("review-state-submitted"),
  returned: k("review-state-returned"),
  approved: k("review-state-approved"),
  declined: k("review-state-declined"),
};

/** Finds the reviewers of a report from role assignments read once (for lists and jobs over many reports). */
export type ReviewerLookup = (report: Pick<Report, "unitId" | "authorId">) => string[];

/**
 * Who reviews a report: the secretaries of the nearest unit above the report's unit that has any (the unit directly
 * above, when it has a secretary), and staff. Never the report's author.
 */
export async function loadReviewers(db: Db, tree: OrgTree): Promise<ReviewerLookup> {
  const holders = await loadRoleHolders(db);
  return (report) => {
    const ids = new Set([...(secretariesAbove(tree, holders, report.unitId)?.personIds ?? []), ...holders.staff]);
    ids.delete(report.authorId);
    return [...ids];
  };
}

export async function reviewersOf(db: Db, tree: OrgTree, report: Pick<Report, "unitId" | "authorId">) {
  return (await loadReviewers(db, tree))(report);
}

/** What a reviewer decided on one version: "commented" returns comments without changing the report's state. */
export type Decision = "approved" | "returned" | "declined" | "commented";

const auditAction: Record<Decision, string> = {
  approved: "report.approve",
  returned: "report.return",
  declined: "report.decline",
  commented: "report.comment",
};

/**
 * Records a reviewer's decision on the version they saw, inside the caller's transaction: taken once (the report must
 * still be submitted at that version, so a concurrent second decision gets false), kept as a ReportReview row with
 * the comments per field, and audited.
 */
export async function recordDecision(
  tx: Tx,
  report: Pick<Report, "id" | "status" | "version">,
  input: { reviewerId: string; decision: Decision; comments?: Record<string, string>; now: Date },
): Promise<boolean> {
  const { reviewerId, decision, now } = input;
  const comments = input.comments ?? {};
  const changed = decision === "commented" ? {} : { status: decision, reviewedById: reviewerId, reviewedAt: now };
  const { count } = await tx.report.updateMany({
    where: { id: report.id, status: "submitted", version: report.version },
    data: { ...changed, updatedAt: now },
  });
  if (count !== 1) return false;
  await tx.reportReview.create({
    data: { reportId: report.id, version: report.version, decision, comments, reviewerId, createdAt: now },
  });
  await writeAudit(tx, {
    actorId: reviewerId,
    action: auditAction[decision],
    entity: "Report",
    entityId: report.id,
    before: { status: report.status, version: report.version },
    after: { status: decision === "commented" ? report.status : decision, comments },
    at: now,
  });
  return true;
}

/** Reviewed reports still waiting (sent before `before`, filed in `unitIds` when given), oldest first. */
export function reportsWaiting(db: Db, filter: { before?: Date; unitIds?: ReadonlySet<string> } = {}) {
  return db.report.findMany({
    where: {
      kind: { in: [...reviewedKinds] },
      status: "submitted",
      ...(filter.before ? { submittedAt: { lte: filter.before } } : {}),
      ...(filter.unitIds ? { unitId: { in: [...filter.unitIds] } } : {}),
    },
    orderBy: { submittedAt: "asc" },
  });
}

/** The review state of a quarter's unit reports and ĐVUT remarks filed in the given units, for /unit. */
export async function quarterReviewStates(db: Db, unitIds: ReadonlySet<string>, q: { year: number; quarter: number }) {
  const reports = await db.report.findMany({
    where: {
      kind: { in: ["unit_quarterly", "dvut_remark"] },
      unitId: { in: [...unitIds] },
      year: q.year,
      quarter: q.quarter,
    },
    select: { kind: true, status: true, late: true, unitId: true, unit: { select: { name: true } } },
  });
  const remarks: Partial<Record<ReportStatus, number>> = {};
  let lateRemarks = 0;
  for (const r of reports) {
    if (r.kind !== "dvut_remark") continue;
    remarks[r.status] = (remarks[r.status] ?? 0) + 1;
    if (r.late) lateRemarks++;
  }
  return {
    unitReports: reports
      .filter((r) => r.kind === "unit_quarterly")
      .map((r) => ({ unitId: r.unitId, unitName: r.unit.name, status: r.status, late: r.late })),
    remarks,
    /** Remarks of the quarter first filed after its due date. */
    lateRemarks,
  };
}
