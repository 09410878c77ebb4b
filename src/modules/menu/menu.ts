import type { ChatContext } from "../../core/context.ts";
import { correctReportButton, flowArgs, myReportsButton, startFlowButton } from "../../core/dialogue/buttons.ts";
import { action, type Feature } from "../../core/feature.ts";
import type { Choice } from "../../core/messages.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import { hasRole, secretaryUnitIds } from "../../core/permissions.ts";
import { k } from "../../i18n/i18n.ts";
import { pickMemberButton } from "../pipeline/index.ts";
import { decideSelfReport, selfReportDecisionButton, selfReportsButton, whatIsDue } from "../reporting/index.ts";
import { fixReportButton, reviewListButton, waitingFor } from "../review/index.ts";

/** /menu: what this person may do, with counts of what is due, as choices that start the flows. */
async function showMenu(ctx: ChatContext): Promise<void> {
  const units = secretaryUnitIds(ctx.speaker.roles);
  const isStaff = hasRole(ctx.speaker.roles, "staff");
  const due = await whatIsDue(ctx, units, isStaff);
  const lines = [ctx.t("menu-title")];
  const choices: Choice[] = [];
  const drafts = await ctx.deps.dialogue.drafts(ctx);
  // A flow with a draft is offered once, as "continue".
  const offer = (flowId: string, choice: Choice) => {
    if (!drafts.some((d) => d.flow.id === flowId)) choices.push(choice);
  };
  for (const draft of drafts) {
    choices.push({
      value: startFlowButton.value({ flowId: draft.flow.id }),
      label: ctx.t("menu-continue", { title: ctx.t(draft.flow.titleKey), n: draft.n, total: draft.total }),
    });
  }
  if (units.length > 0) {
    // What each owed quarter still lacks, the older (overdue) quarter first, marked late.
    const owed: { key: string; choice: Choice }[] = [];
    for (const { period, count } of due.remarks) {
      if (count === 0) continue;
      const args = { count, quarter: period.quarter, year: String(period.year), due: formatVietnameseDate(period.due) };
      owed.push({
        key: period.key,
        choice: {
          value: startFlowButton.value({ flowId: "dvut-remark", args: [period.key] }),
          label: period.late
            ? ctx.t("periods-menu-remarks-late", args)
            : period.current
              ? ctx.t("menu-remarks", { count })
              : ctx.t("periods-menu-remarks-open", args),
        },
      });
    }
    if (due.remarks.every((r) => r.count === 0)) lines.push(ctx.t("menu-remarks-done"));
    for (const unit of due.units) {
      const where = due.units.length > 1 ? ` (${unit.unitName})` : "";
      for (const { period, filed, returnedId } of unit.reports) {
        const args = { quarter: period.quarter, year: String(period.year), due: formatVietnameseDate(period.due) };
        if (returnedId) {
          owed.push({
            key: period.key,
            choice: {
              value: fixReportButton.value({ reportId: returnedId }),
              label: ctx.t("menu-unit-report-returned", args) + where,
            },
          });
        } else if (!filed) {
          owed.push({
            key: period.key,
            choice: {
              value: startFlowButton.value({ flowId: "unit-report", args: [unit.reportingUnitId ?? "", period.key] }),
              label:
                (period.late
                  ? ctx.t("periods-menu-unit-report-late", args)
                  : period.current
                    ? ctx.t("menu-unit-report", args)
                    : ctx.t("periods-menu-unit-report-open", args)) + where,
            },
          });
        } else if (period.current) lines.push(ctx.t("menu-unit-report-done", args) + where);
      }
    }
    owed.sort((a, b) => a.key.localeCompare(b.key));
    for (const { choice } of owed) {
      const start = startFlowButton.decode(choice.value);
      const flowId = start.ok ? start.fields.flowId : undefined;
      if (flowId) offer(flowId, choice);
      else choices.push(choice);
    }
    for (const unit of due.units) {
      const where = due.units.length > 1 ? ` (${unit.unitName})` : "";
      for (const c of unit.classifications) {
        if (c.filed) continue;
        offer("classification", {
          value: startFlowButton.value({ flowId: "classification", args: [unit.unitId, String(c.year)] }),
          label: ctx.t("menu-classification", { year: String(c.year), count: c.unclassified }) + where,
        });
      }
      offer("activity", {
        value: startFlowButton.value({ flowId: "activity", args: [unit.unitId] }),
        label: ctx.t("menu-activity") + where,
      });
      choices.push({ value: pickMemberButton.value(), label: ctx.t("menu-nomination") + where });
    }
  }
  if (due.selfReportsWaiting > 0) {
    choices.push({
      value: selfReportsButton.value(),
      label: ctx.t("menu-self-review", { count: due.selfReportsWaiting }),
    });
  }
  const toReview = units.length > 0 || isStaff ? (await waitingFor(ctx)).length : 0;
  if (toReview > 0) choices.push({ value: reviewListButton.value(), label: ctx.t("menu-review", { count: toReview }) });
  if (due.block) lines.push(ctx.t("menu-block", { remarks: due.block.remarks, units: due.block.unitReports }));
  offer("self-report", { value: startFlowButton.value({ flowId: "self-report" }), label: ctx.t("menu-self-report") });
  choices.push({ value: myReportsButton.value(), label: ctx.t("menu-my-reports") });
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
