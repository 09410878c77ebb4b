import { randomUUID } from "node:crypto";
import { type DateFields, fromJsonRow } from "../db/rows.ts";
import type { Person, PlatformIdentity, RoleAssignment } from "../generated/prisma/client.ts";
import { isLocale, type Locale } from "../i18n/i18n.ts";
import type { AppDeps } from "./deps.ts";
import { languageOf } from "./language.ts";
import type { IncomingMessage, OutgoingMessage } from "./messages.ts";
import { fromPayload } from "./stored-message.ts";

export interface Speaker {
  /** The stored claim of the update being handled, to be marked processed once answered. */
  claimId: string | null;
  /** The replies stored by an earlier handling of this update that was never confirmed sent: send these again. */
  storedReplies: OutgoingMessage[] | null;
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

/**
 * Claims the updates and reads each one's chat account, its person and their active roles: one statement for all
 * the updates that arrived together, since this runs for every update and a round trip to the database is the
 * largest part of its cost. Updates without a key are not claimed.
 *
 * An update is taken when it is new, when its earlier claim was released, or when that claim is older than the
 * stale period and still unanswered (its instance died). `prior` is the row as it was before this statement: with
 * no claim taken it tells an answered update ("done") from one another instance is handling ("busy").
 */
const SPEAKERS_SQL = `
  WITH input AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
      WITH ORDINALITY AS given("platform", "externalId", "claimId", "updateKey", "n")),
  claim AS (
    INSERT INTO "InboundUpdate" ("id", "platform", "updateKey", "receivedAt", "claimedAt")
    SELECT "claimId", "platform"::"Platform", "updateKey", $5::timestamp, $5::timestamp
      FROM input WHERE "updateKey" IS NOT NULL
    ON CONFLICT ("platform", "updateKey") DO UPDATE SET "claimedAt" = EXCLUDED."claimedAt"
      WHERE "InboundUpdate"."processedAt" IS NULL
        AND ("InboundUpdate"."claimedAt" IS NULL
             OR "InboundUpdate"."claimedAt" < EXCLUDED."claimedAt" - make_interval(secs => $6))
    RETURNING "id", "platform", "updateKey", "replies")
  SELECT claim."id" AS "claimId", claim."replies" AS "storedReplies",
    (prior."processedAt" IS NOT NULL) AS "answered",
    to_jsonb(i) AS identity, to_jsonb(p) AS person,
    COALESCE((SELECT jsonb_agg(to_jsonb(r)) FROM "RoleAssignment" r
              WHERE r."personId" = p."id" AND r."revokedAt" IS NULL), '[]'::jsonb) AS roles
  FROM input
    LEFT JOIN claim ON claim."platform" = input."platform"::"Platform" AND claim."updateKey" = input."updateKey"
    LEFT JOIN "InboundUpdate" prior
      ON prior."platform" = input."platform"::"Platform" AND prior."updateKey" = input."updateKey"
    LEFT JOIN "PlatformIdentity" i ON i."platform" = input."platform"::"Platform" AND i."externalId" = input."externalId"
    LEFT JOIN "Person" p ON p."id" = i."personId"
  ORDER BY input."n"`;

interface SpeakerRow {
  claimId: string | null;
  storedReplies: unknown;
  answered: boolean | null;
  identity: Record<string, unknown> | null;
  person: Record<string, unknown> | null;
  roles: Record<string, unknown>[];
}

/**
 * What reading the speaker of an update found: a speaker to answer, or no work here because the update was
 * answered already ("done") or is being handled by another instance, or was delivered twice at once ("busy").
 */
export type SpeakerRead = { status: "claimed"; speaker: Speaker } | { status: "done" } | { status: "busy" };

interface Waiting {
  msg: IncomingMessage;
  resolve(row: SpeakerRow | "busy" | "done"): void;
  reject(error: unknown): void;
}

const MAX_BATCH = 200;

/**
 * Reads speakers for the dispatcher. Messages arriving in the same turn of the event loop (many chats at once) share
 * one statement; a message alone waits for nothing but that turn to end.
 */
export class SpeakerReader {
  private waiting: Waiting[] = [];

