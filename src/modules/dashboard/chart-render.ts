import { createRequire } from "node:module";

/**
 * Charts drawn on the server: an ECharts option rendered by ECharts' server-side SVG renderer, then rasterised to PNG
 * by resvg with a font shipped through npm (Be Vietnam Pro, SIL Open Font License 1.1, which covers Vietnamese), so
 * the picture is the same on every machine: no browser, no system fonts, no native build step. Both libraries are
 * loaded on the first chart only, so a service that never draws one does not hold them in memory.
 */

const require = createRequire(import.meta.url);

/** The font family every label is drawn in (the name inside the font files below). */
export const CHART_FONT_FAMILY = "Be Vietnam Pro";

/** The font files handed to resvg: regular for labels, semibold for titles. */
export const CHART_FONT_FILES: readonly string[] = [
  require.resolve("@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf"),
  require.resolve("@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf"),
];

/** An ECharts option object (see echarts' `EChartsOption`); kept loose so the libraries load only when drawing. */
export type ChartOption = Record<string, unknown>;

/** Renders an ECharts option to an SVG string, server-side (no DOM). */
export async function renderChartSvg(option: ChartOption, width: number, height: number): Promise<string> {
  const echarts = await import("echarts");
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT_FAMILY }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Rasterises SVG to PNG with the shipped font only (`loadSystemFonts: false`). */
export async function svgToPng(svg: string): Promise<Buffer> {
  const { Resvg } = await import("@resvg/resvg-js");
  const resvg = new Resvg(svg, {
    background: "#ffffff",
    fitTo: { mode: "original" },
    font: { loadSystemFonts: false, fontFiles: [...CHART_FONT_FILES], defaultFontFamily: CHART_FONT_FAMILY },
  });
  return Buffer.from(resvg.render().asPng());
}

/** An ECharts option as a PNG of `width` × `height` pixels. */
export async function renderChartPng(option: ChartOption, width: number, height: number): Promise<Buffer> {
  return svgToPng(await renderChartSvg(option, width, height));
}
