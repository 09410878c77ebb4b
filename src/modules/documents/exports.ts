import { Writable } from "node:stream";
import { compareVi } from "../../core/collate.ts";
import type { Db } from "../../core/db.ts";
import type { AnyFlow, Step } from "../../core/dialogue/flow.ts";
import { withCounted } from "../../core/dialogue/render.ts";
import type { OrgTree } from "../../core/org.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import { neutraliseCell } from "../../core/spreadsheet-safety.ts";
import type { SqlClient } from "../../db/database.ts";
import type { CandidacyStage, Classification, JourneyStep, ReportStatus } from "../../generated/prisma/client.ts";
import { k, type MessageKey, type Translate } from "../../i18n/i18n.ts";
import { classificationLabelKey, closedStages, exitSteps, stageLabelKey } from "../pipeline/index.ts";
import { XlsxSheetWriter } from "./xlsx-writer.ts";

/** The lists the Party committee asks for. */
export const exportKinds = ["dvut", "remarks", "unit-reports", "classification"] as const;
export type ExportKind = (typeof exportKinds)[number];
export type ExportFormat = "xlsx" | "csv";

export const exportTitleKey: Record<ExportKind, MessageKey> = {
  dvut: k("export-title-dvut"),
  remarks: k("export-title-remarks"),
  "unit-reports": k("export-title-unit-reports"),
  classification: k("export-title-classification"),
};

const statusLabelKey: Record<ReportStatus, MessageKey> = {
  submitted: k("export-status-submitted"),
  returned: k("export-status-returned"),
  approved: k("export-status-approved"),
  declined: k("export-status-declined"),
};

const genderLabelKey: Record<string, MessageKey> = { male: k("export-gender-male"), female: k("export-gender-female") };

export type Cell = string | number | boolean | Date | null;

export interface ExportTable {
  title: string;
  headers: string[];
  rows: Cell[][];
  /** The record behind each row, where one exists (the ĐVUT list: the journey's id), for reading a file back. */
  keys?: string[];
  /** The unit of each row's member (the ĐVUT list, the classification), for documents split by unit. */
  rowUnits?: string[];
}

/**
 * An export read a page at a time: its title and headers, how many rows it has, and the rows in order. Writers
 * (`writeExportTo`) put each page into the file as it comes, so a province's list is never held in memory whole,
 * nor its spreadsheet XML.
 */
export interface ExportSource {
  title: string;
  headers: string[];
  /** How many rows the export has (known before any is read). */
  count: number;
  /** The record behind each row, in row order, where one exists (see `ExportTable.keys`). */
  keys?: string[];
  /** The unit of each row's member, in row order, where rows are members (see `ExportTable.rowUnits`). */
  rowUnits?: string[];
  pages(): AsyncIterable<Cell[][]>;
}

/** Rows read from the database and written to the file at a time. */
export const EXPORT_PAGE_SIZE = 500;

export interface ExportRequest {
  kind: ExportKind;
  /** The units to include (a unit and everything below it, already limited to what the asker may see). */
  unitIds: ReadonlySet<string>;
  year: number;
  /** For remarks (required) and unit reports (optional: the whole year when absent). */
  quarter?: 1 | 2 | 3 | 4;
}

/** The flows that filed reports, by id (the dialogue runtime's lookup): their questions name the columns. */
export type FlowLookup = (id: string) => AnyFlow | undefined;

/**
 * Opens one export to be read a page at a time; headers and labels in the caller's language. The ĐVUT list and the
 * classifications (the large ones: a province's 10,000 ĐVUT, 100,000 members) first read only what orders the rows,
 * then each page's records; reports are read whole, because their columns are the questions of every report.
 */
export async function openExport(
  db: ExportDb,
  tree: OrgTree,
  request: ExportRequest,
  t: Translate,
  flows?: FlowLookup,
): Promise<ExportSource> {
  switch (request.kind) {
    case "dvut":
      return dvutList(db, tree, request, t);
    case "remarks":
    case "unit-reports":
      return tableSource(await reports(prismaOf(db), tree, request, t, flows));
    case "classification":
      return classification(db, tree, request, t);
  }
}

