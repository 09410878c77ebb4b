import type { Encoded } from "../../core/buttons.ts";
import type { ChatContext } from "../../core/context.ts";
import { action, type Feature } from "../../core/feature.ts";
import type { Choice, OutgoingMessage } from "../../core/messages.ts";
import type { OrgTree } from "../../core/org.ts";
import { previousQuarter, quarterOf, today } from "../../core/periods.ts";
import { canSeeUnit, hasRole, type Scope, secretaryUnitIds } from "../../core/permissions.ts";
import type { Translate } from "../../i18n/i18n.ts";
import type { TargetProgress } from "../pipeline/index.ts";
import { reviewStateKey } from "../review/index.ts";
import { chartButton, dashboardButton, unitViewButton } from "./buttons.ts";
import {
  type AttentionItem,
  attentionList,
  type DashboardStats,
  dashboardStats,
  funnelCounts,
  sumStats,
} from "./dashboard.ts";
import { dashboardChart } from "./dashboard-chart.ts";
import { showUnitOverviews } from "./unit-command.ts";

/** Units named in the attention message; the rest are counted. */
export const ATTENTION_SHOWN = 8;
/** Units below the current one offered per page of the way down. */
export const CHILDREN_PER_PAGE = 8;
/** The speaker's whole scope when it has several tops (several roots, or a secretary of several units). */
const TOP = "*";

/**
 * /dashboard [CODE]: at most three messages at any scale: the totals of the speaker's subtree (or of the unit named),
 * the units that need attention first, then a way down the tree (buttons on Telegram, numbers on Zalo) to any
 * unit's own view. Button values carry short unit codes, never ids (./buttons.ts).
 */
export const dashboardFeature: Feature = {
  name: "dashboard",
  commands: [
    {
      name: "dashboard",
      access: ["staff", "secretary"],
      descriptionKey: "cmd-dashboard",
      inPlatformMenu: true,
      async run(ctx, args) {
        await showDashboard(ctx, args.trim() || TOP, 1);
      },
    },
  ],
  actions: [
    action({
      button: dashboardButton,
      access: ["staff", "secretary"],
      run: (ctx, { code, page }) => showDashboard(ctx, code || TOP, page || 1),
    }),
    action({
      button: chartButton,
      access: ["staff", "secretary"],
      async run(ctx, { code }) {
        const view = await dashboardView(ctx, code || TOP);
        if (!view) return;
        const { stats, heads, name } = view;
        const quarter = `${stats.quarter.quarter}/${stats.quarter.year}`;
        const alt = `${totalsText(ctx.t, ctx.deps.config.ORG_NAME, stats, heads)}\n${ctx.t("chart-no-picture")}`;
        // A platform that shows no pictures of ours gets the numbers instead, without drawing anything.
        if (ctx.capabilities.images === "none") return ctx.reply(alt);
        const image = await dashboardChart(ctx.t, stats, heads, { name, alt });
        ctx.reply({ text: ctx.t("chart-caption", { unit: name, quarter }), image });
      },
    }),
    action({
      button: unitViewButton,
      access: ["staff", "secretary"],
      async run(ctx, { code }) {
        const unit = (await ctx.orgTree()).all().find((u) => u.code === code);
        if (!unit) return ctx.reply(ctx.t("unit-code-unknown", { code }));
        if (!canSeeUnit(await ctx.scope(), unit.id)) return ctx.reply(ctx.t("scope-unit-refused", { unit: unit.name }));
        await showUnitOverviews(ctx, [unit.id]);
      },
    }),
  ],
};

/** The units a speaker's dashboard starts from: the roots for staff, a secretary's own units otherwise. */
function topsOf(ctx: ChatContext, tree: OrgTree, scope: Scope): string[] {
  if (hasRole(ctx.speaker.roles, "staff") && scope.wholeBlock) return tree.roots().map((u) => u.id);
  return tree.topsOf(secretaryUnitIds(ctx.speaker.roles));
}

/** The stats of a view and its heads (one unit, or the speaker's tops); undefined after saying why not. */
async function dashboardView(
  ctx: ChatContext,
  code: string,
): Promise<
  { stats: DashboardStats; heads: string[]; code: string; tops: string[]; scope: Scope; name: string } | undefined