  constructor(private readonly deps: AppDeps) {}

  /**
   * Finds (or creates) the chat account behind a message, the person it is linked to, and their active roles.
   * A message with an update key is claimed at the same time: null means it was handled before (a webhook retry,
   * a second poller or another instance), across restarts since the claim is stored.
   */
  async read(msg: IncomingMessage): Promise<SpeakerRead> {
    const row = await new Promise<SpeakerRow | "busy" | "done">((resolve, reject) => {
      if (this.waiting.push({ msg, resolve, reject }) === 1) setImmediate(() => void this.flush());
    });
    if (row === "busy" || row === "done") return { status: row };
    return { status: "claimed", speaker: await completeSpeaker(this.deps, msg, row) };
  }

  private async flush(): Promise<void> {
    const batch = this.waiting.splice(0, MAX_BATCH);
    if (this.waiting.length > 0) setImmediate(() => void this.flush());
    // The same update twice in one batch (two pollers, a quick retry): the first one claims it, the others are late.
    const keys = new Set<string>();
    const sent: Waiting[] = [];
    for (const w of batch) {
      const key = w.msg.updateKey === undefined ? undefined : `${w.msg.platform}:${w.msg.updateKey}`;
      if (key !== undefined && keys.has(key)) w.resolve("busy");
      else {
        if (key !== undefined) keys.add(key);
        sent.push(w);
      }
    }
    try {
      const rows = await this.deps.db.sql.query<SpeakerRow>(
        SPEAKERS_SQL,
        [
          sent.map((w) => w.msg.platform),
          sent.map((w) => w.msg.sender.externalId),
          sent.map(() => randomUUID()),
          sent.map((w) => w.msg.updateKey ?? null),
          this.deps.clock.now().toISOString(),
          this.deps.config.UPDATE_CLAIM_STALE_SECONDS,
        ],
        "resolve-speakers",
      );
      sent.forEach((w, i) => {
        const row = rows[i];
        if (!row) w.reject(new Error("no speaker row"));
        else if (w.msg.updateKey === undefined || row.claimId) w.resolve(row);
        else w.resolve(row.answered ? "done" : "busy");
      });
    } catch (error) {
      for (const w of sent) w.reject(error);
    }
  }
}

/** One speaker, outside the dispatcher (tests, tools). */
export async function resolveSpeaker(deps: AppDeps, msg: IncomingMessage): Promise<Speaker | null> {
  const read = await new SpeakerReader(deps).read(msg);
  return read.status === "claimed" ? read.speaker : null;
}

/** The speaker of a read row; creates the chat account on first contact and refreshes what changed. */
async function completeSpeaker(deps: AppDeps, msg: IncomingMessage, row: SpeakerRow): Promise<Speaker> {
  const { prisma, clock } = deps;
  const key = { platform: msg.platform, externalId: msg.sender.externalId };
  let identity = row.identity ? fromJsonRow<PlatformIdentity>(row.identity, identityDates) : undefined;
  const person = row.person ? fromJsonRow<Person>(row.person, personDates) : null;
  const roles = row.roles.map((r) => fromJsonRow<RoleAssignment>(r, roleDates));
  if (!identity) {
    identity = await prisma.platformIdentity.upsert({
      where: { platform_externalId: key },
      create: {
        ...key,
        // A group's id is never a person's chat: until they write privately, their user id stands for it (a
        // Telegram private chat has the user's id), and the first private message sets the real one.
        chatId: msg.chatType === "private" ? msg.chatId : msg.sender.externalId,
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
        username: msg.sender.username ?? identity.username,
      },
    });
  }
  const lang = languageOf([person?.locale, identity.locale], deps.i18n.defaultLocale);
  return {
    claimId: row.claimId ?? null,
    storedReplies: storedReplies(row.storedReplies),
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

function storedReplies(value: unknown): OutgoingMessage[] | null {
  if (!Array.isArray(value)) return null;
  const replies = value.map(fromPayload);
  return replies.every((r) => r !== null) ? (replies as OutgoingMessage[]) : null;
}