/** Builds one export as a table of cells, all rows in memory (for documents and tests; files use `openExport`). */
export async function buildExport(
  db: ExportDb,
  tree: OrgTree,
  request: ExportRequest,
  t: Translate,
  flows?: FlowLookup,
): Promise<ExportTable> {
  const source = await openExport(db, tree, request, t, flows);
  const rows: Cell[][] = [];
  for await (const page of source.pages()) rows.push(...page);
  return {
    title: source.title,
    headers: source.headers,
    rows,
    ...(source.keys ? { keys: source.keys } : {}),
    ...(source.rowUnits ? { rowUnits: source.rowUnits } : {}),
  };
}

/** A table already in memory, as a source of one page. */
export function tableSource(table: ExportTable): ExportSource {
  return {
    title: table.title,
    headers: table.headers,
    count: table.rows.length,
    ...(table.keys ? { keys: table.keys } : {}),
    ...(table.rowUnits ? { rowUnits: table.rowUnits } : {}),
    async *pages() {
      if (table.rows.length > 0) yield table.rows;
    },
  };
}

/**
 * Reads records by id a page at a time, in the order of `ids`, and turns each into a row numbered from 1. The next
 * page is asked for while the current one is being written (the database works while the file is made), so memory
 * holds two pages at most.
 */
async function* pagesById<T extends { id: string }>(
  ids: readonly string[],
  read: (page: string[]) => Promise<T[]>,
  toRow: (record: T, no: number) => Cell[],
): AsyncIterable<Cell[][]> {
  const fetch = (from: number) => {
    const page = ids.slice(from, from + EXPORT_PAGE_SIZE);
    const records = read(page);
    // Not awaited until its turn: a failure is reported then, not as an unhandled rejection meanwhile.
    records.catch(() => {});
    return { from, page, records };
  };
  let next = ids.length > 0 ? fetch(0) : undefined;
  while (next) {
    const { from, page, records } = next;
    const byId = new Map((await records).map((r) => [r.id, r]));
    next = from + EXPORT_PAGE_SIZE < ids.length ? fetch(from + EXPORT_PAGE_SIZE) : undefined;
    // A record removed since the order was read is left out.
    yield page.flatMap((id, i) => {
      const record = byId.get(id);
      return record ? [toRow(record, from + i + 1)] : [];
    });
  }
}

function unitName(tree: OrgTree, unitId: string): string {
  return tree.get(unitId)?.name ?? "";
}

/**
 * Root first ("Đoàn Khối › Đoàn cơ sở A › Chi đoàn 1"), so rows of one grassroots unit stay together. The units' paths
 * are put in order once (a rank per unit; units whose paths read the same share one), so sorting 10,000 rows compares
 * numbers and, within a unit, names.
 */
function byUnitThenName(tree: OrgTree) {
  const path = (unitId: string) =>
    [...tree.ancestors(unitId)]
      .reverse()
      .concat(tree.get(unitId) ?? [])
      .map((u) => u.name)
      .join(" › ");
  const paths = tree.all().map((u) => ({ id: u.id, path: path(u.id) }));
  // A unit not in the tree reads as an empty path, as before: first.
  paths.push({ id: "", path: "" });
  paths.sort((a, b) => compareVi(a.path, b.path));
  const ranks = new Map<string, number>();
  let rank = 0;
  paths.forEach((p, i) => {
    if (i > 0 && compareVi((paths[i - 1] as { path: string }).path, p.path) !== 0) rank++;
    ranks.set(p.id, rank);
  });
  const unknown = ranks.get("") as number;
  const rankOf = (unitId: string) => ranks.get(unitId) ?? unknown;
  return (a: { unitId: string; fullName: string }, b: { unitId: string; fullName: string }) =>
    rankOf(a.unitId) - rankOf(b.unitId) || compareVi(a.fullName, b.fullName);
}

