import { compareVi } from "../../core/collate.ts";
import type { OutgoingImage } from "../../core/messages.ts";
import type { Translate } from "../../i18n/i18n.ts";
import { type ChartOption, renderChartPng } from "./chart-render.ts";
import { type DashboardStats, funnelCounts, sumStats, type UnitStats } from "./dashboard.ts";

/** Units drawn one by one in the completion chart; the others are summed into one bar. */
export const CHART_UNITS_SHOWN = 10;
export const CHART_WIDTH = 900;
const FUNNEL_HEIGHT = 380;
const BAR_HEIGHT = 34;
/** Unit names longer than this are cut with "…" so that the bars keep their room. */
const NAME_CHARS = 34;

export interface FunnelStep {
  label: string;
  value: number;
}

/** One bar of the completion chart: a unit's reporting units (TCCSĐ) by where their quarterly report stands. */
export interface CompletionRow {
  name: string;
  filed: number;
  returned: number;
  missing: number;
}

/** The ĐVUT funnel of a subtree's totals, in the order of the journey (the same four numbers as the text dashboard). */
export function funnelSteps(t: Translate, total: UnitStats): FunnelStep[] {
  const n = funnelCounts(total);
  return [
    { label: t("chart-stage-selected"), value: n.selected },
    { label: t("chart-stage-awareness"), value: n.awareness },
    { label: t("chart-stage-recognized"), value: n.recognized },
    { label: t("chart-stage-admitted"), value: n.admitted },
  ];
}

/**
 * The units of the dashboard's current view (the units directly below a single unit, or the tops themselves), each
 * with the quarter's unit reports of its subtree; the largest first, the rest after `CHART_UNITS_SHOWN` summed.
 */
export function completionRows(t: Translate, stats: DashboardStats, heads: readonly string[]): CompletionRow[] {
  const { tree } = stats;
  const single = heads.length === 1 ? (heads[0] as string) : undefined;
  const children = single ? tree.childrenOf(single) : [];
  const units = children.length > 0 ? children : heads.flatMap((id) => tree.get(id) ?? []);
  const rows = units
    .map((unit) => ({ unit, s: stats.rolled.get(unit.id) }))
    .filter((r): r is { unit: (typeof units)[number]; s: UnitStats } => (r.s?.reportingUnits ?? 0) > 0)
    .sort((a, b) => b.s.reportingUnits - a.s.reportingUnits || compareVi(a.unit.name, b.unit.name))
    .map(({ unit, s }) => ({ name: unit.name, ...reportCounts(s) }));
  if (rows.length <= CHART_UNITS_SHOWN + 1) return rows;
  const rest = rows.slice(CHART_UNITS_SHOWN);
  const others: CompletionRow = { name: t("chart-others", { count: rest.length }), filed: 0, returned: 0, missing: 0 };
  for (const r of rest) {
    others.filed += r.filed;
    others.returned += r.returned;
    others.missing += r.missing;
  }
  return [...rows.slice(0, CHART_UNITS_SHOWN), others];
}

function reportCounts(s: UnitStats): Omit<CompletionRow, "name"> {
  return { filed: s.filed, returned: s.returned, missing: Math.max(0, s.reportingUnits - s.filed - s.returned) };
}

function shortName(name: string): string {
  const chars = [...name];
  return chars.length <= NAME_CHARS ? name : `${chars.slice(0, NAME_CHARS - 1).join("")}…`;
}

const COLORS = { funnel: ["#1f5fbf", "#3f86d9", "#6aa8e8", "#c0392b"], filed: "#2e8b57", returned: "#e67e22" };

/** The funnel alone, in a box of the given size (used on its own and as the top of the dashboard's picture). */
export function funnelSeries(steps: readonly FunnelStep[], box: { top: number; height: number }): ChartOption {
  return {
    type: "funnel",
    sort: "none",
    left: 40,
    width: CHART_WIDTH - 320,
    top: box.top,
    height: box.height,
    minSize: "8%",
    gap: 3,
    label: { position: "right", fontSize: 15, color: "#222", formatter: "{b}: {c}" },
    labelLine: { length: 18 },
    data: steps.map((s, i) => ({ name: s.label, value: s.value, itemStyle: { color: COLORS.funnel[i] } })),
  };
}

