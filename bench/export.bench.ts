import { performance } from "node:perf_hooks";
import { Writable } from "node:stream";
import type { App } from "../src/app.ts";
import { OrgTree } from "../src/core/org.ts";
import { I18n } from "../src/i18n/i18n.ts";
import { type ExportFormat, type ExportKind, openExport, writeExportTo } from "../src/modules/documents/exports.ts";
import { openBenchApp } from "./bench-app.ts";
import type { Benchmark } from "./registry.ts";
import { generateOrg } from "./scale.ts";

const NOW = "2026-11-26T02:00:00Z";

/** A stream that only counts what is written: the file's size without keeping it. */
function countingSink(): { out: Writable; bytes: () => number } {
  let bytes = 0;
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  return { out, bytes: () => bytes };
}

/**
 * One whole-organisation export as the admin command line writes it (read a page at a time, streamed into the file),
 * timed; also the highest heap seen meanwhile, above what was in use before it started.
 */
export async function timeExport(
  app: App,
  kind: ExportKind,
  format: ExportFormat,
  year = 2026,
): Promise<{ ms: number; rows: number; bytes: number; heapMb: number }> {
  const t = new I18n("vi").forLocale("vi");
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  const sampler = setInterval(() => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }, 10);
  const started = performance.now();
  try {
    const tree = await OrgTree.load(app.deps.prisma);
    const unitIds = new Set(tree.all().map((u) => u.id));
    const source = await openExport(
      { prisma: app.deps.prisma, sql: app.deps.db.sql },
      tree,
      { kind, unitIds, year },
      t,
    );
    const sink = countingSink();
    const finished = new Promise((resolve) => sink.out.once("finish", resolve));
    await writeExportTo(source, format, sink.out);
    await finished;
    return {
      ms: performance.now() - started,
      rows: source.count,
      bytes: sink.bytes(),
      heapMb: Math.max(0, heapPeak - heapBefore) / 1048576,
    };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * The whole-organisation exports on a generated block (57 units, 6,000 members, 600 ĐVUT) or province (2,000 units,
 * 100,000 members, 10,000 ĐVUT): the ĐVUT list as .xlsx and .csv, and the year's classifications (one row per
 * member) as .xlsx. Target: `export_ms` (the ĐVUT list, .xlsx) under 1 s for 10,000 rows on PostgreSQL.
 */
export const exportBenchmark: Benchmark = {
  name: "export",
  description: "whole-organisation exports streamed to a file (ĐVUT .xlsx/.csv, classifications) at --scale",
  async run(options) {
    const { app, db, close } = await openBenchApp(options.postgresUrl, NOW);
    try {
      await generateOrg(db, options.scale, { now: NOW });
      await timeExport(app, "dvut", "xlsx"); // warm-up
      const xlsx = await medianOf(3, () => timeExport(app, "dvut", "xlsx"));
      const csv = await medianOf(3, () => timeExport(app, "dvut", "csv"));
      // One row per member: the generator classifies every member for 2024 and 2025.
      const classification = await timeExport(app, "classification", "xlsx", 2025);
      const read = await timeRead(app);
      return {
        metrics: {
          database: db.kind,
          export_ms: Math.round(xlsx.ms),
          export_rows: xlsx.rows,
          export_csv_ms: Math.round(csv.ms),
          export_read_ms: Math.round(read),
          export_heap_mb: Math.round(xlsx.heapMb),
          classification_export_ms: Math.round(classification.ms),
          classification_export_rows: classification.rows,
          classification_export_heap_mb: Math.round(classification.heapMb),
        },
        rows: [
          ["database", db.kind],
          [
            "ĐVUT export .xlsx (median of 3)",
            `${xlsx.ms.toFixed(0)} ms, ${xlsx.rows} rows, ${(xlsx.bytes / 1024).toFixed(0)} KB, heap +${xlsx.heapMb.toFixed(0)} MB`,
          ],
          ["ĐVUT export .csv (median of 3)", `${csv.ms.toFixed(0)} ms, ${csv.rows} rows`],
          ["ĐVUT export: reading the rows only", `${read.toFixed(0)} ms`],
          [
            "classifications .xlsx",
            `${classification.ms.toFixed(0)} ms, ${classification.rows} rows, heap +${classification.heapMb.toFixed(0)} MB`,
          ],
        ],
      };
    } finally {
      await close();
    }
  },
};

/** The ĐVUT list's reading alone (order, then every page), without writing a file. */
async function timeRead(app: App): Promise<number> {
  const t = new I18n("vi").forLocale("vi");
  const started = performance.now();
  const tree = await OrgTree.load(app.deps.prisma);
  const unitIds = new Set(tree.all().map((u) => u.id));
  const source = await openExport(
    { prisma: app.deps.prisma, sql: app.deps.db.sql },
    tree,
    { kind: "dvut", unitIds, year: 2026 },
    t,
  );
  for await (const _page of source.pages());
  return performance.now() - started;
}

async function medianOf<T extends { ms: number }>(times: number, work: () => Promise<T>): Promise<T> {
  const samples: T[] = [];
  for (let i = 0; i < times; i++) samples.push(await work());
  samples.sort((a, b) => a.ms - b.ms);
  return samples[Math.floor(samples.length / 2)] as T;
}
