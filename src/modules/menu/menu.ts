import type { ChatContext } from "../../core/context.ts";
import type { Feature } from "../../core/feature.ts";
import type { Choice } from "../../core/messages.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import { hasRole, secretaryUnitIds } from "../../core/permissions.ts";
import { k } from "../../i18n/i18n.ts";
import { decideSelfReport, whatIsDue } from "../reporting/index.ts";
import { waitingFor } from "../review/index.ts";

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
      value: `flow:start:${draft.flow.id}`,
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
          value: `flow:start:dvut-remark:${period.key}`,
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
            choice: { value: `review:fix:${returnedId}`, label: ctx.t("menu-unit-report-returned", args) + where },
          });
        } else if (!filed) {
          owed.push({
            key: period.key,
            choice: {
              value: `flow:start:unit-report:${unit.reportingUnitId}:${period.key}`,
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
      const flowId = choice.value.startsWith("flow:start:") ? choice.value.split(":")[2] : undefined;
      if (flowId) offer(flowId, choice);
      else choices.push(choice);
    }
    for (const unit of due.units) {
      const where = due.units.length > 1 ? ` (${unit.unitName})` : "";
      for (const c of unit.classifications) {
        if (c.filed) continue;
        offer("classification", {
          value: `flow:start:classification:${unit.unitId}:${c.year}`,
          label: ctx.t("menu-classification", { year: String(c.year), count: c.unclassified }) + where,
        });
      }
      offer("activity", { value: `flow:start:activity:${unit.unitId}`, label: ctx.t("menu-activity") + where });
      choices.push({ value: "dvut:pick", label: ctx.t("menu-nomination") + where });
    }
  }
  if (due.selfReportsWaiting > 0) {
    choices.push({ value: "selfrep:list", label: ctx.t("menu-self-review", { count: due.selfReportsWaiting }) });
  }
  const toReview = units.length > 0 || isStaff ? (await waitingFor(ctx)).length : 0;
  if (toReview > 0) choices.push({ value: "review:list", label: ctx.t("menu-review", { count: toReview }) });
  if (due.block) lines.push(ctx.t("menu-block", { remarks: due.block.remarks, units: due.block.unitReports }));
  offer("self-report", { value: "flow:start:self-report", label: ctx.t("menu-self-report") });
  choices.push({ value: "flow:mine", label: ctx.t("menu-my-reports") });
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
      value: `flow:correct:${r.id}`,
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
        { value: `selfrep:approve:${r.id}`, label: ctx.t("flow-self-approve") },
        { value: `selfrep:decline:${r.id}`, label: ctx.t("flow-self-decline") },
      ],
    });
  }
}

export const menuFeature: Feature = {
  name: "menu",
  commands: [{ name: "menu", access: "linked", descriptionKey: "cmd-menu", inPlatformMenu: true, run: showMenu }],
  actions: [
    {
      prefix: "flow",
      access: "linked",
      async run(ctx, rest) {
        const [verb = "", flowId = "", ...args] = rest.split(":");
        if (verb === "start") await ctx.deps.dialogue.start(ctx, flowId, args.join(":"));
        else if (verb === "correct") await ctx.deps.dialogue.correct(ctx, flowId);
        else if (verb === "mine") await showMyReports(ctx);
        else await showMenu(ctx);
      },
    },
    {
      prefix: "selfrep",
      access: ["secretary", "staff"],
      async run(ctx, rest) {
        const [verb, reportId = ""] = rest.split(":");
        if (verb !== "approve" && verb !== "decline") {
          await showSelfReports(ctx);
          return;
        }
        const scope = await ctx.scope();
        const result = await decideSelfReport(
          ctx.deps.prisma,
          { personId: ctx.person?.id ?? "", unitIds: scope.wholeBlock ? "all" : scope.unitIds },
          reportId,
          verb === "approve" ? "approved" : "declined",
          ctx.deps.clock.now(),
          ctx.deps.i18n,
        );
        if (!result.ok) ctx.reply(ctx.t(result.reason, result.args));
        else {
          const key = verb === "approve" ? k("menu-self-approved") : k("menu-self-declined");
          ctx.reply(ctx.t(key, { name: result.value.memberName }));
        }
      },
    },
  ],
};
