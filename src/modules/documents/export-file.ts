import type { Writable } from "node:stream";
import { z } from "zod";
import type { AppDeps } from "../../core/deps.ts";
import type { OutgoingFile } from "../../core/messages.ts";
import type { OrgTree } from "../../core/org.ts";
import { canSeeUnit, type Scope } from "../../core/permissions.ts";
import { k, type MessageKey, type Translate } from "../../i18n/i18n.ts";
import { classificationDocument } from "./classification-document.ts";
import { dvutListDocument } from "./dvut-list-document.ts";
import {
  type ExportKind,
  exportFileName,
  exportKinds,
  exportMimeType,
  exportTitleKey,
  openExport,
  writeExport,
  writeExportTo,
} from "./exports.ts";
import { handoverDocuments } from "./handover-document.ts";
import { type OfficialDocument, renderOfficialDocuments } from "./official-document.ts";
import { planDocument } from "./plan-document.ts";
import { remarkDocuments } from "./remark-document.ts";
import { resolutionDocuments } from "./resolution-document.ts";
import { unitReportDocuments } from "./unit-report-document.ts";

export const fileFormats = ["xlsx", "csv", "docx"] as const;
export type FileFormat = (typeof fileFormats)[number];

/** Official documents that are no spreadsheet: the nghị quyết, a handover's danh sách, the year's plan. */
export const documentOnlyKinds = ["resolution", "handover", "plan"] as const;
export const fileKinds = [...exportKinds, ...documentOnlyKinds] as const;
export type FileKind = (typeof fileKinds)[number];

/** The files that exist as an official document (.docx); the remarks' is the bản nhận xét of each ĐVUT. */
export const documentKinds: readonly FileKind[] = [
  "dvut",
  "unit-reports",
  "classification",
  "remarks",
  ...documentOnlyKinds,
];

const documentOnlyTitleKey: Record<(typeof documentOnlyKinds)[number], MessageKey> = {
  resolution: k("document-file-resolution"),
  handover: k("document-file-handover"),
  plan: k("document-file-plan"),
};

export const fileTitleKey: Record<FileKind, MessageKey> = { ...exportTitleKey, ...documentOnlyTitleKey };

export const isDocumentOnly = (kind: FileKind): kind is (typeof documentOnlyKinds)[number] =>
  (documentOnlyKinds as readonly string[]).includes(kind);

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** One file someone asked for: what, for which unit (null: everything the asker may see), when, in which format. */
export const fileRequestSchema = z.object({
  kind: z.enum(fileKinds),
  /** A unit id, or "" for everything in the asker's scope. */
  unit: z.string(),
  year: z.number().int(),
  /** 1-4, or 0 for the whole year. */
  quarter: z.number().int().min(0).max(4),
  format: z.enum(fileFormats),
  /** One ĐVUT (a person's id): their nghị quyết, bản nhận xét or the batch they were handed over in. */
  member: z.string().optional(),
});
export type FileRequest = z.infer<typeof fileRequestSchema>;

export type PreparedFile =
  | {
      ok: true;
      title: string;
      rows: number;
      render(): Promise<OutgoingFile>;
      /** Spreadsheets: writes the file into `out` as its rows are read (memory holds a page, not the file). */
      writeTo?(out: Writable): Promise<{ name: string; mimeType: string }>;
    }
  | { ok: false; reason: "empty"; title: string }
  | { ok: false; reason: "not-allowed" | "no-document" };

/**
 * Checks the request against what the asker may see now and gathers the data; `render()` then writes the bytes.
 * Shared by the chat, the document links' HTTP route and the admin command line, so all three give the same file.
 * Spreadsheets speak the asker's language (`t`); official documents the organisation's (DEFAULT_LOCALE).
 */