/** A date read as text ("2026-03-10"), as the client gives @db.Date columns: UTC midnight. */
function utcDay(text: string | null): Date | null {
  if (text === null) return null;
  // The usual shape without parsing a string as a date (a province's list has about 50,000 of them).
  if (text.length === 10 && text[4] === "-" && text[7] === "-") {
    const time = Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
    if (!Number.isNaN(time)) return new Date(time);
  }
  return new Date(`${text}T00:00:00Z`);
}

/**
 * Where the large exports read with plain SQL: the database's own SQL client when given (no ORM between a page's
 * rows and the file: several times faster on a province), else the Prisma client's raw queries. Same statements,
 * same results (columns are text or integers).
 */
export type ExportDb = Db | { prisma: Db; sql: Pick<SqlClient, "query"> };

function withSql(db: ExportDb): db is { prisma: Db; sql: Pick<SqlClient, "query"> } {
  return "prisma" in db && "sql" in db;
}

function prismaOf(db: ExportDb): Db {
  return withSql(db) ? db.prisma : db;
}

function sqlOf(db: ExportDb): <T>(text: string, params: unknown[]) => Promise<T[]> {
  if (withSql(db)) return (text, params) => db.sql.query(text, params);
  return <T>(text: string, params: unknown[]) => db.$queryRawUnsafe<T[]>(text, ...params);
}

/** One step of an ĐVUT's journey, as the list's columns and its note need it. */
interface DvutStep {
  step: JourneyStep;
  toStage: CandidacyStage;
  occurredOn: Date;
  /** The stage model's certificate date, kept in the awareness class step's details. */
  certificateDate: string | null;
  /** A stage-model exit's reason, kept in its details. */
  detailReason: string | null;
  reason: string | null;
  sourceBody: string | null;
}

/** One ĐVUT row's record, as the list's columns need it. */
interface DvutRecord {
  id: string;
  stage: CandidacyStage;
  selectedOn: Date | null;
  certificateDate: Date | null;
  votesFor: number | null;
  votesTotal: number | null;
  resolutionNumber: string | null;
  resolutionDate: Date | null;
  person: {
    memberCode: string | null;
    fullName: string;
    dateOfBirth: Date | null;
    gender: string | null;
    unitId: string;
  };
  mentor: { fullName: string; position: string | null } | null;
  /** The journey's current steps (corrections applied), in the order they were recorded. */
  events: DvutStep[];
}

/**
 * A page of ĐVUT records in two flat statements, the records (person and mentor joined) and their current steps,
 * with only the two fields of the steps' details the list shows: no JSON built by the database nor parsed here, which
 * on a province's 10,000 rows was most of the reading. Dates travel as text and become UTC midnights, as the client
 * gives @db.Date columns, on every driver.
 */
