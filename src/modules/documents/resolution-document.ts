import type { OrgTree } from "../../core/org.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import type { OrgUnit } from "../../generated/prisma/client.ts";
import { stepDetails } from "../pipeline/index.ts";
import { letterheadFor, recipientsOf } from "./letterhead.ts";
import type { OfficialDocument } from "./official-document.ts";
import type { DocumentEnv } from "./unit-report-document.ts";

export interface SubjectRequest {
  unitIds: ReadonlySet<string>;
  year: number;
  /** One ĐVUT (a person's id): their latest record, whatever its year. */
  personId?: string;
}

/** Journeys of the units: chosen there, or of a member who is there now. */
export const journeyIn = (unitIds: ReadonlySet<string>, personId?: string) => ({
  OR: [{ unitId: { in: [...unitIds] } }, { person: { unitId: { in: [...unitIds] } } }],
  ...(personId ? { personId } : {}),
});

export const yearRange = (year: number) => ({
  gte: new Date(Date.UTC(year, 0, 1)),
  lte: new Date(Date.UTC(year, 11, 31)),
});

const bodyName = (name: string) =>
  name
    .toLocaleLowerCase("vi")
    .replace(/^(bch|ban chấp hành)\s+/, "")
    .trim();

/**
 * The unit whose executive committee passed a nghị quyết: the one the recorded body names among the ĐVUT's units now
 * and when chosen (and those above them); else the đoàn cơ sở above their chi đoàn (the usual case), or the chi đoàn
 * cơ sở itself.
 */
function passingUnit(tree: OrgTree, unitIds: string[], body: string | null): OrgUnit | undefined {
  const chainOf = (id: string) => [tree.get(id), ...tree.ancestors(id)].filter((u): u is OrgUnit => !!u);
  const named = body ? unitIds.flatMap(chainOf).find((u) => bodyName(u.name) === bodyName(body)) : undefined;
  if (named) return named;
  const [own, parent] = chainOf(unitIds[0] as string);
  return parent && tree.ancestors(parent.id).length > 0 ? parent : own;
}

/**
 * Nghị quyết giới thiệu đoàn viên ưu tú vào Đảng (Mẫu 4-KNĐ), one per recorded step: its body, number and date, the
 * members of the body, those present and in favour, and the ĐVUT it introduces; one per page.
 */
export async function resolutionDocuments(env: DocumentEnv, request: SubjectRequest): Promise<OfficialDocument[]> {
  const { db, tree } = env;
  const t = env.letterhead.t;
  const events = await db.candidacyEvent.findMany({
    where: {
      step: "resolution",
      supersededById: null,
      candidacy: journeyIn(request.unitIds, request.personId),
      ...(request.personId ? {} : { occurredOn: yearRange(request.year) }),
    },
    include: { candidacy: { include: { person: true } } },
    orderBy: [{ occurredOn: "asc" }, { recordedAt: "asc" }],
  });
  const chosen = request.personId ? events.slice(-1) : events;
  const docs: OfficialDocument[] = [];
  for (const event of chosen) {
    const { person } = event.candidacy;
    const unit = passingUnit(tree, [person.unitId, event.candidacy.unitId], event.sourceBody);
    const head = await letterheadFor(db, tree, unit, env.letterhead, undefined, event.occurredOn);
    const d = stepDetails(event);
    const members = d.membersTotal ?? 0;
    const inFavour = d.inFavour ?? 0;
    const present = d.present ?? 0;
    const body = event.sourceBody ?? head.issuer;
    const committee = tree.get(person.unitId)?.partyCommittee ?? head.partyCommittee;
    docs.push({
      ...head,
      numberSymbol: event.sourceNumber ?? t("document-number-resolution"),
      title: t("document-resolution-title"),
      subtitle: t("document-resolution-subtitle"),
      intro: [
        t("document-resolution-basis-party"),
        t("document-resolution-basis-union"),
        t("document-resolution-meeting", {
          date: formatVietnameseDate(event.occurredOn),
          body,
          members,
          present,
          inFavour,
          against: Math.max(0, present - inFavour),
          percent: members > 0 ? Math.round((inFavour * 1000) / members) / 10 : 0,
        }),
        { text: t("document-resolution-resolves"), bold: true, center: true },
        t("document-resolution-introduce", {
          name: person.fullName,
          born: person.dateOfBirth ? formatVietnameseDate(person.dateOfBirth) : "……",
          unit: tree.get(person.unitId)?.name ?? "",
          committee: committee ?? t("document-resolution-committee-unnamed"),
        }),
        t("document-resolution-foster", { name: person.fullName }),
      ],
      recipients: recipientsOf(head, t, { committee }),
    });
  }
  return docs;
}
