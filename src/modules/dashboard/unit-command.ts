import type { ChatContext } from "../../core/context.ts";
import type { Feature } from "../../core/feature.ts";
import { formatVietnameseDate, type Quarter, quarterKey, quarterOf, today } from "../../core/periods.ts";
import { canSeeUnit, hasRole, secretaryUnitIds } from "../../core/permissions.ts";
import { replyLong } from "../../core/reply-long.ts";
import type { ReportStatus } from "../../generated/prisma/client.ts";
import { exportButton } from "../documents/index.ts";
import { mainStages, stageLabelKey, twoYearAnswerLines } from "../pipeline/index.ts";
import { openQuartersAt } from "../reporting/index.ts";
import { quarterReviewStates, reviewStateKey } from "../review/index.ts";
import { type UnitOverview, unitOverview } from "./unit-overview.ts";

const NAMES_PER_STAGE = 8;

/** /unit [CODE]: a secretary's unit (and everything below it); staff may name any unit. */
export const unitFeature: Feature = {
  name: "unit",
  commands: [
    {
      name: "unit",
      access: ["secretary", "staff"],
      descriptionKey: "cmd-unit",
      inPlatformMenu: true,
      async run(ctx, args) {
        const { prisma } = ctx.deps;
        const code = args.trim();
        const scope = await ctx.scope();
        let unitIds: string[];
        if (code) {
          const unit = await prisma.orgUnit.findUnique({ where: { code } });
          if (!unit) {
            ctx.reply(ctx.t("unit-code-unknown", { code }));
            return;
          }
          if (!canSeeUnit(scope, unit.id)) {
            ctx.reply(ctx.t("scope-unit-refused", { unit: unit.name }));
            return;
          }
          unitIds = [unit.id];
        } else {
          unitIds = secretaryUnitIds(ctx.speaker.roles);
          if (unitIds.length === 0 && hasRole(ctx.speaker.roles, "staff")) {
            ctx.reply(ctx.t("unit-staff-hint"));
            return;
          }
        }
        await showUnitOverviews(ctx, unitIds);
      },
    },
  ],
};

/** Each unit's own view (and everything below it), as /unit shows it; /dashboard's tree leads here too. */
export async function showUnitOverviews(ctx: ChatContext, unitIds: readonly string[]): Promise<void> {
  const { prisma } = ctx.deps;
  const tz = ctx.deps.config.TZ_NAME;
  const now = ctx.deps.clock.now();
  const tree = await ctx.orgTree();
  const parts: string[] = [];
  // A secretary of a unit and of a unit below it sees the lower one inside the upper one already.
  const tops = tree.topsOf(unitIds);
  for (const unitId of tops) {
    const overview = await unitOverview(prisma, tree, unitId, {
      today: today(now, tz),
      quarter: quarterOf(now, tz),
    });
    const states = await quarterReviewStates(prisma, tree.subtreeIds(unitId), quarterOf(now, tz));
    // The quarter before, while it is still the one owed: its reports and whether they came late.
    const owed = openQuartersAt(now, ctx.deps.config).filter(
      (o) => quarterKey(o.quarter) !== quarterKey(quarterOf(now, tz)),
    );
    const earlier = await Promise.all(
      owed.map(async (o) => ({
        quarter: o.quarter,
        states: await quarterReviewStates(prisma, tree.subtreeIds(unitId), o.quarter),
      })),
    );
    parts.push(renderOverview(ctx, overview, quarterOf(now, tz), states, earlier));
  }
  replyLong(ctx, parts);
  await offerReportDocuments(ctx, tops, quarterOf(now, tz));
}

/** The quarter's unit reports filed by these units, one tap away as an official document (.docx). */
async function offerReportDocuments(ctx: ChatContext, unitIds: string[], q: Quarter): Promise<void> {
  const filed = await ctx.deps.prisma.report.findMany({
    where: { kind: "unit_quarterly", unitId: { in: unitIds }, year: q.year, quarter: q.quarter },
    select: { unitId: true },
  });
  const tree = await ctx.orgTree();
  const units = filed.flatMap((r) => tree.get(r.unitId) ?? []);
  if (units.length === 0) return;
  ctx.reply({
    text: ctx.t("unit-report-document-offer", { quarter: `${q.quarter}/${q.year}` }),
    choices: units.map((u) => ({
      value: exportButton.value({ kind: "unit-reports", args: [quarterKey(q), u.code, "docx"] }),
      label: ctx.t("unit-report-document", { unit: u.name }),
    })),
  });
}