async function readDvutPage(db: ExportDb, ids: string[]): Promise<DvutRecord[]> {
  const sql = sqlOf(db);
  const [rows, steps] = await Promise.all([
    sql<{
      id: string;
      stage: CandidacyStage;
      selectedOn: string | null;
      certificateDate: string | null;
      votesFor: number | null;
      votesTotal: number | null;
      resolutionNumber: string | null;
      resolutionDate: string | null;
      memberCode: string | null;
      fullName: string;
      dateOfBirth: string | null;
      gender: string | null;
      unitId: string;
      mentorName: string | null;
      mentorPosition: string | null;
    }>(
      `SELECT c.id, c.stage::text AS stage, c."selectedOn"::text AS "selectedOn",
         c."certificateDate"::text AS "certificateDate", c."votesFor", c."votesTotal", c."resolutionNumber",
         c."resolutionDate"::text AS "resolutionDate", p."memberCode", p."fullName",
         p."dateOfBirth"::text AS "dateOfBirth", p.gender, p."unitId", m."fullName" AS "mentorName",
         m.position AS "mentorPosition"
       FROM "Candidacy" c JOIN "Person" p ON p.id = c."personId" LEFT JOIN "Mentor" m ON m.id = c."mentorId"
       WHERE c.id = ANY($1::text[])`,
      [ids],
    ),
    sql<{
      candidacyId: string;
      step: JourneyStep;
      toStage: CandidacyStage;
      occurredOn: string;
      certificateDate: string | null;
      detailReason: string | null;
      reason: string | null;
      sourceBody: string | null;
    }>(
      `SELECT e."candidacyId", e.step::text AS step, e."toStage"::text AS "toStage",
         e."occurredOn"::text AS "occurredOn",
         CASE WHEN jsonb_typeof(e.details::jsonb -> 'certificateDate') = 'string'
           THEN e.details::jsonb ->> 'certificateDate' END AS "certificateDate",
         CASE WHEN jsonb_typeof(e.details::jsonb -> 'reason') = 'string'
           THEN e.details::jsonb ->> 'reason' END AS "detailReason",
         e.reason, e."sourceBody"
       FROM "CandidacyEvent" e
       WHERE e."candidacyId" = ANY($1::text[]) AND e."supersededById" IS NULL AND e.step::text <> 'file_item'
       ORDER BY e."candidacyId", e."recordedAt"`,
      [ids],
    ),
  ]);
  const stepsOf = new Map<string, DvutStep[]>();
  for (const e of steps) {
    let list = stepsOf.get(e.candidacyId);
    if (!list) {
      list = [];
      stepsOf.set(e.candidacyId, list);
    }
    list.push({
      step: e.step,
      toStage: e.toStage,
      occurredOn: utcDay(e.occurredOn) as Date,
      certificateDate: e.certificateDate,
      detailReason: e.detailReason,
      reason: e.reason,
      sourceBody: e.sourceBody,
    });
  }
  return rows.map((r) => ({
    id: r.id,
    stage: r.stage,
    selectedOn: utcDay(r.selectedOn),
    certificateDate: utcDay(r.certificateDate),
    votesFor: r.votesFor,
    votesTotal: r.votesTotal,
    resolutionNumber: r.resolutionNumber,
    resolutionDate: utcDay(r.resolutionDate),
    person: {
      memberCode: r.memberCode,
      fullName: r.fullName,
      dateOfBirth: utcDay(r.dateOfBirth),
      gender: r.gender,
      unitId: r.unitId,
    },
    mentor: r.mentorName === null ? null : { fullName: r.mentorName, position: r.mentorPosition },
    events: stepsOf.get(r.id) ?? [],
  }));
}

