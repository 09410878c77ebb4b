import type { ChatContext } from "../../core/context.ts";
import type { Feature } from "../../core/feature.ts";
import { canSeeUnit } from "../../core/permissions.ts";
import {
  buildExport,
  type ExportFormat,
  type ExportKind,
  exportFileName,
  exportKinds,
  writeExport,
} from "../../domain/exports.ts";
import { parseQuarterKey, quarterOf } from "../../domain/periods.ts";
import { k } from "../../i18n/i18n.ts";

const kindWords: Record<string, ExportKind> = {
  dvut: "dvut",
  remarks: "remarks",
  nhanxet: "remarks",
  "unit-reports": "unit-reports",
  baocao: "unit-reports",
  classification: "classification",
  xeploai: "classification",
};

const kindLabelKey: Record<ExportKind, string> = {
  dvut: k("export-choice-dvut"),
  remarks: k("export-choice-remarks"),
  "unit-reports": k("export-choice-unit-reports"),
  classification: k("export-choice-classification"),
};

/**
 * /export [KIND] [YEAR | YEAR-Qn] [UNIT_CODE] [csv]: the lists for the Party committee, sent back as a file.
 * Staff get the whole block (or one unit), a secretary the units they are responsible for.
 */
export const exportFeature: Feature = {
  name: "export",
  commands: [
    {
      name: "export",
      access: ["secretary", "staff"],
      descriptionKey: "cmd-export",
      async run(ctx, args) {
        const words = args.trim().split(/\s+/).filter(Boolean);
        if (words.length === 0) {
          ctx.reply({
            text: ctx.t("export-choose"),
            choices: exportKinds.map((kind) => ({ value: `export:${kind}`, label: ctx.t(kindLabelKey[kind]) })),
          });
          return;
        }
        await runExport(ctx, words);
      },
    },
  ],
  actions: [
    {
      prefix: "export",
      access: ["secretary", "staff"],
      async run(ctx, rest) {
        await runExport(ctx, [rest]);
      },
    },
  ],
};

async function runExport(ctx: ChatContext, words: string[]): Promise<void> {
  const [first = "", ...rest] = words;
  const kind = kindWords[first.toLowerCase()];
  if (!kind) {
    ctx.reply(ctx.t("export-usage"));
    return;
  }
  const now = ctx.deps.clock.now();
  const current = quarterOf(now, ctx.deps.config.TZ_NAME);
  let year = current.year;
  let quarter: 1 | 2 | 3 | 4 | undefined = kind === "remarks" || kind === "unit-reports" ? current.quarter : undefined;
  let format: ExportFormat = "xlsx";
  let unitCode: string | undefined;
  for (const word of rest) {
    const q = parseQuarterKey(word.toUpperCase());
    if (q) [year, quarter] = [q.year, q.quarter];
    else if (/^\d{4}$/.test(word)) [year, quarter] = [Number(word), undefined];
    else if (word.toLowerCase() === "csv" || word.toLowerCase() === "xlsx") format = word.toLowerCase() as ExportFormat;
    else unitCode = word;
  }
  if (kind === "remarks" && quarter === undefined) quarter = current.year === year ? current.quarter : 4;
  const tree = await ctx.orgTree();
  const scope = await ctx.scope();
  let unitIds: Set<string>;
  if (unitCode) {
    const unit = tree.all().find((u) => u.code === unitCode);
    if (!unit) {
      ctx.reply(ctx.t("unit-code-unknown", { code: unitCode }));
      return;
    }
    if (!canSeeUnit(scope, unit.id)) {
      ctx.reply(ctx.t("scope-unit-refused", { unit: unit.name }));
      return;
    }
    unitIds = tree.subtreeIds(unit.id);
  } else unitIds = new Set(scope.unitIds);
  const table = await buildExport(ctx.deps.prisma, tree, { kind, unitIds, year, quarter }, ctx.t);
  const period = quarter ? `${year}-Q${quarter}` : String(year);
  const secretaryOf = ctx.speaker.roles.flatMap((r) =>
    r.role === "secretary" && r.revokedAt === null && r.unitId ? [tree.get(r.unitId)?.code ?? ""] : [],
  );
  const fileUnit = unitCode ?? (scope.wholeBlock ? undefined : secretaryOf.join("_") || undefined);
  if (table.rows.length === 0) {
    ctx.reply(ctx.t("export-empty", { title: table.title }));
    return;
  }
  const { data, mimeType } = await writeExport(table, format);
  ctx.reply({
    text: ctx.t("export-ready", { title: table.title, rows: table.rows.length }),
    files: [{ name: exportFileName(kind, fileUnit, period, format), mimeType, data }],
  });
}