export interface ChartTexts {
  title: string;
  funnelTitle: string;
  completionTitle: string;
  filed: string;
  returned: string;
  missing: string;
  noReports: string;
}

/** The height of the dashboard's picture for `rows` bars. */
export function chartHeight(rows: number): number {
  return FUNNEL_HEIGHT + 110 + Math.max(rows, 1) * BAR_HEIGHT + 70;
}

/**
 * The dashboard's picture, for a phone held upright: the ĐVUT funnel on top, the completion of the quarter's unit
 * reports by unit below it (stacked bars: filed, returned, not yet filed).
 */
export function dashboardChartOption(
  texts: ChartTexts,
  steps: readonly FunnelStep[],
  rows: readonly CompletionRow[],
): ChartOption {
  const barsTop = FUNNEL_HEIGHT + 110;
  const names = rows.map((r) => shortName(r.name));
  const bar = (name: string, field: "filed" | "returned" | "missing", color: string) => ({
    type: "bar",
    name,
    stack: "reports",
    barWidth: BAR_HEIGHT - 12,
    itemStyle: { color },
    label: { show: true, color: "#fff", fontSize: 13, formatter: (p: { value: number }) => (p.value ? p.value : "") },
    data: rows.map((r) => r[field]),
  });
  return {
    backgroundColor: "#ffffff",
    title: [
      { text: texts.title, left: "center", top: 12, textStyle: { fontSize: 20, fontWeight: 600, color: "#111" } },
      { text: texts.funnelTitle, left: 24, top: 52, textStyle: { fontSize: 16, fontWeight: 600, color: "#333" } },
      {
        text: rows.length > 0 ? texts.completionTitle : `${texts.completionTitle}\n${texts.noReports}`,
        left: 24,
        top: FUNNEL_HEIGHT + 40,
        textStyle: { fontSize: 16, fontWeight: 600, color: "#333" },
      },
    ],
    legend: {
      top: FUNNEL_HEIGHT + 70,
      left: 24,
      textStyle: { fontSize: 14, color: "#333" },
      data: [texts.filed, texts.returned, texts.missing],
    },
    grid: { left: 24, right: 40, top: barsTop, bottom: 40, containLabel: true },
    xAxis: { type: "value", minInterval: 1, axisLabel: { fontSize: 12 } },
    yAxis: { type: "category", inverse: true, data: names, axisLabel: { fontSize: 13, color: "#222" } },
    series: [
      funnelSeries(steps, { top: 90, height: FUNNEL_HEIGHT - 110 }),
      bar(texts.filed, "filed", COLORS.filed),
      bar(texts.returned, "returned", COLORS.returned),
      { ...bar(texts.missing, "missing", "#9aa0a6") },
    ],
  };
}

/** The texts of the picture, in the reader's language. */
export function chartTexts(t: Translate, unit: string, quarter: string): ChartTexts {
  return {
    title: t("chart-title", { unit, quarter }),
    funnelTitle: t("chart-funnel-title"),
    completionTitle: t("chart-completion-title", { quarter }),
    filed: t("chart-filed"),
    returned: t("chart-returned"),
    missing: t("chart-missing"),
    noReports: t("chart-no-reports"),
  };
}

/**
 * The dashboard's picture of a view (`heads`: one unit, or the speaker's tops), as an image for a message. `alt` is
 * said instead where the platform cannot show it.
 */
export async function dashboardChart(
  t: Translate,
  stats: DashboardStats,
  heads: readonly string[],
  view: { name: string; alt: string },
): Promise<OutgoingImage> {
  const quarter = `${stats.quarter.quarter}/${stats.quarter.year}`;
  const rows = completionRows(t, stats, heads);
  const option = dashboardChartOption(chartTexts(t, view.name, quarter), funnelSteps(t, sumStats(stats, heads)), rows);
  const data = await renderChartPng(option, CHART_WIDTH, chartHeight(rows.length));
  return { name: `bieu-do-${stats.quarter.year}-q${stats.quarter.quarter}.png`, data, alt: view.alt };
}
