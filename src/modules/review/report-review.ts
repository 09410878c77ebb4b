import type { Db, Tx } from "../../core/db.ts";
import type { Answers, AnyFlow, FlowEnv, Step } from "../../core/dialogue/flow.ts";
import { shownAnswers } from "../../core/dialogue/navigation.ts";
import { display, stepLabel, withCounted } from "../../core/dialogue/render.ts";
import { flowStateSchema } from "../../core/dialogue/state.ts";
import { languageOf } from "../../core/language.ts";
import type { Choice } from "../../core/messages.ts";
import { OrgTree } from "../../core/org.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import { ok, type Result, refuse } from "../../core/result.ts";
import type { Person, PrismaClient, Report } from "../../generated/prisma/client.ts";
import type { I18n, Locale, MessageKey, Translate } from "../../i18n/i18n.ts";
import { queueForPerson } from "../../outbox/notify.ts";
import { fixReportButton, openReportButton } from "./buttons.ts";
import { recordDecision, reviewedKinds, reviewersOf } from "./review.ts";

/** Finds a flow by id (the registry's), so this module needs no import of the registry. */
export type FlowLookup = (flowId: string) => AnyFlow | undefined;

/** A filed report read back through its flow: the steps it showed, with their answers. */
export interface FiledReport {
  flow: AnyFlow;
  params: unknown;
  answers: Answers;
  /** The steps answered in this version, in the flow's order. */
  shown: Step<unknown>[];
  /** What the bot counted for the figures it pre-filled, by step id (shown beside a figure that differs). */
  counted: Record<string, number>;
}

export function readFiled(report: Report, flowOf: FlowLookup): FiledReport | undefined {
  const data = report.data as { flowId?: unknown; answers?: unknown; params?: unknown; counted?: unknown } | null;
  const flow = typeof data?.flowId === "string" ? flowOf(data.flowId) : undefined;
  const params = flow?.params.safeParse(data?.params);
  const answers = flowStateSchema.shape.answers.safeParse(data?.answers);
  if (!flow || !params?.success || !answers.success) return undefined;
  const steps = flow.steps(params.data);
  const shown = shownAnswers(steps, answers.data, params.data);
  const counted: Record<string, number> = {};
  if (data?.counted && typeof data.counted === "object") {
    for (const [id, n] of Object.entries(data.counted)) if (typeof n === "number") counted[id] = n;
  }
  return { flow, params: params.data, answers: shown, shown: steps.filter((s) => s.id in shown), counted };
}

/**
 * "label: answer" per answered step, as the author saw them on their review screen; a figure that differs from what
 * the bot counted shows both ("Giới thiệu cho Đảng: 3 (hệ thống: 0)").
 */
export function answerLines(filed: FiledReport, env: FlowEnv): string[] {
  const t: Translate = (key, args) => env.deps.i18n.t(env.lang, key, args);
  return filed.shown.map((step) => {
    const value = filed.answers[step.id];
    const shown = withCounted(value, display(step, value, env), filed.counted[step.id], t);
    return `• ${stepLabel(step, filed.params, env)}: ${shown}`;
  });
}

function langOf(person: Pick<Person, "locale"> | null, i18n: I18n): Locale {
  return languageOf(person?.locale, i18n.defaultLocale);
}

/** "Nhận xét ĐVUT — Nguyễn Thị Hoa (Chi đoàn Văn phòng)": which report, in a reader's language. */
export async function reportHeading(
  db: Db,
  tree: OrgTree,
  report: Report,
  flow: AnyFlow,
  t: (key: MessageKey) => string,
) {
  const subject = report.subjectPersonId
    ? await db.person.findUnique({ where: { id: report.subjectPersonId }, select: { fullName: true } })
    : null;
  const unit = tree.get(report.unitId)?.name ?? "";
  return `${t(flow.titleKey)}${subject ? ` — ${subject.fullName}` : ""} (${unit})`;
}

/**
 * The engine's hook after a report is filed: a reviewed kind waits for review, so each reviewer is asked, in their
 * language, with a button that opens it. Queued in the submit transaction, once per version.
 */
export async function requestReview(tx: Tx, env: FlowEnv, report: Report, flow: AnyFlow): Promise<void> {
  if (!reviewedKinds.has(report.kind)) return;
  const { i18n } = env.deps;
  for (const reviewerId of await reviewersOf(tx, env.tree, report)) {
    const reviewer = await tx.person.findUnique({ where: { id: reviewerId } });
    const lang = langOf(reviewer, i18n);
    const t = i18n.forLocale(lang);
    const text = t("review-request", {
      author: env.person.fullName,
      report: await reportHeading(tx, env.tree, report, flow, t),
      version: report.version,
      date: formatVietnameseDate(report.submittedAt),
    });
    const choices: Choice[] = [{ value: openReportButton.value({ reportId: report.id }), label: t("review-open") }];
    await queueForPerson(tx, reviewerId, { text, choices }, `review-request:${report.id}:${report.version}`, env.now);
  }
}

