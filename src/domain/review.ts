import type { Report, ReportKind, ReportStatus } from "../generated/prisma/client.ts";
import { k } from "../i18n/i18n.ts";
import { writeAudit } from "./audit.ts";
import type { Db, Tx } from "./db.ts";
import type { OrgTree } from "./org.ts";

/** Reports that wait for the unit above (or staff) once submitted, and again on every resubmission. */
export const reviewedKinds: ReadonlySet<ReportKind> = new Set<ReportKind>([
  "unit_quarterly",
  "dvut_remark",
  "nomination",
]);

/** How a report's review state is shown on /unit, /dashboard and in exports: chờ duyệt, trả lại, đã duyệt. */
export const reviewStateKey: Record<ReportStatus, string> = {
  submitted: k("review-state-submitted"),
  returned: k("review-state-returned"),
  approved: k("review-state-approved"),
  declined: k("review-state-declined"),
};

/** A short mark in front of a unit's name on /dashboard. */
export const reviewStateIcon: Record<ReportStatus, string> = {
  submitted: "🕓",
  returned: "↩️",
  approved: "✅",
  declined: "⛔",
};

/**
 * Who reviews a report: the secretaries of the nearest unit above the report's unit that has any (the unit directly
 * above, when it has a secretary), and staff. Never the report's author.
 */
export async function reviewersOf(db: Db, tree: OrgTree, report: Pick<Report, "unitId" | "authorId">) {
  const ids = new Set<string>();
  for (const unit of tree.ancestors(report.unitId)) {
    const roles = await db.roleAssignment.findMany({
      where: { unitId: unit.id, role: "secretary", revokedAt: null, person: { active: true } },
      select: { personId: true },
    });
    if (roles.length === 0) continue;
    for (const r of roles) ids.add(r.personId);
    break;
  }
  const staff = await db.roleAssignment.findMany({
    where: { role: { in: ["staff", "admin"] }, revokedAt: null, person: { active: true } },
    select: { personId: true },
  });
  for (const r of staff) ids.add(r.personId);
  ids.delete(report.authorId);
  return [...ids];
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

/** Reviewed reports submitted before `before` and still waiting, oldest first. */
export function reportsWaiting(db: Db, before?: Date) {
  return db.report.findMany({
    where: {
      kind: { in: [...reviewedKinds] },
      status: "submitted",
      ...(before ? { submittedAt: { lte: before } } : {}),
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
    select: { kind: true, status: true, unitId: true, unit: { select: { name: true } } },
  });
  const remarks: Partial<Record<ReportStatus, number>> = {};
  for (const r of reports) if (r.kind === "dvut_remark") remarks[r.status] = (remarks[r.status] ?? 0) + 1;
  return {
    unitReports: reports
      .filter((r) => r.kind === "unit_quarterly")
      .map((r) => ({ unitId: r.unitId, unitName: r.unit.name, status: r.status })),
    remarks,
  };
}
