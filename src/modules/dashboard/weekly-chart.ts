import type { Config } from "../../config.ts";
import type { OutgoingImage } from "../../core/messages.ts";
import { OrgTree } from "../../core/org.ts";
import { quarterOf, today } from "../../core/periods.ts";
import type { Locale } from "../../i18n/i18n.ts";
import type { JobDefinition, PlannedMessage } from "../../jobs/job.ts";
import { weeklyPeriod } from "../../jobs/period-keys.ts";
import { loadRecipients } from "../../jobs/recipients.ts";
import { loadRoleHolders } from "../roster/index.ts";
import { dashboardStats, funnelCounts, sumStats } from "./dashboard.ts";
import { dashboardChart } from "./dashboard-chart.ts";
import { totalsText, viewName } from "./dashboard-command.ts";

export const WEEKLY_CHART = "weekly-chart";

/**
 * Weekly, to staff (and admins): the dashboard's picture of the whole organisation (the ĐVUT funnel and the quarter's
 * unit reports by unit) with a one-line caption. The picture travels in the delivery's payload as PNG bytes (about
 * 50 KB, to a handful of people): what is sent is what was counted when the week's run happened, however late the
 * outbox sends it, and the outbox needs no module to draw anything. Where a platform shows no pictures of ours (Zalo)
 * the numbers go as text instead. Off with DASHBOARD_CHART_WEEKLY=false; when: CRON_DASHBOARD_CHART.
 */
export function weeklyChartJob(config: Config): JobDefinition {
  return {
    name: WEEKLY_CHART,
    schedule: config.CRON_DASHBOARD_CHART,
    description: "weekly chart: the ĐVUT funnel and the quarter's unit reports by unit, as a picture, to staff",
    catchUpMs: 2 * 24 * 3_600_000,
    ...weeklyPeriod,
    async plan(db, ctx, week) {
      const { deps, now } = ctx;
      const holders = await loadRoleHolders(db);
      const recipients = await loadRecipients(db, holders.staff, deps.i18n.defaultLocale);
      if (recipients.size === 0) return [];
      const tree = await OrgTree.load(db);
      const heads = tree.roots().map((u) => u.id);
      if (heads.length === 0) return [];
      const tz = deps.config.TZ_NAME;
      const stats = await dashboardStats(db, deps.db.sql, tree, { today: today(now, tz), quarter: quarterOf(now, tz) });
      const name = viewName(stats, heads, deps.config.ORG_NAME);
      const total = sumStats(stats, heads);
      // One picture per language, whatever the number of staff.
      const pictures = new Map<Locale, { image: OutgoingImage; caption: string }>();
      const planned: PlannedMessage[] = [];
      for (const recipient of recipients.values()) {
        let picture = pictures.get(recipient.lang);
        if (!picture) {
          const t = deps.i18n.forLocale(recipient.lang);
          const alt = `${totalsText(t, deps.config.ORG_NAME, stats, heads)}\n${t("chart-no-picture")}`;
          const caption = t("chart-weekly-caption", {
            week,
            unit: name,
            quarter: `${stats.quarter.quarter}/${stats.quarter.year}`,
            filed: total.filed,
            units: total.reportingUnits,
            ...funnelCounts(total),
          });
          picture = { image: await dashboardChart(t, stats, heads, { name, alt }), caption };
          pictures.set(recipient.lang, picture);
        }
        planned.push({
          recipient,
          key: `${WEEKLY_CHART}:${week}:${recipient.id}`,
          message: { text: picture.caption, image: picture.image },
        });
      }
      return planned;
    },
  };
}