/** A report the person may decide on now: reviewed kind, they are one of its reviewers, still waiting. */
export async function reviewable(db: Db, tree: OrgTree, reportId: string, personId: string): Promise<Result<Report>> {
  const report = await db.report.findUnique({ where: { id: reportId } });
  if (!report || !reviewedKinds.has(report.kind)) return refuse("review-not-found");
  if (!(await reviewersOf(db, tree, report)).includes(personId)) return refuse("review-not-yours");
  if (report.status !== "submitted") return refuse("review-already-decided");
  return ok(report);
}

export interface ReviewDeps {
  prisma: PrismaClient;
  i18n: I18n;
  flowOf: FlowLookup;
}

/** Approves the version the reviewer saw; the author is told. A second decision is refused. */
export async function approveReport(
  deps: ReviewDeps,
  reviewer: Person,
  reportId: string,
  version: number,
  now: Date,
): Promise<Result<{ authorName: string }>> {
  const { prisma, i18n } = deps;
  const tree = await OrgTree.load(prisma);
  const found = await reviewable(prisma, tree, reportId, reviewer.id);
  if (!found.ok) return found;
  const report = found.value;
  if (report.version !== version) return refuse("review-new-version");
  const author = await prisma.person.findUnique({ where: { id: report.authorId } });
  const flow = readFiled(report, deps.flowOf)?.flow;
  return prisma.$transaction(async (tx) => {
    if (!(await recordDecision(tx, report, { reviewerId: reviewer.id, decision: "approved", now }))) {
      return refuse("review-already-decided");
    }
    if (author && flow) {
      const t = i18n.forLocale(langOf(author, i18n));
      const text = t("review-approved-author", {
        report: await reportHeading(tx, tree, report, flow, t),
        reviewer: reviewer.fullName,
        version: report.version,
      });
      await queueForPerson(tx, author.id, { text }, `review-decision:${report.id}:${report.version}`, now);
    }
    return ok({ authorName: author?.fullName ?? "" });
  });
}

/**
 * Returns the version the reviewer saw with a comment per field, inside the caller's transaction (the review flow's
 * submit). The author is told which fields (by their question label, in the author's language) and why, with a button
 * that reopens exactly those steps. A report that cannot be corrected in chat (a nomination, which moved the
 * pipeline) keeps waiting: the comments are recorded and sent, and the reviewer approves once it is put right.
 */
export async function returnReport(
  tx: Tx,
  env: FlowEnv,
  flowOf: FlowLookup,
  input: { reportId: string; version: number; comments: Record<string, string> },
): Promise<Result<{ correctable: boolean; authorName: string }>> {
  const found = await reviewable(tx, env.tree, input.reportId, env.person.id);
  if (!found.ok) return found;
  const report = found.value;
  if (report.version !== input.version) return refuse("review-new-version");
  const filed = readFiled(report, flowOf);
  if (!filed) return refuse("review-not-found");
  const correctable = filed.flow.correctable !== false;
  const decided = await recordDecision(tx, report, {
    reviewerId: env.person.id,
    decision: correctable ? "returned" : "commented",
    comments: input.comments,
    now: env.now,
  });
  if (!decided) return refuse("review-already-decided");
  const author = await tx.person.findUnique({ where: { id: report.authorId } });
  if (author) {
    const lang = langOf(author, env.deps.i18n);
    const t = env.deps.i18n.forLocale(lang);
    const authorEnv: FlowEnv = { ...env, lang };
    const items = filed.shown
      .filter((step) => step.id in input.comments)
      .map((step) => `• ${stepLabel(step, filed.params, authorEnv)}: ${input.comments[step.id]}`)
      .join("\n");
    const args = {
      report: await reportHeading(tx, env.tree, report, filed.flow, t),
      reviewer: env.person.fullName,
      items,
    };
    const message = correctable
      ? {
          text: t("review-returned-author", args),
          choices: [{ value: fixReportButton.value({ reportId: report.id }), label: t("review-fix-now") }],
        }
      : { text: t("review-commented-author", args) };
    await queueForPerson(tx, author.id, message, `review-decision:${report.id}:${report.version}`, env.now);
  }
  return ok({ correctable, authorName: author?.fullName ?? "" });
}