/** ĐVUT of the units: still on the way, or whose record moved during the year; each step's date and the mentor. */
async function dvutList(db: ExportDb, tree: OrgTree, request: ExportRequest, t: Translate): Promise<ExportSource> {
  const yearStart = `${String(request.year).padStart(4, "0")}-01-01`;
  // What orders the rows, for every row, in one statement; each page's records are read when it is written.
  const order = await sqlOf(db)<{ id: string; unitId: string; fullName: string }>(
    `SELECT c.id, p."unitId", p."fullName"
     FROM "Candidacy" c JOIN "Person" p ON p.id = c."personId"
     WHERE p."unitId" = ANY($1::text[]) AND (c.stage::text <> ALL($2::text[]) OR c."stageDate" >= $3::date)`,
    [[...request.unitIds], [...closedStages], yearStart],
  );
  order.sort(byUnitThenName(tree));
  const ids = order.map((c) => c.id);
  const headers = [
    t("export-col-no"),
    t("export-col-member-code"),
    t("export-col-full-name"),
    t("export-col-date-of-birth"),
    t("export-col-gender"),
    t("export-col-unit"),
    t("export-col-stage"),
    t("export-col-selected-on"),
    t("export-col-votes"),
    t("export-col-resolution"),
    t("export-col-introduced-on"),
    t("export-col-handed-over-on"),
    t("export-col-certificate-date"),
    t("export-col-recognized-on"),
    t("export-col-mentor"),
    t("export-col-admitted-on"),
    t("export-col-full-member-on"),
    t("export-col-note"),
  ];
  // Labels looked up once, not once per row.
  const stageLabels = new Map<CandidacyStage, string>();
  const stageLabel = (stage: CandidacyStage) => {
    let label = stageLabels.get(stage);
    if (label === undefined) {
      label = t(stageLabelKey[stage]);
      stageLabels.set(stage, label);
    }
    return label;
  };
  const genderLabels = new Map(Object.entries(genderLabelKey).map(([g, key]) => [g, t(key)]));
  const toRow = (c: DvutRecord, no: number): Cell[] => {
    const on = new Map<CandidacyStage, DvutStep>();
    for (const e of c.events) on.set(e.toStage, e);
    const certificate = on.get("awareness_class")?.certificateDate;
    const note = dvutNote(c.events, t);
    return [
      no,
      c.person.memberCode,
      c.person.fullName,
      c.person.dateOfBirth,
      c.person.gender ? (genderLabels.get(c.person.gender) ?? c.person.gender) : c.person.gender,
      unitName(tree, c.person.unitId),
      stageLabel(c.stage),
      c.selectedOn,
      c.votesFor !== null && c.votesTotal !== null ? `${c.votesFor}/${c.votesTotal}` : null,
      c.resolutionNumber,
      c.resolutionDate ?? on.get("introduced")?.occurredOn ?? null,
      on.get("handed_over")?.occurredOn ?? null,
      // The key date follows corrections; the certificate date in the details is the stage model's, kept as it was.
      c.certificateDate ?? (certificate ? new Date(certificate) : (on.get("awareness_class")?.occurredOn ?? null)),
      on.get("recognized")?.occurredOn ?? null,
      c.mentor ? `${c.mentor.fullName}${c.mentor.position ? `, ${c.mentor.position}` : ""}` : null,
      on.get("admitted")?.occurredOn ?? null,
      on.get("full_member")?.occurredOn ?? null,
      note,
    ];
  };
  return {
    title: t(exportTitleKey.dvut, { year: String(request.year) }),
    headers,
    count: ids.length,
    keys: ids,
    rowUnits: order.map((c) => c.unitId),
    pages: () => pagesById(ids, (page) => readDvutPage(db, page), toRow),
  };
}

/**
 * The "Ghi chú" of an ĐVUT row: where a journey came from (transfer in), and the exit's reason as recorded on the step
 * (where to, for a transfer out); a stage-model exit kept its reason in the details.
 */
function dvutNote(events: readonly DvutStep[], t: Translate): string | null {
  const parts: string[] = [];
  const cameIn = events.find((e) => e.step === "transfer_in");
  if (cameIn?.sourceBody) parts.push(t("export-note-came-from", { place: cameIn.sourceBody }));
  const exit = events.filter((e) => (exitSteps as readonly string[]).includes(e.step)).at(-1);
  if (exit) {
    if (exit.step === "transfer_out" && exit.sourceBody)
      parts.push(t("export-note-moved-to", { place: exit.sourceBody }));
    const reason = exit.reason ?? exit.detailReason;
    if (typeof reason === "string" && reason.trim()) parts.push(reason.trim());
  }
  return parts.length > 0 ? parts.join("; ") : null;
}

/**
 * Quarterly remarks or unit reports: the common columns, then one column per question of the flow that filed them,
 * in question order, headed by the question's short name, with labels instead of stored codes. Internal fields
 * (the flow's id, its parameters, record ids) are not exported.
 */
