import type { ChatContext } from "../../core/context.ts";
import { correctReportButton, flowArgs, myReportsButton, startFlowButton } from "../../core/dialogue/buttons.ts";
import { flowEnvOf } from "../../core/dialogue/env.ts";
import { gatherMenu, type MenuEntry, type MenuText, menuUnits } from "../../core/dialogue/menu.ts";
import { action, type Feature } from "../../core/feature.ts";
import type { Choice } from "../../core/messages.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import { hasRole } from "../../core/permissions.ts";
import { k } from "../../i18n/i18n.ts";
import { decideSelfReport, dueFor, selfReportDecisionButton, selfReportsButton } from "../reporting/index.ts";
import { reviewListButton, waitingFor } from "../review/index.ts";

/**
 * /menu: what this person may do, as choices that start the flows. Each flow offers its own entries
 * (`FlowDefinition.offer`); the menu adds its drafts to continue, what waits for the person's decision and their
 * reports, and orders everything once (src/core/dialogue/menu.ts).
 */
async function showMenu(ctx: ChatContext): Promise<void> {
  const env = await flowEnvOf(ctx);
  if (!env) return;
  const isStaff = hasRole(env.roles, "staff");
  const units = menuUnits(env);
  // The same computed `due` as the flows' entries (one set of queries per /menu).
  const due = await dueFor(env);
  const drafts = await ctx.deps.dialogue.drafts(ctx);
  const extra: MenuEntry[] = [];
  if (due.selfReportsWaiting > 0) {
    extra.push({
      label: { key: k("menu-self-review"), args: { count: due.selfReportsWaiting } },
      value: selfReportsButton.value(),
      sort: ["review", 0],
    });
  }
  const toReview = units.length > 0 || isStaff ? (await waitingFor(ctx)).length : 0;
  if (toReview > 0) {
    extra.push({
      label: { key: k("menu-review"), args: { count: toReview } },
      value: reviewListButton.value(),
      sort: ["review", 1],
    });
  }
  const menu = await gatherMenu(ctx.deps.dialogue.list(), env, new Set(drafts.map((d) => d.flow.id)), extra);
  // "(Đoàn cơ sở A)" after what is about one unit, for a secretary of several.
  const text = ({ key, args, unitId }: MenuText) => {
    const unit = units.length > 1 ? units.find((u) => u.id === unitId) : undefined;
    return ctx.t(key, args) + (unit ? ` (${unit.name})` : "");
  };
  const lines = [ctx.t("menu-title"), ...menu.lines.map(text)];
  if (due.block) lines.push(ctx.t("menu-block", { remarks: due.block.remarks, units: due.block.unitReports }));
  const choices: Choice[] = [
    // A flow with a draft is offered once, as "continue".
    ...drafts.map((draft) => ({
      value: startFlowButton.value({ flowId: draft.flow.id }),
      label: ctx.t("menu-continue", { title: ctx.t(draft.flow.titleKey), n: draft.n, total: draft.total }),
    })),
    ...menu.entries.map((entry) => ({
      value: entry.value ?? startFlowButton.value({ flowId: entry.flowId ?? "", args: [...(entry.args ?? [])] }),
      label: text(entry.label),
    })),
    { value: myReportsButton.value(), label: ctx.t("menu-my-reports") },
  ];
  ctx.reply({ text: lines.join("\n"), choices });
}

/** The author's recent reports that can be corrected in chat. */
async function showMyReports(ctx: ChatContext): Promise<void> {
  if (!ctx.person) return;
  const reports = await ctx.deps.prisma.report.findMany({
    where: { authorId: ctx.person.id, kind: { not: "nomination" } },
    orderBy: { submittedAt: "desc" },
    take: 10,
  });
  if (reports.length === 0) {
    ctx.reply(ctx.t("menu-my-reports-none"));
    return;
  }
  const choices = reports.map((r) => {
    const flowId = (r.data as { flowId?: unknown } | null)?.flowId;
    const flow = typeof flowId === "string" ? ctx.deps.dialogue.flow(flowId) : undefined;
    return {
      value: correctReportButton.value({ reportId: r.id }),
      label: ctx.t("menu-my-report", {
        title: flow ? ctx.t(flow.titleKey) : r.kind,
        date: formatVietnameseDate(r.submittedAt),
        version: r.version,
      }),
    };
  });
  ctx.reply({ text: ctx.t("menu-my-reports-pick"), choices });
}

async function showSelfReports(ctx: ChatContext): Promise<void> {
  const scope = await ctx.scope();
  const reports = await ctx.deps.prisma.report.findMany({
    where: {
      kind: "self_report",
      status: "submitted",
      authorId: { not: ctx.person?.id ?? "" },
      ...(scope.wholeBlock ? {} : { unitId: { in: [...scope.unitIds] } }),
    },
    orderBy: { submittedAt: "asc" },
    take: 5,
  });
  if (reports.length === 0) {
    ctx.reply(ctx.t("menu-self-review-none"));
    return;
  }
  for (const r of reports) {
    const member = r.subjectPersonId
      ? await ctx.deps.prisma.person.findUnique({ where: { id: r.subjectPersonId } })
      : null;
    const answers = (r.data as { answers?: Record<string, unknown> } | null)?.answers ?? {};
    ctx.reply({
      text: ctx.t("menu-self-review-item", {
        name: member?.fullName ?? "?",
        description: String(answers.description ?? ""),
      }),
      choices: [
        {
          value: selfReportDecisionButton.value({ decision: "approve", reportId: r.id }),
          label: ctx.t("flow-self-approve"),
        },
        {
          value: selfReportDecisionButton.value({ decision: "decline", reportId: r.id }),
          label: ctx.t("flow-self-decline"),
        },
      ],
    });
  }
}

export const menuFeature: Feature = {
  name: "menu",
  commands: [{ name: "menu", access: "linked", descriptionKey: "cmd-menu", inPlatformMenu: true, run: showMenu }],
  actions: [
    action({
      button: startFlowButton,
      access: "linked",
      run: (ctx, { flowId, args }) => ctx.deps.dialogue.start(ctx, flowId, flowArgs(args)),
    }),
    action({
      button: correctReportButton,
      access: "linked",
      run: (ctx, { reportId }) => ctx.deps.dialogue.correct(ctx, reportId),
    }),
    action({ button: myReportsButton, access: "linked", run: (ctx) => showMyReports(ctx) }),
    action({ button: selfReportsButton, access: ["secretary", "staff"], run: (ctx) => showSelfReports(ctx) }),
    action({
      button: selfReportDecisionButton,
      access: ["secretary", "staff"],
      async run(ctx, { decision, reportId }) {
        const scope = await ctx.scope();
        const result = await decideSelfReport(
          ctx.deps.prisma,
          { personId: ctx.person?.id ?? "", unitIds: scope.wholeBlock ? "all" : scope.unitIds },
          reportId,
          decision === "approve" ? "approved" : "declined",
          ctx.deps.clock.now(),
          ctx.deps.i18n,
        );
        if (!result.ok) ctx.reply(ctx.t(result.reason, result.args));
        else {
          const key = decision === "approve" ? k("menu-self-approved") : k("menu-self-declined");
          ctx.reply(ctx.t(key, { name: result.value.memberName }));
        }
      },
    }),
  ],
};
