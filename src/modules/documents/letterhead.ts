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
  env: {
    config: Pick<Config, "ORG_NAME" | "TZ_NAME" | "DOCUMENT_PLACE" | "DOCUMENT_SUPERIOR">;
    now: Date;
    t: Translate;
  },
  author?: { personId: string; fullName: string },
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
  return {
    ...(config.DOCUMENT_SUPERIOR ? { superior: config.DOCUMENT_SUPERIOR } : {}),
    issuer: unit ? t("document-issuer", { unit: unit.name }) : config.ORG_NAME,
    place: config.DOCUMENT_PLACE ?? BLANK_PLACE,
    date: today(now, config.TZ_NAME),
    signature: {
      onBehalfOf: t("document-on-behalf"),
      role: secretary?.deputy ? t("document-signer-role-deputy") : t("document-signer-role"),
      name: secretary?.person.fullName ?? author?.fullName ?? "",
    },
    parentName: parent?.name,
  };
}