async function reports(
  db: Db,
  tree: OrgTree,
  request: ExportRequest,
  t: Translate,
  flows?: FlowLookup,
): Promise<ExportTable> {
  const remarks = request.kind === "remarks";
  const list = await db.report.findMany({
    where: {
      kind: remarks ? "dvut_remark" : "unit_quarterly",
      unitId: { in: [...request.unitIds] },
      year: request.year,
      ...(request.quarter ? { quarter: request.quarter } : {}),
    },
    orderBy: [{ quarter: "asc" }, { submittedAt: "asc" }],
  });
  const personIds = [...new Set(list.flatMap((r) => [r.authorId, ...(r.subjectPersonId ? [r.subjectPersonId] : [])]))];
  const people = new Map(
    (
      await db.person.findMany({
        where: { id: { in: personIds } },
        select: { id: true, fullName: true, memberCode: true },
      })
    ).map((p) => [p.id, p]),
  );
  const columns: { id: string; header: string }[] = [];
  const flattened = list.map((r) => answerCells(r.data, t, columns, flows));
  const headers = [
    t("export-col-no"),
    t("export-col-unit"),
    t("export-col-quarter"),
    ...(remarks ? [t("export-col-member-code"), t("export-col-full-name")] : []),
    t("export-col-author"),
    t("export-col-status"),
    t("export-col-submitted-at"),
    t("export-col-version"),
    t("periods-export-col-due"),
    t("periods-export-col-on-time"),
    ...columns.map((c) => c.header),
  ];
  const sorted = list.map((r, i) => ({ r, data: flattened[i] as Record<string, Cell> }));
  sorted.sort(
    (a, b) =>
      (a.r.quarter ?? 0) - (b.r.quarter ?? 0) || compareVi(unitName(tree, a.r.unitId), unitName(tree, b.r.unitId)),
  );
  const rows = sorted.map(({ r, data }, i): Cell[] => {
    const subject = r.subjectPersonId ? people.get(r.subjectPersonId) : undefined;
    return [
      i + 1,
      unitName(tree, r.unitId),
      r.quarter ? `${r.quarter}/${r.year}` : String(r.year),
      ...(remarks ? [subject?.memberCode ?? null, subject?.fullName ?? null] : []),
      people.get(r.authorId)?.fullName ?? null,
      t(statusLabelKey[r.status]),
      r.submittedAt,
      r.version,
      r.dueOn,
      r.dueOn ? t(r.late ? k("periods-export-late") : k("periods-export-on-time")) : null,
      ...columns.map((c) => data[c.id] ?? null),
    ];
  });
  const period = request.quarter ? `${request.quarter}/${request.year}` : String(request.year);
  return { title: t(exportTitleKey[request.kind], { period }), headers, rows };
}

/** Each member's classification for the year (the latest correction counts). */
async function classification(
  db: ExportDb,
  tree: OrgTree,
  request: ExportRequest,
  t: Translate,
): Promise<ExportSource> {
  // What picks and orders the rows (the latest classification of each member), for every row, in one statement: a
  // province has 100,000 members. Each page's records are read when it is written.
  const sql = sqlOf(db);
  const latest = await sql<{ id: string; unitId: string; fullName: string }>(
    `SELECT DISTINCT ON (a."personId") a.id, p."unitId", p."fullName"
     FROM "AnnualClassification" a JOIN "Person" p ON p.id = a."personId"
     WHERE a.year = $1 AND p."unitId" = ANY($2::text[])
     ORDER BY a."personId", a."createdAt" DESC`,
    [request.year, [...request.unitIds]],
  );
  const sorted = latest.sort(byUnitThenName(tree));
  const ids = sorted.map((c) => c.id);
  const headers = [
    t("export-col-no"),
    t("export-col-member-code"),
    t("export-col-full-name"),
    t("export-col-date-of-birth"),
    t("export-col-unit"),
    t("export-col-classification"),
    t("export-col-reason"),
  ];
  const read = (page: string[]) =>
    sql<{
      id: string;
      category: Classification;
      reason: string | null;
      memberCode: string | null;
      fullName: string;
      dateOfBirth: string | null;
      unitId: string;
    }>(
      `SELECT a.id, a.category::text AS category, a.reason, p."memberCode", p."fullName",
         p."dateOfBirth"::text AS "dateOfBirth", p."unitId"
       FROM "AnnualClassification" a JOIN "Person" p ON p.id = a."personId"
       WHERE a.id = ANY($1::text[])`,
      [page],
    );
  return {
    title: t(exportTitleKey.classification, { year: String(request.year) }),
    headers,
    count: ids.length,
    rowUnits: sorted.map((c) => c.unitId),
    pages: () =>
      pagesById(ids, read, (c, no): Cell[] => [
        no,
        c.memberCode,
        c.fullName,
        utcDay(c.dateOfBirth),
        unitName(tree, c.unitId),
        t(classificationLabelKey[c.category]),
        c.reason,
      ]),
  };
}

