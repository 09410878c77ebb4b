import { writeFile } from "node:fs/promises";
import {
  buildExport,
  type ExportFormat,
  type ExportKind,
  exportFileName,
  exportKinds,
  writeExport,
} from "../domain/exports.ts";
import { OrgTree } from "../domain/org.ts";
import { quarterOf } from "../domain/periods.ts";
import { type AdminCommand, parseOptions } from "./command.ts";

/** `export KIND [--unit CODE] [--year Y] [--quarter Q] [--format xlsx|csv] [--out FILE]` */
export const exportCommand: AdminCommand = {
  name: "export",
  usage: `export ${exportKinds.join("|")} [--unit CODE] [--year Y] [--quarter Q] [--format xlsx|csv] [--out FILE]`,
  async run(app, args, out) {
    const { prisma, i18n, clock, config } = app.deps;
    const t = i18n.forLocale(i18n.defaultLocale);
    const { positional, options } = parseOptions(args);
    const kind = positional[0] as ExportKind | undefined;
    const format = (options.format ?? "xlsx") as ExportFormat;
    const current = quarterOf(clock.now(), config.TZ_NAME);
    const year = options.year === undefined ? current.year : Number(options.year);
    const quarter =
      options.quarter === undefined ? (kind === "remarks" ? current.quarter : undefined) : Number(options.quarter);
    if (
      !kind ||
      !exportKinds.includes(kind) ||
      (format !== "xlsx" && format !== "csv") ||
      !Number.isInteger(year) ||
      (quarter !== undefined && ![1, 2, 3, 4].includes(quarter))
    ) {
      out(t("export-admin-usage"));
      return 2;
    }
    const tree = await OrgTree.load(prisma);
    let unitIds = new Set(tree.all().map((u) => u.id));
    const unitCode = typeof options.unit === "string" ? options.unit : undefined;
    if (unitCode) {
      const unit = tree.all().find((u) => u.code === unitCode);
      if (!unit) {
        out(t("unit-code-unknown", { code: unitCode }));
        return 1;
      }
      unitIds = tree.subtreeIds(unit.id);
    }
    const table = await buildExport(
      prisma,
      tree,
      { kind, unitIds, year, quarter: quarter as 1 | 2 | 3 | 4 | undefined },
      t,
    );
    const period = quarter ? `${year}-Q${quarter}` : String(year);
    const file = typeof options.out === "string" ? options.out : exportFileName(kind, unitCode, period, format);
    await writeFile(file, (await writeExport(table, format)).data);
    out(t("export-written", { file, rows: table.rows.length }));
    return 0;
  },
};
