import { writeAudit } from "../domain/audit.ts";
import type { Tx } from "../domain/db.ts";
import { ok, type Result, refuse } from "../domain/result.ts";
import type { Report } from "../generated/prisma/client.ts";
import type { Answers, ReportDraft } from "./flow.ts";
import { toJson } from "./store.ts";

/** What a Report's `data` holds for a report filed through a flow: enough to reopen it for a correction. */
export interface FlowReportData {
  flowId: string;
  answers: Answers;
  params: unknown;
}

/**
 * Files a report inside the caller's transaction: a new Report with version 1, or — when correcting — the next
 * version of the author's own report. Every version is kept in ReportVersion, and the change is audited.
 */
export async function saveReport(
  tx: Tx,
  draft: ReportDraft,
  data: FlowReportData,
  authorId: string,
  now: Date,
  correctingId?: string,
): Promise<Result<Report>> {
  const json = toJson(data);
  if (correctingId) {
    const previous = await tx.report.findUnique({ where: { id: correctingId } });
    if (!previous || previous.authorId !== authorId) return refuse("flow-correct-not-yours");
    const version = previous.version + 1;
    const report = await tx.report.update({
      where: { id: previous.id },
      data: { data: json, version, status: "submitted", submittedAt: now, updatedAt: now },
    });
    await tx.reportVersion.create({ data: { reportId: report.id, version, data: json, authorId, createdAt: now } });
    await writeAudit(tx, {
      actorId: authorId,
      action: "report.correct",
      entity: "Report",
      entityId: report.id,
      before: { version: previous.version, data: previous.data },
      after: { version, data },
      at: now,
    });
    return ok(report);
  }
  if (draft.uniqueKey) {
    const existing = await tx.report.findUnique({ where: { uniqueKey: draft.uniqueKey } });
    if (existing) return refuse("flow-report-already-filed");
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
