import type { ChatContext } from "../../core/context.ts";
import { flowEnvOf } from "../../core/dialogue/env.ts";
import { action, type Feature } from "../../core/feature.ts";
import type { Choice } from "../../core/messages.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import {
  approveReportButton,
  fixReportButton,
  openReportButton,
  returnReportButton,
  reviewListButton,
} from "./buttons.ts";
import { answerLines, approveReport, readFiled, reportHeading, reviewable } from "./report-review.ts";
import { loadReviewers, reportsWaiting } from "./review.ts";

/** Reports listed at once by /review; the oldest come first. */
const LIST_LIMIT = 10;

/** Reports waiting for this person's review, oldest first. */
export async function waitingFor(ctx: ChatContext) {
  const { prisma } = ctx.deps;
  const person = ctx.person;
  if (!person) return [];
  const tree = await ctx.orgTree();
  const scope = await ctx.scope();
  // A secretary reviews only reports filed below their units: no need to read the others.
  const waiting = await reportsWaiting(prisma, scope.wholeBlock ? {} : { unitIds: scope.unitIds });
  const reviewersOf = await loadReviewers(prisma, tree);
  return waiting.filter((report) => reviewersOf(report).includes(person.id));
}

/** /review: the reports waiting for this person's review, oldest first, each a button that opens it. */
async function listWaiting(ctx: ChatContext): Promise<void> {
  const { prisma } = ctx.deps;
  const tree = await ctx.orgTree();
  const mine = await waitingFor(ctx);
  if (mine.length === 0) {
    ctx.reply(ctx.t("review-list-none"));
    return;
  }
  const choices: Choice[] = [];
  for (const report of mine.slice(0, LIST_LIMIT)) {
    const flow = readFiled(report, ctx.deps.dialogue.flow)?.flow;
    if (!flow) continue;
    const heading = await reportHeading(prisma, tree, report, flow, ctx.t);
    choices.push({
      value: openReportButton.value({ reportId: report.id }),
      label: ctx.t("review-list-item", { report: heading, date: formatVietnameseDate(report.submittedAt) }),
    });
  }
  const more = mine.length > LIST_LIMIT ? [ctx.t("review-list-more", { count: mine.length - LIST_LIMIT })] : [];
  ctx.reply({ text: [ctx.t("review-list", { count: mine.length }), ...more].join("\n"), choices });
}

/** One waiting report: who filed it, each question with its answer, then Approve / Return. */
async function openReport(ctx: ChatContext, reportId: string): Promise<void> {
  const env = await flowEnvOf(ctx);
  if (!env) return;
  const found = await reviewable(ctx.deps.prisma, env.tree, reportId, env.person.id);
  const filed = found.ok ? readFiled(found.value, ctx.deps.dialogue.flow) : undefined;
  if (!found.ok || !filed) {
    ctx.reply(ctx.t(found.ok ? "review-not-found" : found.reason));
    return;
  }
  const report = found.value;
  const author = await ctx.deps.prisma.person.findUnique({ where: { id: report.authorId } });
  const lines = [
    ctx.t("review-open-header", {
      report: await reportHeading(ctx.deps.prisma, env.tree, report, filed.flow, ctx.t),
      author: author?.fullName ?? "?",
      date: formatVietnameseDate(report.submittedAt),
      version: report.version,
    }),
    ...answerLines(filed, env),
    "",
    ctx.t("review-open-hint"),
  ];
  ctx.reply({
    text: lines.join("\n"),
    choices: [
      {
        value: approveReportButton.value({ reportId: report.id, version: report.version }),
        label: ctx.t("review-approve"),
        secure: true,
      },
      { value: returnReportButton.value({ reportId: report.id }), label: ctx.t("review-return"), secure: true },
      { value: reviewListButton.value(), label: ctx.t("review-back-to-list") },
    ],
  });
}

async function approve(ctx: ChatContext, reportId: string, version: number): Promise<void> {
  if (!ctx.person) return;
  const deps = { prisma: ctx.deps.prisma, i18n: ctx.deps.i18n, flowOf: ctx.deps.dialogue.flow };
  const result = await approveReport(deps, ctx.person, reportId, version, ctx.deps.clock.now());
  if (!result.ok) ctx.reply(ctx.t(result.reason, result.args));
  else
    ctx.reply({
      text: ctx.t("review-approved", { author: result.value.authorName }),
      choices: [{ value: reviewListButton.value(), label: ctx.t("review-back-to-list") }],
    });
}

/** "Sửa ngay" on a returned report: its author answers again exactly the fields sent back, each under its comment. */
async function fix(ctx: ChatContext, reportId: string): Promise<void> {
  const { prisma } = ctx.deps;
  const report = await prisma.report.findUnique({ where: { id: reportId } });
  const review =
    report?.status === "returned"
      ? await prisma.reportReview.findFirst({
          where: { reportId, version: report.version, decision: "returned" },
          orderBy: { createdAt: "desc" },
        })
      : null;
  const comments = (review?.comments ?? {}) as Record<string, unknown>;
  const notes: Record<string, string> = {};
  for (const [field, comment] of Object.entries(comments)) notes[field] = String(comment);
  await ctx.deps.dialogue.correct(ctx, reportId, Object.keys(notes), notes);
}

export const reviewFeature: Feature = {
  name: "review",
  commands: [
    {
      name: "review",
      access: ["secretary", "staff"],
      descriptionKey: "cmd-review",
      inPlatformMenu: true,
      run: listWaiting,
    },
  ],
  // Reviewers are checked per report (the unit above, or staff); "fix" is for the report's author.
  actions: [
    action({ button: openReportButton, access: "linked", run: (ctx, { reportId }) => openReport(ctx, reportId) }),
    action({
      button: approveReportButton,
      access: "linked",
      run: (ctx, { reportId, version }) => approve(ctx, reportId, version),
    }),
    action({
      button: returnReportButton,
      access: "linked",
      run: (ctx, { reportId }) => ctx.deps.dialogue.start(ctx, "report-return", reportId),
    }),
    action({ button: fixReportButton, access: "linked", run: (ctx, { reportId }) => fix(ctx, reportId) }),
    action({ button: reviewListButton, access: "linked", run: (ctx) => listWaiting(ctx) }),
  ],
};