/** One report's answers as cells by question id; `columns` collects the questions in order across reports. */
function answerCells(
  data: unknown,
  t: Translate,
  columns: { id: string; header: string }[],
  flows?: FlowLookup,
): Record<string, Cell> {
  const stored = (data ?? {}) as {
    flowId?: unknown;
    answers?: Record<string, unknown>;
    params?: unknown;
    counted?: Record<string, unknown>;
  };
  const answers = stored.answers ?? {};
  const counted = stored.counted ?? {};
  const flow = typeof stored.flowId === "string" ? flows?.(stored.flowId) : undefined;
  const params = flow?.params.safeParse(stored.params);
  const cells: Record<string, Cell> = {};
  const column = (id: string, header: string) => {
    if (!columns.some((c) => c.id === id)) columns.push({ id, header });
  };
  if (flow && params?.success) {
    for (const step of flow.steps(params.data)) {
      column(step.id, t(step.labelKey, step.labelArgs?.(params.data)));
      const cell = answerCell(step, answers[step.id], t);
      // A figure that differs from what the bot counted when it was filed: both, as on the reviewer's screen.
      const known = counted[step.id];
      cells[step.id] =
        typeof cell === "number" && typeof known === "number" && known !== cell
          ? withCounted(cell, String(cell), known, t)
          : cell;
    }
    return cells;
  }
  // A report of a flow that no longer exists (or stored without one): its answers, flattened, under their stored
  // names; never the flow's id or parameters.
  const {
    flowId: _flowId,
    params: _params,
    answers: _answers,
    counted: _counted,
    ...rest
  } = stored as Record<string, unknown>;
  for (const [key, value] of Object.entries(flatten(stored.answers ?? rest))) {
    column(key, key);
    cells[key] = value;
  }
  return cells;
}

/** An answer as staff read it: option labels, Có/Không, names, dates. */
function answerCell(step: Step<unknown>, value: unknown, t: Translate): Cell {
  if (value === null || value === undefined) return null;
  const label = (v: unknown) => {
    const options = step.kind === "choice" || step.kind === "multi" ? step.options : [];
    const option = options.find((o) => o.value === v);
    return option?.labelKey ? t(option.labelKey) : (option?.label ?? String(v));
  };
  if (typeof value === "boolean") return t(value ? "flow-yes" : "flow-no");
  if (Array.isArray(value)) return value.map(label).join("; ");
  if (typeof value === "object") return String((value as { name?: unknown }).name ?? "");
  if (step.kind === "choice") return label(value);
  if (step.kind === "date" && typeof value === "string") return new Date(`${value}T00:00:00Z`);
  return value as Cell;
}

/** `{ a: 1, b: { c: "x" }, d: ["p", "q"] }` → `{ a: 1, "b.c": "x", d: "p; q" }`, whatever fields a flow stores. */
export function flatten(value: unknown, prefix = "", into: Record<string, Cell> = {}): Record<string, Cell> {
  if (value === null || value === undefined) {
    if (prefix) into[prefix] = null;
    return into;
  }
  if (Array.isArray(value)) {
    const simple = value.every((v) => v === null || ["string", "number", "boolean"].includes(typeof v));
    into[prefix || "value"] = simple ? value.join("; ") : JSON.stringify(value);
    return into;
  }
  if (typeof value === "object" && !(value instanceof Date)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
    return into;
  }
  into[prefix || "value"] = value as Cell;
  return into;
}

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const CSV_MIME = "text/csv; charset=utf-8";

/**
 * Writes an export as .xlsx into `out`, a page at a time (`XlsxSheetWriter`: the sheet's XML made and deflated as each
 * page comes, so memory holds one page, not the sheet). Column widths come from the header and the first 50 rows; a
 * date is shown as dd/mm/yyyy; the header row is bold and frozen, with an AutoFilter when there are rows.
 */
