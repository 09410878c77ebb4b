import { randomUUID } from "node:crypto";
import { type DateFields, fromJsonRow } from "../db/rows.ts";
import type { Person, PlatformIdentity, RoleAssignment } from "../generated/prisma/client.ts";
import { isLocale, type Locale } from "../i18n/i18n.ts";
import type { AppDeps } from "./deps.ts";
import type { IncomingMessage } from "./messages.ts";

export interface Speaker {
  /** The stored claim of the update being handled, to be marked processed afterwards. */
  claimId: string | null;
  identity: PlatformIdentity;
  person: Person | null;
  roles: RoleAssignment[];
  lang: Locale;
}

const LAST_SEEN_REFRESH_MS = 5 * 60_000;

const identityDates: DateFields<PlatformIdentity> = {
  unreachableAt: true,
  linkedAt: true,
  createdAt: true,
  lastSeenAt: true,
};
const personDates: DateFields<Person> = { dateOfBirth: true, createdAt: true, updatedAt: true };
const roleDates: DateFields<RoleAssignment> = { createdAt: true, revokedAt: true };

/** A claim this old and never marked processed was lost with a crashed process: the update may be handled again. */
export const STALE_CLAIM_SECONDS = 300;

/**
 * Claims the update and reads the chat account, its person and their active roles in one round trip: this runs
 * for every update. The claim is skipped (and `claimed` is false) when the message has no update key.
 */
const SPEAKER_SQL = `
  WITH claim AS (
    INSERT INTO "InboundUpdate" ("id", "platform", "updateKey", "receivedAt")
    SELECT $3, $1::"Platform", $4, $5::timestamp WHERE $4::text IS NOT NULL
    ON CONFLICT ("platform", "updateKey") DO UPDATE SET "receivedAt" = EXCLUDED."receivedAt"
      WHERE "InboundUpdate"."processedAt" IS NULL
        AND "InboundUpdate"."receivedAt" < EXCLUDED."receivedAt" - make_interval(secs => $6)
    RETURNING "id")
  SELECT (SELECT "id" FROM claim) AS "claimId", to_jsonb(i) AS identity, to_jsonb(p) AS person,
    COALESCE((SELECT jsonb_agg(to_jsonb(r)) FROM "RoleAssignment" r
              WHERE r."personId" = p."id" AND r."revokedAt" IS NULL), '[]'::jsonb) AS roles
  FROM (SELECT 1) AS one
    LEFT JOIN "PlatformIdentity" i ON i."platform" = $1::"Platform" AND i."externalId" = $2
    LEFT JOIN "Person" p ON p."id" = i."personId"`;

interface SpeakerRow {
  claimId: string | null;
  identity: Record<string, unknown> | null;
  person: Record<string, unknown> | null;
  roles: Record<string, unknown>[];
}

/**
 * Finds (or creates) the chat account behind a message, the person it is linked to, and their active roles.
 * A message with an update key is claimed at the same time: null means it was handled before (a webhook retry,
 * a second poller or another instance), across restarts since the claim is stored.
 */
export async function resolveSpeaker(deps: AppDeps, msg: IncomingMessage): Promise<Speaker | null> {
  const { prisma, clock } = deps;
  const key = { platform: msg.platform, externalId: msg.sender.externalId };
  const [row] = await deps.db.sql.query<SpeakerRow>(
    SPEAKER_SQL,
    [key.platform, key.externalId, randomUUID(), msg.updateKey ?? null, clock.now().toISOString(), STALE_CLAIM_SECONDS],
    "resolve-speaker",
  );
  if (msg.updateKey && !row?.claimId) return null;
  let identity = row?.identity ? fromJsonRow<PlatformIdentity>(row.identity, identityDates) : undefined;
  const person = row?.person ? fromJsonRow<Person>(row.person, personDates) : null;
  const roles = (row?.roles ?? []).map((r) => fromJsonRow<RoleAssignment>(r, roleDates));
  if (!identity) {
    identity = await prisma.platformIdentity.upsert({
      where: { platform_externalId: key },
      create: {
        ...key,
        chatId: msg.chatId,
        displayName: msg.sender.displayName ?? null,
        username: msg.sender.username ?? null,
        locale: guessLocale(msg.sender.languageCode),
        lastSeenAt: clock.now(),
      },
      update: {},
    });
  } else if (
    (msg.chatType === "private" && identity.chatId !== msg.chatId) ||
    identity.unreachableAt !== null ||
    clock.now().getTime() - identity.lastSeenAt.getTime() > LAST_SEEN_REFRESH_MS
  ) {
    // A message from them proves they can be reached again (e.g. they unblocked the bot).
    identity = await prisma.platformIdentity.update({
      where: { id: identity.id },
      data: {
        chatId: msg.chatType === "private" ? msg.chatId : identity.chatId,
        lastSeenAt: clock.now(),
        unreachableAt: null,
        displayName: msg.sender.displayName ?? identity.displayName,
      },
    });
  }
  const lang = pickLocale(person?.locale, identity.locale, deps.i18n.defaultLocale);
  return {
    claimId: row?.claimId ?? null,
    identity,
    person: person?.active ? person : null,
    roles: person ? roles : [],
    lang,
  };
}

function guessLocale(languageCode: string | undefined): Locale | null {
  if (!languageCode) return null;
  const base = languageCode.slice(0, 2).toLowerCase();
  return isLocale(base) ? base : null;
}

function pickLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const c of candidates) if (isLocale(c)) return c;
  return "vi";
}
