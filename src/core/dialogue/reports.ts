import type { Report } from "../../generated/prisma/client.ts";
import { writeAudit } from "../audit.ts";
import type { Tx } from "../db.ts";
import { ok, type Result, refuse } from "../result.ts";
import type { Answers, ReportDraft } from "./flow.ts";
import { toJson } from "./store.ts";

/** What a Report's `data` holds for a report filed through a flow: enough to reopen it for a correction. */
export interface FlowReportData {
  flowId: string;
  answers: Answers;
  params: unknown;
  /** What the bot counted, at the time, for the figures it pre-filled (steps with `confirmDiffers`), by step id. */
  counted?: Record<string, number>;
}

/**
 * Files a report inside the caller's transaction: a new Report with version 1, or the next version of the author's
 * own report (when correcting) or of a report its reviewer returned (filed again for the same period). Every version
 * is kept in ReportVersion, with who wrote it, and the change is audited.
 */
export async function saveReport(
  tx: Tx,
  draft: ReportDraft,
  data: FlowReportData,
  authorId: string,
  now: Date,
  correctingId?: string,
  /** Today in the union's timezone, to tell whether a report with a due date is filed late. */
  today?: Date,
): Promise<Result<Report>> {
  const json = toJson(data);
  let previous: Report | null = null;
  if (correctingId) {
    previous = await tx.report.findUnique({ where: { id: correctingId } });
    if (!previous || previous.authorId !== authorId) return refuse("flow-correct-not-yours");
  } else if (draft.uniqueKey) {
    previous = await tx.report.findUnique({ where: { uniqueKey: draft.uniqueKey } });
    // A report sent back by its reviewer counts as missing: filing it afresh sends its next version.
    if (previous && previous.status !== "returned") return refuse("flow-report-already-filed");
  }
  if (previous) {
    const version = previous.version + 1;
    const report = await tx.report.update({
      where: { id: previous.id },
      data: { data: json, version, status: "submitted", submittedAt: now, updatedAt: now },
    });
    await tx.reportVersion.create({ data: { reportId: report.id, version, data: json, authorId, createdAt: now } });
    await writeAudit(tx, {
      actorId: authorId,
      action: correctingId ? "report.correct" : "report.resubmit",
      entity: "Report",
      entityId: report.id,
      before: { version: previous.version, status: previous.status, data: previous.data },
      after: { version, data },
      at: now,
    });
    return ok(report);
  }
  const report = await tx.report.create({
    data: {
      kind: draft.kind,
      uniqueKey: draft.uniqueKey ?? null,
      unitId: draft.unitId,
      authorId,
      subjectPersonId: draft.subjectPersonId ?? null,
      year: draft.year,
      quarter: draft.quarter ?? null,
      dueOn: draft.dueOn ?? null,
      late: draft.dueOn != null && today !== undefined && today > draft.dueOn,
      data: json,
      submittedAt: now,
      updatedAt: now,
    },
  });
  await tx.reportVersion.create({ data: { reportId: report.id, version: 1, data: json, authorId, createdAt: now } });
  await writeAudit(tx, {
    actorId: authorId,
    action: "report.submit",
    entity: "Report",
    entityId: report.id,
    after: { kind: draft.kind, uniqueKey: draft.uniqueKey, data },
    at: now,
  });
  return ok(report);
}
