import type { Db } from "../../core/db.ts";
import type { FlowEnv } from "../../core/dialogue/flow.ts";
import { languageOf } from "../../core/language.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import { ok, type Result, refuse } from "../../core/result.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { type I18n, k, type MessageKey } from "../../i18n/i18n.ts";
import { queueForPerson } from "../../outbox/notify.ts";
import { recordDecision } from "../review/index.ts";
import { loadRoleHolders } from "../roster/index.ts";
import { selfReportDecisionButton } from "./buttons.ts";

const typeKeys: Record<string, MessageKey> = {
  study: k("flow-self-type-study"),
  initiative: k("flow-self-type-initiative"),
  award: k("flow-self-type-award"),
  volunteer: k("flow-self-type-volunteer"),
  other: k("flow-self-type-other"),
};

/** Secretaries of the member's unit, or of the nearest unit above it that has one (other than the member). */
async function secretariesFor(db: Db, env: FlowEnv, unitId: string): Promise<string[]> {
  const holders = await loadRoleHolders(db);
  for (const unit of [env.tree.get(unitId), ...env.tree.ancestors(unitId)]) {
    const ids = (unit ? (holders.secretariesByUnit.get(unit.id) ?? []) : []).filter((id) => id !== env.person.id);
    if (ids.length > 0) return ids;
  }
  return [];
}

/** Asks the member's secretary to confirm or decline a self-report (queued in the same transaction). */
export async function notifySecretaries(
  db: Db,
  env: FlowEnv,
  reportId: string,
  answers: { type: string; date: string; description: string },
): Promise<void> {
  const { i18n } = env.deps;
  for (const secretaryId of await secretariesFor(db, env, env.person.unitId)) {
    const secretary = await db.person.findUnique({ where: { id: secretaryId } });
    const lang = languageOf(secretary?.locale, i18n.defaultLocale);
    const text = i18n.t(lang, "flow-self-review-request", {
      name: env.person.fullName,
      type: i18n.t(lang, typeKeys[answers.type] ?? "flow-self-type-other"),
      date: formatVietnameseDate(new Date(`${answers.date}T00:00:00Z`)),
      description: answers.description,
    });
    const choices = [
      {
        value: selfReportDecisionButton.value({ decision: "approve", reportId }),
        label: i18n.t(lang, "flow-self-approve"),
      },
      {
        value: selfReportDecisionButton.value({ decision: "decline", reportId }),
        label: i18n.t(lang, "flow-self-decline"),
      },
    ];
    const version = await db.report.findUnique({ where: { id: reportId }, select: { version: true } });
    await queueForPerson(
      db,
      secretaryId,
      { text, choices },
      `self-report:${reportId}:${version?.version ?? 1}`,
      env.now,
    );
  }
}

/**
 * The title the member reads for who decided: "Bí thư", or "Phó Bí thư" when the decider holds the secretary role
 * only as a deputy, or the staff title for a staff member with no secretary role.
 */
async function deciderTitleKey(db: Db, personId: string): Promise<MessageKey> {
  const roles = await db.roleAssignment.findMany({
    where: { personId, role: "secretary", revokedAt: null },
    select: { deputy: true },
  });
  if (roles.length === 0) return k("role-staff");
  return roles.some((r) => !r.deputy) ? k("role-secretary") : k("role-deputy-secretary");
}

/**
 * A secretary's decision on a self-report in their scope: taken once (a second tap is told it was already decided),
 * recorded and audited like any review decision (recordDecision), and the member told.
 */
export async function decideSelfReport(
  prisma: PrismaClient,
  actor: { personId: string; unitIds: ReadonlySet<string> | "all" },
  reportId: string,
  decision: "approved" | "declined",
  now: Date,
  i18n: I18n,
): Promise<Result<{ memberName: string }>> {
  const report = await prisma.report.findUnique({ where: { id: reportId } });
  if (report?.kind !== "self_report") return refuse("flow-self-not-found");
  if (actor.unitIds !== "all" && !actor.unitIds.has(report.unitId)) return refuse("pipeline-out-of-scope");
  // Nobody confirms their own self-report: a secretary's goes to the secretaries above (notifySecretaries).
  if (report.authorId === actor.personId || report.subjectPersonId === actor.personId) {
    return refuse("trust-self-report-own");
  }
  if (report.status !== "submitted") return refuse("flow-self-already-decided");
  const member = report.subjectPersonId
    ? await prisma.person.findUnique({ where: { id: report.subjectPersonId } })
    : null;
  return prisma.$transaction(async (tx) => {
    if (!(await recordDecision(tx, report, { reviewerId: actor.personId, decision, now }))) {
      return refuse("flow-self-already-decided");
    }
    if (member) {
      const lang = languageOf(member.locale, i18n.defaultLocale);
      const key = decision === "approved" ? k("flow-self-approved-member") : k("flow-self-declined-member");
      const title = i18n.t(lang, await deciderTitleKey(tx, actor.personId));
      await queueForPerson(
        tx,
        member.id,
        { text: i18n.t(lang, key, { title }) },
        `self-report-decision:${report.id}`,
        now,
      );
    }
    return ok({ memberName: member?.fullName ?? "" });
  });
}