> {
  const tree = await ctx.orgTree();
  const scope = await ctx.scope();
  const tops = topsOf(ctx, tree, scope);
  let heads = tops;
  if (code !== TOP) {
    const unit = tree.all().find((u) => u.code === code);
    if (!unit) return void ctx.reply(ctx.t("unit-code-unknown", { code }));
    if (!canSeeUnit(scope, unit.id)) return void ctx.reply(ctx.t("scope-unit-refused", { unit: unit.name }));
    heads = [unit.id];
  }
  if (heads.length === 1 && code === TOP) code = tree.get(heads[0] as string)?.code ?? TOP;
  const now = ctx.deps.clock.now();
  const tz = ctx.deps.config.TZ_NAME;
  const period = { today: today(now, tz), quarter: quarterOf(now, tz) };
  const stats = await dashboardStats(ctx.deps.prisma, ctx.deps.db.sql, tree, period);
  return { stats, heads, code, tops, scope, name: viewName(stats, heads, ctx.deps.config.ORG_NAME) };
}

async function showDashboard(ctx: ChatContext, code: string, page: number): Promise<void> {
  const view = await dashboardView(ctx, code);
  if (!view) return;
  const { stats, heads, tops, scope } = view;
  const totals: OutgoingMessage = { text: totalsText(ctx.t, ctx.deps.config.ORG_NAME, stats, heads) };
  const chart = chartButton.encode({ code: view.code }, ctx.capabilities.maxChoiceValueBytes);
  if (ctx.capabilities.images !== "none" && chart.ok)
    totals.choices = [{ value: chart.value, label: ctx.t("chart-choice") }];
  ctx.reply(totals);
  ctx.reply(attentionMessage(ctx, stats, heads));
  const way = wayDown(ctx, stats, heads, view.code, page, tops, scope);
  if (way) ctx.reply(way);
}

/** What a view is called: its unit, or the organisation when it has several tops. */
export function viewName(stats: DashboardStats, heads: readonly string[], orgName: string): string {
  return heads.length === 1 ? (stats.tree.get(heads[0] as string)?.name ?? "") : orgName;
}

/** The first message of /dashboard: the totals of a view (also a chart's text where no picture can be shown). */
export function totalsText(t: Translate, orgName: string, stats: DashboardStats, heads: readonly string[]): string {
  const total = sumStats(stats, heads);
  const { tree } = stats;
  const quarter = `${stats.quarter.quarter}/${stats.quarter.year}`;
  const name = viewName(stats, heads, orgName);
  const unitCount = heads.reduce((n, id) => n + tree.subtreeIds(id).size, 0);
  const lines = [
    total.reportingUnits > 0
      ? t("dashboard-header", { quarter, filed: total.filed, units: total.reportingUnits })
      : t("dashboard-quarter", { quarter }),
    t("dashboard-scope", { unit: name, members: total.members, units: unitCount }),
  ];
  if (unitCount === 0) lines.push(t("dashboard-empty"));
  // One reporting unit: where its quarterly report stands (chờ duyệt, trả lại, đã duyệt).
  const status = heads.length === 1 ? stats.reportStatus.get(heads[0] as string) : undefined;
  if (status) lines.push(`${name} (${t(reviewStateKey[status])})`);
  lines.push(t("dashboard-funnel", funnelCounts(total)));
  const progress = heads.length === 1 ? stats.progress.get(heads[0] as string) : undefined;
  if (progress && hasTargetsOrProgress(progress)) lines.push(targets(t, progress));
  const alerts: string[] = [];
  if (total.returned > 0) alerts.push(t("dashboard-returned", { count: total.returned }));
  if (total.remarksMissing > 0) alerts.push(t("dashboard-remarks-missing", { count: total.remarksMissing }));
  if (total.remarksOverdue > 0) alerts.push(t("dashboard-remarks-overdue", { count: total.remarksOverdue }));
  if (total.twoYear > 0) alerts.push(t("dashboard-two-year", { count: total.twoYear }));
  if (total.previousLate > 0) {
    const previous = previousQuarter(stats.quarter);
    alerts.push(t("periods-dashboard-previous-late", { quarter: previous.quarter, year: String(previous.year) }));
  }
  if (alerts.length > 0) lines.push(t("register-attention", { alerts: alerts.join(" · ") }));
  lines.push(t("dashboard-legend"));
  return lines.join("\n");
}

function attentionMessage(ctx: ChatContext, stats: DashboardStats, heads: readonly string[]): string {
  const items = attentionList(stats, heads);
  if (items.length === 0) return ctx.t("dashboard-attention-none");
  const headSet = new Set(heads);
  const lines = [ctx.t("dashboard-attention", { count: items.length })];
  for (const item of items.slice(0, ATTENTION_SHOWN)) lines.push(attentionLine(ctx, stats.tree, item, headSet));
  if (items.length > ATTENTION_SHOWN)
    lines.push(ctx.t("dashboard-attention-more", { count: items.length - ATTENTION_SHOWN }));
  return lines.join("\n");
}