function renderOverview(
  ctx: ChatContext,
  o: UnitOverview,
  q: { year: number; quarter: number },
  states: Awaited<ReturnType<typeof quarterReviewStates>>,
  earlier: { quarter: Quarter; states: Awaited<ReturnType<typeof quarterReviewStates>> }[] = [],
): string {
  const lines = [ctx.t("unit-header", { unit: o.unit?.name ?? "", members: o.memberCount })];
  const stages = mainStages.filter((s) => o.byStage.has(s));
  if (stages.length === 0) lines.push(ctx.t("unit-no-dvut"));
  for (const stage of stages) {
    const names = o.byStage.get(stage) ?? [];
    const shown = names.slice(0, NAMES_PER_STAGE).join(", ");
    const more =
      names.length > NAMES_PER_STAGE ? ctx.t("unit-and-more", { count: names.length - NAMES_PER_STAGE }) : "";
    lines.push(`• ${ctx.t(stageLabelKey[stage])} (${names.length}): ${shown}${more}`);
  }
  const quarter = `${q.quarter}/${q.year}`;
  if (o.missingRemarks.length === 0) lines.push(ctx.t("unit-remarks-done", { quarter }));
  else {
    const names = o.missingRemarks.map((p) => p.fullName);
    lines.push(
      ctx.t("unit-remarks-missing", {
        quarter,
        count: names.length,
        names: names.slice(0, NAMES_PER_STAGE).join(", "),
      }),
    );
  }
  const late = ` — ${ctx.t("periods-late-mark")}`;
  const reportLines = (label: string, list: typeof states.unitReports) => {
    for (const report of list) {
      const unit = report.unitId === o.unit?.id ? "" : ` (${report.unitName})`;
      lines.push(
        ctx.t("unit-report-state", { quarter: label, state: ctx.t(reviewStateKey[report.status]) }) +
          (report.late ? late : "") +
          unit,
      );
    }
  };
  for (const e of earlier) reportLines(`${e.quarter.quarter}/${e.quarter.year}`, e.states.unitReports);
  reportLines(quarter, states.unitReports);
  const remarkStates = (Object.entries(states.remarks) as [ReportStatus, number][]).map(
    ([status, count]) => `${count} ${ctx.t(reviewStateKey[status])}`,
  );
  if (states.lateRemarks > 0) remarkStates.push(`${states.lateRemarks} ${ctx.t("periods-late-mark")}`);
  if (remarkStates.length > 0) lines.push(ctx.t("unit-remark-states", { quarter, states: remarkStates.join(" · ") }));
  if (o.twoYear.length > 0) {
    lines.push(ctx.t("unit-two-year", { count: o.twoYear.length }));
    for (const c of o.twoYear) {
      lines.push(`  – ${c.name} (${c.selectedOn ? formatVietnameseDate(c.selectedOn) : "?"})`);
      // The cause and measures the chi đoàn recorded (II.3.5), for the level above.
      for (const a of twoYearAnswerLines(ctx.t, c)) lines.push(`    ${a}`);
    }
  }
  const p = o.progress;
  if (p && p.dvutTarget === null && p.partyTarget === null) {
    lines.push(
      ctx.t("unit-no-targets", { year: String(p.year), introduced: p.introducedTotal, admitted: p.admittedTotal }),
    );
  } else if (p) {
    lines.push(
      ctx.t("unit-targets", {
        year: String(p.year),
        introduced: p.introducedTotal,
        dvutTarget: p.dvutTarget ?? "–",
        admitted: p.admittedTotal,
        partyTarget: p.partyTarget ?? "–",
      }),
    );
  }
  return lines.join("\n");
}