export async function writeXlsxTo(source: ExportSource, out: Writable): Promise<void> {
  const pages = source.pages()[Symbol.asyncIterator]();
  let next = await pages.next();
  // The first page sets the columns, before any row is written.
  const first: Cell[][] = next.done ? [] : next.value;
  const sample = first.slice(0, 50);
  const writer = new XlsxSheetWriter(out, {
    name: source.title.slice(0, 31).replace(/[\\/?*[\]:]/g, "-"),
    headers: source.headers,
    widths: source.headers.map((header, index) =>
      Math.min(50, Math.max(6, header.length + 2, ...sample.map((r) => cellWidth(r[index] ?? null)))),
    ),
    dateColumns: source.headers.map((_, index) => first.some((r) => r[index] instanceof Date)),
    autoFilter: source.count > 0,
  });
  while (!next.done) {
    await writer.writeRows(next.value);
    next = await pages.next();
  }
  await writer.finish();
  await new Promise<void>((resolve, reject) => {
    out.once("error", reject);
    out.end(resolve);
  });
}

export async function writeXlsx(table: ExportTable): Promise<Buffer> {
  return collect((out) => writeXlsxTo(tableSource(table), out));
}

function cellWidth(cell: Cell): number {
  if (cell instanceof Date) return 12;
  return String(cell ?? "").length + 2;
}

/**
 * CSV in UTF-8 with a BOM, so Excel shows Vietnamese; dates as dd/mm/yyyy; no cell runs as a formula. Every row has as
 * many fields as the header, empty trailing cells included. Written into `out` a page at a time.
 */
export async function writeCsvTo(source: ExportSource, out: Writable): Promise<void> {
  const field = (cell: Cell | undefined) => {
    const text =
      cell === null || cell === undefined
        ? ""
        : cell instanceof Date
          ? formatVietnameseDate(cell)
          : String(neutraliseCell(cell));
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const line = (cells: readonly (Cell | undefined)[]) => source.headers.map((_, i) => field(cells[i])).join(",");
  const write = (chunk: Buffer | string) =>
    new Promise<void>((resolve, reject) => {
      if (out.write(chunk)) resolve();
      else {
        out.once("drain", resolve);
        out.once("error", reject);
      }
    });
  await write(Buffer.from([0xef, 0xbb, 0xbf]));
  await write(`${line(source.headers)}\r\n`);
  for await (const page of source.pages()) {
    if (page.length > 0) await write(`${page.map(line).join("\r\n")}\r\n`);
  }
  await new Promise<void>((resolve, reject) => {
    out.once("error", reject);
    out.end(resolve);
  });
}

export async function writeCsv(table: ExportTable): Promise<Buffer> {
  return collect((out) => writeCsvTo(tableSource(table), out));
}

/** Writes an export in a format into `out` (ended when done). */
export async function writeExportTo(source: ExportSource, format: ExportFormat, out: Writable): Promise<void> {
  await (format === "xlsx" ? writeXlsxTo(source, out) : writeCsvTo(source, out));
}

export function exportMimeType(format: ExportFormat): string {
  return format === "xlsx" ? XLSX_MIME : CSV_MIME;
}

/** An export's file in memory (a file sent in a chat is uploaded whole anyway). */
export async function writeExport(source: ExportSource | ExportTable, format: ExportFormat) {
  const opened = "pages" in source ? source : tableSource(source);
  return { data: await collect((out) => writeExportTo(opened, format, out)), mimeType: exportMimeType(format) };
}

/** What a writer puts into a stream, as one buffer. */
async function collect(write: (out: Writable) => Promise<void>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const finished = new Promise<void>((resolve, reject) => {
    out.once("finish", resolve);
    out.once("error", reject);
  });
  await write(out);
  await finished;
  return Buffer.concat(chunks);
}

/** "dvut-STP-2026.xlsx", "remarks-all-2026-Q4.csv": plain ASCII names every platform accepts. */
export function exportFileName(kind: ExportKind, unitCode: string | undefined, period: string, format: ExportFormat) {
  const unit = (unitCode ?? "all").replace(/[^A-Za-z0-9_-]/g, "_");
  return `${kind}-${unit}-${period}.${format}`;
}
