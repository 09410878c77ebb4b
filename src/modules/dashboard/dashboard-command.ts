import type { ChatContext } from "../../core/context.ts";
import type { Feature } from "../../core/feature.ts";
import { quarterOf, today } from "../../core/periods.ts";
import { replyLong } from "../../core/reply-long.ts";
import type { TargetProgress } from "../pipeline/index.ts";
import { reviewStateIcon, reviewStateKey } from "../review/index.ts";
import { type Dashboard, type DashboardRow, dashboard } from "./dashboard.ts";

/** /dashboard: every reporting unit at a glance, compact enough for a phone, split into several messages if long. */
export const dashboardFeature: Feature = {
  name: "dashboard",
  commands: [
    {
      name: "dashboard",
      access: ["staff"],
      descriptionKey: "cmd-dashboard",
      inPlatformMenu: true,
      async run(ctx) {
        const now = ctx.deps.clock.now();
        const tz = ctx.deps.config.TZ_NAME;
        const data = await dashboard(ctx.deps.prisma, await ctx.orgTree(), {
          today: today(now, tz),
          quarter: quarterOf(now, tz),
        });
        replyLong(ctx, renderDashboard(ctx, data));
      },
    },
  ],
};

export function renderDashboard(ctx: ChatContext, data: Dashboard): string[] {
  const quarter = `${data.quarter.quarter}/${data.quarter.year}`;
  const filed = data.rows.filter((r) => r.unitReportFiled).length;
  const header = [ctx.t("dashboard-header", { quarter, filed, units: data.rows.length }), ctx.t("dashboard-legend")];
  if (data.blockProgress && hasTargetsOrProgress(data.blockProgress)) header.push(targets(ctx, data.blockProgress));
  if (data.rows.length === 0) header.push(ctx.t("dashboard-empty"));
  return [header.join("\n"), ...data.rows.map((row) => renderRow(ctx, row, data.previous))];
}

function renderRow(ctx: ChatContext, row: DashboardRow, previous: { year: number; quarter: number }): string {
  const f = row.funnel;
  const status = row.unitReportStatus;
  const late = row.unitReportLate ? `, ${ctx.t("periods-late-mark")}` : "";
  const lines = [
    status ? `${reviewStateIcon[status]} ${row.name} (${ctx.t(reviewStateKey[status])}${late})` : `⏳ ${row.name}`,
  ];
  lines.push(
    ctx.t("dashboard-funnel", {
      selected: (f.selected ?? 0) + (f.introduced ?? 0) + (f.handed_over ?? 0),
      awareness: f.awareness_class ?? 0,
      recognized: f.recognized ?? 0,
      admitted: (f.admitted ?? 0) + (f.full_member ?? 0),
    }),
  );
  if (row.progress && hasTargetsOrProgress(row.progress)) lines.push(targets(ctx, row.progress));
  const alerts: string[] = [];
  if (row.remarksMissing > 0) alerts.push(ctx.t("dashboard-remarks-missing", { count: row.remarksMissing }));
  if (row.remarksOverdue > 0) alerts.push(ctx.t("dashboard-remarks-overdue", { count: row.remarksOverdue }));
  if (row.previousReportLate) {
    alerts.push(ctx.t("periods-dashboard-previous-late", { quarter: previous.quarter, year: String(previous.year) }));
  }
  if (row.twoYear > 0) alerts.push(ctx.t("dashboard-two-year", { count: row.twoYear }));
  if (alerts.length > 0) lines.push(`⚠️ ${alerts.join(" · ")}`);
  return lines.join("\n");
}

function targets(ctx: ChatContext, p: TargetProgress): string {
  return ctx.t("dashboard-targets", {
    introduced: p.introducedTotal,
    dvutTarget: p.dvutTarget ?? "–",
    admitted: p.admittedTotal,
    partyTarget: p.partyTarget ?? "–",
  });
}

function hasTargetsOrProgress(p: TargetProgress): boolean {
  return p.dvutTarget !== null || p.partyTarget !== null || p.introducedTotal > 0 || p.admittedTotal > 0;
}