function attentionLine(ctx: ChatContext, tree: OrgTree, item: AttentionItem, heads: ReadonlySet<string>): string {
  const parent = item.unit.parentId ? tree.get(item.unit.parentId) : undefined;
  // Names repeat across a province ("Chi đoàn 1"): say whose it is unless that is the unit being viewed.
  const name =
    parent && !heads.has(parent.id) && !heads.has(item.unit.id) ? `${item.unit.name} (${parent.name})` : item.unit.name;
  const reasons: string[] = [];
  if (item.returned) reasons.push(ctx.t("dashboard-reason-returned"));
  if (item.remarksOverdue > 0) reasons.push(ctx.t("dashboard-remarks-overdue", { count: item.remarksOverdue }));
  if (item.twoYear > 0) reasons.push(ctx.t("dashboard-two-year", { count: item.twoYear }));
  if (item.notFiled) reasons.push(ctx.t("dashboard-reason-not-filed"));
  return `- ${name}: ${reasons.join(" · ")}`;
}

function wayDown(
  ctx: ChatContext,
  stats: DashboardStats,
  heads: readonly string[],
  code: string,
  page: number,
  tops: readonly string[],
  scope: Scope,
): { text: string; choices: Choice[] } | undefined {
  const { tree } = stats;
  const single = heads.length === 1 ? tree.get(heads[0] as string) : undefined;
  const below = single ? tree.childrenOf(single.id) : heads.flatMap((id) => tree.get(id) ?? []);
  const pages = Math.max(1, Math.ceil(below.length / CHILDREN_PER_PAGE));
  const current = Math.min(Math.max(1, page), pages);
  const shown = below.slice((current - 1) * CHILDREN_PER_PAGE, current * CHILDREN_PER_PAGE);
  const choices: Choice[] = [];
  // A value the platform would refuse (a very long unit code) is left out rather than breaking the whole keyboard.
  const maxBytes = ctx.capabilities.maxChoiceValueBytes;
  const offer = (encoded: Encoded, label: string) => {
    if (encoded.ok) choices.push({ value: encoded.value, label });
  };
  const view = (unitCode: string, onPage?: number) =>
    dashboardButton.encode(onPage === undefined ? { code: unitCode } : { code: unitCode, page: onPage }, maxBytes);
  for (const unit of shown) {
    const s = stats.rolled.get(unit.id);
    const alerts = s ? s.returned + s.remarksOverdue + s.twoYear : 0;
    offer(view(unit.code), alerts > 0 ? ctx.t("register-unit-alerts", { unit: unit.name, count: alerts }) : unit.name);
  }
  if (current < pages) offer(view(code, current + 1), ctx.t("dashboard-next-page"));
  if (current > 1) offer(view(code, current - 1), ctx.t("dashboard-previous-page"));
  if (single) {
    offer(unitViewButton.encode({ code: single.code }, maxBytes), ctx.t("dashboard-own-view", { unit: single.name }));
    const parent = single.parentId ? tree.get(single.parentId) : undefined;
    if (!tops.includes(single.id) && parent && canSeeUnit(scope, parent.id))
      offer(view(parent.code), ctx.t("dashboard-up", { unit: parent.name }));
    else if (!tops.includes(single.id) || tops.length > 1) offer(view(TOP), ctx.t("dashboard-top"));
  }
  const usable = choices;
  if (usable.length === 0) return undefined;
  const text =
    below.length === 0
      ? ctx.t("dashboard-way-leaf")
      : ctx.t("dashboard-way", {
          from: (current - 1) * CHILDREN_PER_PAGE + 1,
          to: (current - 1) * CHILDREN_PER_PAGE + shown.length,
          count: below.length,
        });
  return { text, choices: usable };
}

function targets(t: Translate, p: TargetProgress): string {
  return t("dashboard-targets", {
    introduced: p.introducedTotal,
    dvutTarget: p.dvutTarget ?? "–",
    admitted: p.admittedTotal,
    partyTarget: p.partyTarget ?? "–",
  });
}

function hasTargetsOrProgress(p: TargetProgress): boolean {
  return p.dvutTarget !== null || p.partyTarget !== null || p.introducedTotal > 0 || p.admittedTotal > 0;
}
