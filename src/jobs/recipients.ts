import type { Db } from "../core/db.ts";
import { languageOf } from "../core/language.ts";
import type { OrgTree } from "../core/org.ts";
import type { Platform } from "../generated/prisma/client.ts";
import type { Locale } from "../i18n/i18n.ts";

/** A person a job can write to: their language and the chat accounts that can still be reached. */
export interface Recipient {
  id: string;
  fullName: string;
  unitId: string;
  lang: Locale;
  identities: { platform: Platform; chatId: string }[];
}

const withReachableIdentities = {
  identities: {
    where: { unreachableAt: null },
    select: { platform: true, chatId: true },
    orderBy: { platform: "asc" },
  },
} as const;

function toRecipient(
  person: { id: string; fullName: string; unitId: string; locale: string; identities: Recipient["identities"] },
  fallback: Locale,
): Recipient {
  return {
    id: person.id,
    fullName: person.fullName,
    unitId: person.unitId,
    lang: languageOf(person.locale, fallback),
    identities: person.identities,
  };
}

/** Active people among `ids` with at least one reachable chat account. */
export async function loadRecipients(db: Db, ids: Iterable<string>, fallback: Locale): Promise<Map<string, Recipient>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const people = await db.person.findMany({
    where: { id: { in: unique }, active: true },
    include: withReachableIdentities,
  });
  return new Map(people.filter((p) => p.identities.length > 0).map((p) => [p.id, toRecipient(p, fallback)]));
}

/** Every active member who has not opted out of the weekly message and can be reached, by name. */
export async function weeklyAudience(db: Db, fallback: Locale): Promise<Recipient[]> {
  const people = await db.person.findMany({
    where: { active: true, weeklyOptOut: false, identities: { some: { unreachableAt: null } } },
    include: withReachableIdentities,
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
  });
  return people.map((p) => toRecipient(p, fallback));
}

/** "Chi đoàn 1 › Đoàn cơ sở A": where a unit sits, without the root everybody shares. */
export function unitLabel(tree: OrgTree, unitId: string): string {
  const unit = tree.get(unitId);
  if (!unit) return "?";
  const chain = [unit, ...tree.ancestors(unitId)];
  if (chain.length > 1) chain.pop();
  return chain.map((u) => u.name).join(" › ");
}

/**
 * One page of `weeklyAudience` in id order, after the id `after`: for fan-outs written a batch at a time. One SQL
 * statement (the page's people with their reachable accounts as JSON) rather than the client's two queries and its
 * per-row mapping, which cost more than the database's work at 1,000 people a page.
 */
export async function weeklyAudiencePage(
  db: Db,
  fallback: Locale,
  after: string | undefined,
  size: number,
): Promise<Recipient[]> {
  const rows = await db.$queryRawUnsafe<
    { id: string; fullName: string; unitId: string; locale: string; identities: string }[]
  >(
    // The accounts are aggregated per person in a lateral subquery, so the page walks the person index from `after`
    // (an EXISTS here let the planner merge-join the whole identity index from its start on every page).
    `SELECT p.id, p."fullName", p."unitId", p.locale, accounts.identities::text AS identities
     FROM "Person" p
     CROSS JOIN LATERAL (
       SELECT json_agg(json_build_object('platform', i.platform, 'chatId', i."chatId") ORDER BY i.platform, i.id) AS identities
       FROM "PlatformIdentity" i WHERE i."personId" = p.id AND i."unreachableAt" IS NULL
     ) accounts
     WHERE p.active AND NOT p."weeklyOptOut" AND p.id > $1 AND accounts.identities IS NOT NULL
     ORDER BY p.id
     LIMIT $2`,
    after ?? "",
    size,
  );
  return rows.map((row) => toRecipient({ ...row, identities: JSON.parse(row.identities) }, fallback));
}
