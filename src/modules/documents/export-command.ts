import type { ChatContext } from "../../core/context.ts";
import { action, type Feature } from "../../core/feature.ts";
import { parseQuarterKey, quarterOf } from "../../core/periods.ts";
import { canSeeUnit, secretaryUnitIds } from "../../core/permissions.ts";
import { k, type MessageKey } from "../../i18n/i18n.ts";
import { exportButton } from "./buttons.ts";
import { replyWithFile } from "./deliver-file.ts";
import {
  documentKinds,
  type FileFormat,
  type FileKind,
  fileFormats,
  fileKinds,
  isDocumentOnly,
} from "./export-file.ts";

const kindWords: Record<string, FileKind> = {
  resolution: "resolution",
  nghiquyet: "resolution",
  handover: "handover",
  danhsach: "handover",
  plan: "plan",
  kehoach: "plan",
  dvut: "dvut",
  remarks: "remarks",
  nhanxet: "remarks",
  "unit-reports": "unit-reports",
  baocao: "unit-reports",
  classification: "classification",
  xeploai: "classification",
};

const kindLabelKey: Record<FileKind, MessageKey> = {
  dvut: k("export-choice-dvut"),
  remarks: k("export-choice-remarks"),
  "unit-reports": k("export-choice-unit-reports"),
  classification: k("export-choice-classification"),
  resolution: k("export-choice-resolution"),
  handover: k("export-choice-handover"),
  plan: k("export-choice-plan"),
};

const formatLabelKey: Record<FileFormat, MessageKey> = {
  xlsx: k("export-format-xlsx"),
  csv: k("export-format-csv"),
  docx: k("export-format-docx"),
};

/**
 * /export [KIND] [YEAR | YEAR-Qn] [UNIT_CODE] [xlsx|csv|docx]: the lists for the Party committee, sent back as a
 * file (or a link where the chat takes no files). Staff get the whole block (or one unit), a secretary the units
 * they are responsible for. Chosen with buttons, a kind is followed by the format: spreadsheet, CSV or document.
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
            choices: fileKinds.map((kind) => ({
              // The documents that are no spreadsheet come as .docx straight away.
              value: exportButton.value({ kind, args: isDocumentOnly(kind) ? ["docx"] : [] }),
              label: ctx.t(kindLabelKey[kind]),
            })),
          });
          return;
        }
        await runExport(ctx, words);
      },
    },
  ],
  actions: [
    action({
      button: exportButton,
      access: ["secretary", "staff"],
      async run(ctx, { kind, args }) {
        const words = args.filter(Boolean);
        if (words.length === 0) {
          const formats = fileFormats.filter((f) => f !== "docx" || documentKinds.includes(kind));
          ctx.reply({
            text: ctx.t("export-choose-format", { kind: ctx.t(kindLabelKey[kind]) }),
            choices: formats.map((f) => ({
              value: exportButton.value({ kind, args: [f] }),
              label: ctx.t(formatLabelKey[f]),
            })),
          });
          return;
        }
        await runExport(ctx, [kind, ...words]);
      },
    }),
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
  let format: FileFormat = isDocumentOnly(kind) ? "docx" : "xlsx";
  let unitCode: string | undefined;
  let memberCode: string | undefined;
  for (const word of rest) {
    const q = parseQuarterKey(word.toUpperCase());
    if (q) [year, quarter] = [q.year, q.quarter];
    else if (/^\d{4}$/.test(word)) [year, quarter] = [Number(word), undefined];
    else if ((fileFormats as readonly string[]).includes(word.toLowerCase())) format = word.toLowerCase() as FileFormat;
    else if (!unitCode && (await ctx.orgTree()).all().some((u) => u.code === word)) unitCode = word;
    else if (await ctx.deps.prisma.person.findUnique({ where: { memberCode: word } })) memberCode = word;
    else unitCode = word;
  }
  if (kind === "remarks" && quarter === undefined) quarter = current.year === year ? current.quarter : 4;
  let unitId = "";
  if (unitCode) {
    const tree = await ctx.orgTree();
    const unit = tree.all().find((u) => u.code === unitCode);
    if (!unit) {
      ctx.reply(ctx.t("unit-code-unknown", { code: unitCode }));
      return;
    }
    if (!canSeeUnit(await ctx.scope(), unit.id)) {
      ctx.reply(ctx.t("scope-unit-refused", { unit: unit.name }));
      return;
    }
    unitId = unit.id;
  } else {
    unitId = await ownUnit(ctx);
  }
  let member: string | undefined;
  if (memberCode) {
    // One ĐVUT's document: their nghị quyết, their bản nhận xét, or the batch they were handed over in.
    const person = await ctx.deps.prisma.person.findUnique({ where: { memberCode } });
    if (!person || !canSeeUnit(await ctx.scope(), person.unitId)) {
      ctx.reply(ctx.t("document-not-allowed"));
      return;
    }
    member = person.id;
    if (kind === "remarks") quarter = undefined;
  }
  await replyWithFile(ctx, {
    kind,
    unit: unitId,
    year,
    quarter: quarter ?? 0,
    format,
    ...(member ? { member } : {}),
  });
}

/** A secretary of one unit exports that unit (its code names the file); staff and others their whole scope (""). */
async function ownUnit(ctx: ChatContext): Promise<string> {
  const scope = await ctx.scope();
  if (scope.wholeBlock) return "";
  const tree = await ctx.orgTree();
  const tops = tree.topsOf(secretaryUnitIds(ctx.speaker.roles));
  return tops.length === 1 ? (tops[0] as string) : "";
}
