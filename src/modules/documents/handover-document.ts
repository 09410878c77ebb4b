import { compareVi } from "../../core/collate.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import { stepDetails } from "../pipeline/index.ts";
import { issuingUnit, letterheadFor, recipientsOf } from "./letterhead.ts";
import type { OfficialDocument } from "./official-document.ts";
import { journeyIn, type SubjectRequest } from "./resolution-document.ts";
import type { DocumentEnv } from "./unit-report-document.ts";

/**
 * The danh sách of a handover batch (giới thiệu / trao danh sách ĐVUT cho cấp ủy, II.2.3): exactly the ĐVUT handed
 * over together, to which cấp ủy, on which day and holiday, under the covering document's number. Handover steps
 * recorded before batches existed (or one at a time on the command line) form a batch with the others of the same
 * day, cấp ủy and number. One batch per page: every batch of the year, or the one of an ĐVUT's latest handover.
 */
export async function handoverDocuments(env: DocumentEnv, request: SubjectRequest): Promise<OfficialDocument[]> {
  const { db, tree } = env;
  const t = env.letterhead.t;
  const events = await db.candidacyEvent.findMany({
    where: { step: "handover", supersededById: null, candidacy: journeyIn(request.unitIds) },
    include: { batch: true, candidacy: { include: { person: true } } },
    orderBy: [{ occurredOn: "asc" }, { recordedAt: "asc" }],
  });
  const keyOf = (e: (typeof events)[number]) =>
    e.batchId ?? `${e.occurredOn.toISOString()}|${e.sourceBody ?? ""}|${e.sourceNumber ?? ""}`;
  const batches = new Map<string, typeof events>();
  for (const e of events) batches.set(keyOf(e), [...(batches.get(keyOf(e)) ?? []), e]);
  const theirs = request.personId ? events.filter((e) => e.candidacy.personId === request.personId).at(-1) : undefined;
  const chosen = [...batches].filter(([key, rows]) =>
    theirs ? key === keyOf(theirs) : (rows[0] as (typeof events)[number]).occurredOn.getUTCFullYear() === request.year,
  );
  const docs: OfficialDocument[] = [];
  for (const [, batchRows] of chosen) {
    const rows = [...batchRows].sort((a, b) => compareVi(a.candidacy.person.fullName, b.candidacy.person.fullName));
    const first = rows[0] as (typeof events)[number];
    const batch = first.batch;
    const committee = batch?.committee ?? first.sourceBody ?? "";
    const handedOn = batch?.handedOn ?? first.occurredOn;
    const number = batch?.number ?? first.sourceNumber;
    const holiday = batch?.holiday ?? stepDetails(first).holiday;
    const unit =
      (batch?.unitId ? tree.get(batch.unitId) : undefined) ??
      issuingUnit(tree, new Set(rows.map((r) => r.candidacy.unitId)));
    const head = await letterheadFor(db, tree, unit, env.letterhead, undefined, handedOn);
    const issuer = unit?.name ?? env.letterhead.config.ORG_NAME;
    docs.push({
      ...head,
      numberSymbol: number ?? t("document-number-list"),
      title: t("document-dvut-title"),
      subtitle: holiday
        ? t("document-handover-subtitle-holiday", { committee, holiday })
        : t("document-handover-subtitle", { committee }),
      intro: [
        t("document-handover-intro", {
          date: formatVietnameseDate(handedOn),
          unit: issuer,
          committee,
          count: rows.length,
        }),
      ],
      table: {
        headers: [
          t("export-col-no"),
          t("export-col-full-name"),
          t("export-col-date-of-birth"),
          t("export-col-unit"),
          t("export-col-selected-on"),
          t("export-col-certificate-date"),
        ],
        rows: rows.map((r, i) => {
          const { person, selectedOn, certificateDate } = r.candidacy;
          const date = (value: Date | null) => (value ? formatVietnameseDate(value) : "");
          return [
            String(i + 1),
            person.fullName,
            date(person.dateOfBirth),
            tree.get(person.unitId)?.name ?? "",
            date(selectedOn),
            date(certificateDate),
          ];
        }),
      },
      recipients: recipientsOf(head, t, { committee }),
    });
  }
  return docs;
}
