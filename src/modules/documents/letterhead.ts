import type { Config } from "../../config.ts";
import type { Db } from "../../core/db.ts";
import type { OrgTree } from "../../core/org.ts";
import { today } from "../../core/periods.ts";
import type { OrgUnit } from "../../generated/prisma/client.ts";
import type { Translate } from "../../i18n/i18n.ts";
import type { OfficialDocument } from "./official-document.ts";

/** The parts of an official document that depend on who issues it, not on what it says. */
export type Letterhead = Pick<OfficialDocument, "superior" | "issuer" | "place" | "date" | "signature"> & {
  /** The unit above the issuer, for "Nơi nhận". */
  parentName?: string;
  /** The issuer's cấp ủy (OrgUnit.partyCommittee), named in "Nơi nhận". */
  partyCommittee?: string;
};

export type LetterheadEnv = {
  config: Pick<
    Config,
    "ORG_NAME" | "TZ_NAME" | "DOCUMENT_PLACE" | "DOCUMENT_SUPERIOR" | "DOCUMENT_STANDING_COMMITTEE_LEVELS"
  >;
  now: Date;
  t: Translate;
};

/** Dots to fill by hand when no place is configured. */
const BLANK_PLACE = "…………";

/**
 * The unit that issues a document about a set of units: the one unit at the top of the set, or none when the set
 * has several tops (a secretary of two unrelated units): the organisation's name is used then.
 */
export function issuingUnit(tree: OrgTree, unitIds: ReadonlySet<string>): OrgUnit | undefined {
  const tops = tree.topsOf(unitIds);
  return tops.length === 1 ? tree.get(tops[0] as string) : undefined;
}

/**
 * The configured superior body, issuer "BCH <unit>", the configured place, today's date in the union's timezone, and
 * the signer under their real title: the author of what is issued when they hold the unit's secretary role (a Phó Bí
 * thư who filed the report signs it as PHÓ BÍ THƯ), else the unit's Bí thư, or its Phó Bí thư when it has no Bí thư.
 */
export async function letterheadFor(
  db: Db,
  tree: OrgTree,
  unit: OrgUnit | undefined,
  env: LetterheadEnv,
  author?: { personId: string; fullName: string },
  /** The document's own date (a nghị quyết's meeting, a handover's day); today when absent. */
  on?: Date,
): Promise<Letterhead> {
  const { config, now, t } = env;
  const held = { role: "secretary" as const, revokedAt: null };
  const select = { deputy: true, person: { select: { fullName: true } } };
  const own =
    unit && author
      ? await db.roleAssignment.findFirst({ where: { ...held, unitId: unit.id, personId: author.personId }, select })
      : null;
  const secretary =
    own ??
    (unit
      ? await db.roleAssignment.findFirst({
          where: { ...held, unitId: unit.id },
          orderBy: [{ deputy: "asc" }, { createdAt: "asc" }],
          select,
        })
      : null);
  const parent = unit?.parentId ? tree.get(unit.parentId) : undefined;
  // The top levels have a standing committee and sign for it; the others for their executive committee.
  const level = unit ? tree.ancestors(unit.id).length : 0;
  const standing = level < config.DOCUMENT_STANDING_COMMITTEE_LEVELS;
  return {
    ...(config.DOCUMENT_SUPERIOR ? { superior: config.DOCUMENT_SUPERIOR } : {}),
    issuer: unit ? t("document-issuer", { unit: unit.name }) : config.ORG_NAME,
    place: config.DOCUMENT_PLACE ?? BLANK_PLACE,
    date: on ?? today(now, config.TZ_NAME),
    signature: {
      onBehalfOf: standing ? t("document-on-behalf-standing") : t("document-on-behalf"),
      role: secretary?.deputy ? t("document-signer-role-deputy") : t("document-signer-role"),
      name: secretary?.person.fullName ?? author?.fullName ?? "",
    },
    parentName: parent?.name,
    ...(unit?.partyCommittee ? { partyCommittee: unit.partyCommittee } : {}),
  };
}

/**
 * "Nơi nhận" as union documents write it: the cấp ủy by name (for consideration) when the unit has one recorded,
 * the level above "(b/c)", then the archive. `committee` names another cấp ủy (a handover's).
 */
export function recipientsOf(
  head: Letterhead,
  t: Translate,
  options: { committee?: string | null; toCommittee?: boolean } = {},
): string[] {
  const committee = options.committee ?? head.partyCommittee;
  const toCommittee = options.toCommittee ?? true;
  return [
    ...(toCommittee
      ? [committee ? t("document-to-committee-named", { committee }) : t("document-to-party-committee")]
      : []),
    ...(head.parentName ? [t("document-to-parent", { unit: head.parentName })] : []),
    t("document-archive"),
  ];
}