export async function prepareFile(
  deps: Pick<AppDeps, "prisma" | "db" | "config" | "i18n" | "clock" | "dialogue">,
  tree: OrgTree,
  scope: Scope,
  request: FileRequest,
  t: Translate,
): Promise<PreparedFile> {
  if (request.unit && (!tree.get(request.unit) || !canSeeUnit(scope, request.unit))) {
    return { ok: false, reason: "not-allowed" };
  }
  if (request.member) {
    const member = await deps.prisma.person.findUnique({ where: { id: request.member } });
    if (!member || !canSeeUnit(scope, member.unitId)) return { ok: false, reason: "not-allowed" };
  }
  const unitIds = request.unit ? tree.subtreeIds(request.unit) : new Set(scope.unitIds);
  if (unitIds.size === 0) return { ok: false, reason: "not-allowed" };
  const quarter = request.quarter === 0 ? undefined : (request.quarter as 1 | 2 | 3 | 4);
  const period = quarter ? `${request.year}-Q${quarter}` : String(request.year);
  const unitCode = request.unit ? tree.get(request.unit)?.code : undefined;
  if (request.format !== "docx" && !isDocumentOnly(request.kind)) {
    const kind = request.kind as ExportKind;
    // Read with the database's own SQL client: no ORM between a province's rows and the file.
    const source = await openExport(
      { prisma: deps.prisma, sql: deps.db.sql },
      tree,
      { kind, unitIds, year: request.year, quarter },
      t,
      deps.dialogue.flow,
    );
    if (source.count === 0) return { ok: false, reason: "empty", title: source.title };
    const format = request.format;
    const name = exportFileName(kind, unitCode, period, format);
    return {
      ok: true,
      title: source.title,
      rows: source.count,
      async render() {
        const { data, mimeType } = await writeExport(source, format);
        return { name, mimeType, data };
      },
      async writeTo(out) {
        await writeExportTo(source, format, out);
        return { name, mimeType: exportMimeType(format) };
      },
    };
  }
  if (request.format !== "docx" || !documentKinds.includes(request.kind)) return { ok: false, reason: "no-document" };
  const docT = deps.i18n.forLocale(deps.config.DEFAULT_LOCALE);
  const env = {
    db: deps.prisma,
    tree,
    letterhead: { config: deps.config, now: deps.clock.now(), t: docT },
    flowOf: deps.dialogue.flow,
  };
  const subject = { unitIds, year: request.year, ...(request.member ? { personId: request.member } : {}) };
  const docs: OfficialDocument[] = [];
  switch (request.kind) {
    case "unit-reports":
      docs.push(...(await unitReportDocuments(env, { unitIds, year: request.year, quarter })));
      break;
    case "remarks":
      docs.push(...(await remarkDocuments(env, { ...subject, ...(quarter ? { quarter } : {}) })));
      break;
    case "resolution":
      docs.push(...(await resolutionDocuments(env, subject)));
      break;
    case "handover":
      docs.push(...(await handoverDocuments(env, subject)));
      break;
    case "plan": {
      // The plan of the unit asked for, or of each unit at the top of the asker's scope (one per page).
      const tops = request.unit ? [request.unit] : tree.topsOf(unitIds);
      for (const id of tops) {
        const unit = tree.get(id);
        const doc = unit ? await planDocument(env, { unit, year: request.year }) : undefined;
        if (doc) docs.push(doc);
      }
      break;
    }
    default: {
      const build = request.kind === "dvut" ? dvutListDocument : classificationDocument;
      const doc = await build(env, { unitIds, year: request.year });
      if (doc) docs.push(doc);
    }
  }
  const titleArgs = (separator: string) => ({
    year: String(request.year),
    period: quarter ? `${quarter}${separator}${request.year}` : String(request.year),
  });
  const title = t(fileTitleKey[request.kind], titleArgs("/"));
  if (docs.length === 0) return { ok: false, reason: "empty", title };
  const memberName = request.member
    ? (await deps.prisma.person.findUnique({ where: { id: request.member } }))?.fullName
    : undefined;
  const unitName = memberName ?? (request.unit ? tree.get(request.unit)?.name : undefined);
  const name = documentFileName(docT(fileTitleKey[request.kind], titleArgs("-")), unitName);
  const single = request.kind === "dvut" || request.kind === "classification";
  return {
    ok: true,
    title,
    rows: single ? (docs[0]?.table?.rows.length ?? 0) : docs.length,
    async render() {
      return { name, mimeType: DOCX_MIME, data: await renderOfficialDocuments(docs, docT) };
    },
  };
}

/** "Danh sách ĐVUT năm 2026 - Đoàn cơ sở Sở Tư pháp.docx": readable, in Unicode, without characters files refuse. */
export function documentFileName(title: string, unitName?: string): string {
  const base = unitName ? `${title} - ${unitName}` : title;
  return `${base.replace(/[\\/:*?"<>|\r\n\t]+/g, "-").trim()}.docx`;
}

/** The same name in plain ASCII, for HTTP clients that ignore `filename*`. */
export function asciiFileName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
}
