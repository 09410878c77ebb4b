import { z } from "zod";
import type { Clock } from "../../clock.ts";
import { writeAudit } from "../../core/audit.ts";
import type { Db, Tx } from "../../core/db.ts";
import { cleanText } from "../../core/dialogue/inputs.ts";
import { languageOf } from "../../core/language.ts";
import type { OutgoingMessage, Platform } from "../../core/messages.ts";
import type { OrgTree } from "../../core/org.ts";
import { canSeeUnit, type Scope } from "../../core/permissions.ts";
import type { Broadcast, CandidacyStage, Prisma, PrismaClient } from "../../generated/prisma/client.ts";
import { type I18n, k, type MessageKey } from "../../i18n/i18n.ts";
import { type DeliveryInput, enqueue, refreshOutboxStatistics } from "../../outbox/enqueue.ts";

/** Who a broadcast goes to. Stored as JSON in Broadcast.audience. */
export const audienceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("all") }),
  z.object({ kind: z.literal("unit"), unitId: z.string() }),
  z.object({ kind: z.literal("role"), role: z.literal("secretary") }),
  z.object({ kind: z.literal("dvut") }),
  z.object({ kind: z.literal("platform"), platform: z.enum(["telegram", "zalo", "terminal"]) }),
  /** The registered group chats of a unit and the units below it (of every unit in scope without unitId). */
  z.object({ kind: z.literal("groups"), unitId: z.string().optional() }),
]);
export type Audience = z.infer<typeof audienceSchema>;

/** An outstanding member on the way to the Party: selected and neither admitted nor out. */
export const OPEN_CANDIDACY_STAGES: CandidacyStage[] = [
  "selected",
  "introduced",
  "handed_over",
  "awareness_class",
  "recognized",
];

export const BROADCAST_TEXT_MAX = 4000;
/** Queuing a broadcast to thousands writes thousands of rows in one transaction. */
export const BROADCAST_TX_TIMEOUT_MS = 120_000;

export interface Recipient {
  platform: Platform;
  chatId: string;
  personId: string | null;
  /** The person's chosen language, as stored (null for a group chat): `languageOf` decides what is spoken. */
  locale: string | null;
}

export type Refusal = { ok: false; reasonKey: MessageKey; args?: Record<string, string | number> };

/** Whether this scope may send to this audience; a secretary stays inside their own units. */
export function checkAudience(audience: Audience, scope: Scope, tree: OrgTree): { ok: true } | Refusal {
  if (!scope.wholeBlock && scope.unitIds.size === 0) return { ok: false, reasonKey: "broadcast-refused-no-scope" };
  const unitId = audience.kind === "unit" || audience.kind === "groups" ? audience.unitId : undefined;
  if (unitId !== undefined) {
    const unit = tree.get(unitId);
    if (!unit) return { ok: false, reasonKey: "broadcast-refused-unit-unknown" };
    if (!canSeeUnit(scope, unitId)) {
      return { ok: false, reasonKey: "broadcast-refused-out-of-scope", args: { unit: unit.name } };
    }
  }
  return { ok: true };
}

/** Units the audience covers, within scope; undefined means every unit (staff sending to the whole block). */
function unitsOf(audience: Audience, scope: Scope, tree: OrgTree): string[] | undefined {
  const unitId = audience.kind === "unit" || audience.kind === "groups" ? audience.unitId : undefined;
  if (unitId) return [...tree.subtreeIds(unitId)].filter((id) => canSeeUnit(scope, id));
  return scope.wholeBlock ? undefined : [...scope.unitIds];
}

/**
 * Every chat the audience reaches: each linked, active person's reachable accounts (one per platform), or the
 * registered group chats. People without a chat account are counted by `previewBroadcast`, not returned.
 */
export async function resolveRecipients(
  db: Db,
  audience: Audience,
  scope: Scope,
  tree: OrgTree,
): Promise<{ recipients: Recipient[]; peopleWithoutChat: number }> {
  const units = unitsOf(audience, scope, tree);
  const inUnits = units ? { in: units } : undefined;
  if (audience.kind === "groups") {
    const groups = await db.unitGroupChat.findMany({ where: { unitId: inUnits } });
    return {
      recipients: groups.map((g) => ({ platform: g.platform, chatId: g.chatId, personId: null, locale: null })),
      peopleWithoutChat: 0,
    };
  }
  const where: Prisma.PersonWhereInput = { active: true };
  if (audience.kind === "role") {
    where.roles = { some: { role: audience.role, revokedAt: null, ...(units ? { unitId: inUnits } : {}) } };
  } else {
    where.unitId = inUnits;
  }
  if (audience.kind === "dvut") {
    where.candidacies = { some: { closedAt: null, stage: { in: OPEN_CANDIDACY_STAGES } } };
  }
  const platform = audience.kind === "platform" ? audience.platform : undefined;
  const people = await db.person.findMany({
    where,
    select: {
      id: true,
      locale: true,
      identities: { where: { unreachableAt: null, platform }, select: { platform: true, chatId: true } },
    },
  });
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  let peopleWithoutChat = 0;
  for (const person of people) {
    if (person.identities.length === 0) peopleWithoutChat++;
    for (const identity of person.identities) {
      const key = `${identity.platform}:${identity.chatId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      recipients.push({
        platform: identity.platform,
        chatId: identity.chatId,
        personId: person.id,
        locale: person.locale,
      });
    }
  }
  return { recipients, peopleWithoutChat };
}

export interface BroadcastPreview {
  perPlatform: Partial<Record<Platform, number>>;
  total: number;
  peopleWithoutChat: number;
}

export async function previewBroadcast(
  db: Db,
  audience: Audience,
  scope: Scope,
  tree: OrgTree,
): Promise<({ ok: true } & BroadcastPreview) | Refusal> {
  const check = checkAudience(audience, scope, tree);
  if (!check.ok) return check;
  const { recipients, peopleWithoutChat } = await resolveRecipients(db, audience, scope, tree);
  const perPlatform: Partial<Record<Platform, number>> = {};
  for (const r of recipients) perPlatform[r.platform] = (perPlatform[r.platform] ?? 0) + 1;
  return { ok: true, perPlatform, total: recipients.length, peopleWithoutChat };
}

export interface NewBroadcast {
  createdById: string;
  text: string;
  photoUrl?: string | null;
  audience: Audience;
  /** Not before this time; now when absent or past. */
  sendAt?: Date | null;
  requireConfirmation?: boolean;
  /** Where progress and the summary go. */
  origin?: { platform: Platform; chatId: string } | null;
}

/** The value of the "I have read it" button of a broadcast that asks for confirmation. */
export const ackValue = (broadcastId: string) => `ack:${broadcastId}`;

/** A transaction a broadcast is queued in, opened by its caller (the dialogue runtime filing the composer's draft). */
export interface Within {
  tx: Tx;
  /** Runs work once the caller's transaction is committed. */
  afterCommit(run: () => Promise<void>): void;
}

/**
 * Creates the broadcast and one delivery per recipient and platform in ONE transaction (its own, or the caller's
 * `within`): it is either wholly queued or not at all, and the outbox sends it from there (at `sendAt`).
 */
export async function createBroadcast(
  deps: { prisma: PrismaClient; clock: Clock; i18n: Pick<I18n, "forLocale" | "defaultLocale"> },
  input: NewBroadcast,
  scope: Scope,
  tree: OrgTree,
  within?: Within,
): Promise<{ ok: true; broadcast: Broadcast; recipients: number } | Refusal> {
  // Control and direction-override characters would let a line read differently from what it says.
  const text = cleanText(input.text);
  if (text === "") return { ok: false, reasonKey: "broadcast-refused-empty" };
  if (text.length > BROADCAST_TEXT_MAX) {
    return { ok: false, reasonKey: "broadcast-refused-too-long", args: { max: BROADCAST_TEXT_MAX } };
  }
  const check = checkAudience(input.audience, scope, tree);
  if (!check.ok) return check;
  const now = deps.clock.now();
  const sendAt = input.sendAt && input.sendAt > now ? input.sendAt : now;
  const queue = async (tx: Tx) => {
    const { recipients } = await resolveRecipients(tx, input.audience, scope, tree);
    if (recipients.length === 0) return null;
    const broadcast = await tx.broadcast.create({
      data: {
        createdById: input.createdById,
        text,
        photoUrl: input.photoUrl ?? null,
        audience: input.audience,
        requireConfirmation: input.requireConfirmation ?? false,
        sendAt,
        originPlatform: input.origin?.platform ?? null,
        originChatId: input.origin?.chatId ?? null,
        createdAt: now,
      },
    });
    const deliveries: DeliveryInput[] = recipients.map((r) => {
      const message: OutgoingMessage = { text };
      if (broadcast.photoUrl) message.photoUrl = broadcast.photoUrl;
      if (broadcast.requireConfirmation && r.personId) {
        message.choices = [
          {
            value: ackValue(broadcast.id),
            label: deps.i18n.forLocale(languageOf(r.locale, deps.i18n.defaultLocale))(k("broadcast-ack-button")),
          },
        ];
      }
      return { ...r, message, broadcastId: broadcast.id, notBefore: sendAt };
    });
    await enqueue(tx, deliveries, now);
    await writeAudit(tx, {
      at: now,
      actorId: input.createdById,
      action: "broadcast.create",
      entity: "Broadcast",
      entityId: broadcast.id,
      after: { audience: input.audience, recipients: recipients.length, sendAt },
    });
    return { broadcast, recipients: recipients.length };
  };
  const result = within
    ? await queue(within.tx)
    : await deps.prisma.$transaction(queue, { timeout: BROADCAST_TX_TIMEOUT_MS, maxWait: 30_000 });
  if (!result) return { ok: false, reasonKey: "broadcast-refused-nobody" };
  const refresh = () => refreshOutboxStatistics(deps.prisma, result.recipients);
  if (within) within.afterCommit(refresh);
  else await refresh();
  return { ok: true, ...result };
}

export interface BroadcastProgress {
  total: number;
  sent: number;
  failed: number;
  unreachable: number;
  cancelled: number;
  /** Not yet sent: pending, being sent, or interrupted and waiting to be sent again. */
  remaining: number;
  /** Interrupted sends held for a decision (OUTBOX_UNCERTAIN=hold). */
  held: number;
  /** Sends that may have reached the person twice (interrupted, then sent again). */
  possibleDuplicates: number;
}

export async function broadcastProgress(
  db: Db,
  broadcastId: string,
  uncertainPolicy: "resend" | "hold" = "resend",
): Promise<BroadcastProgress> {
  const groups = await db.delivery.groupBy({ by: ["status"], where: { broadcastId }, _count: true });
  const n = (s: string) => groups.find((g) => g.status === s)?._count ?? 0;
  const uncertain = n("uncertain");
  const possibleDuplicates = await db.delivery.count({
    where: { broadcastId, status: "sent", uncertainAt: { not: null } },
  });
  return {
    total: groups.reduce((sum, g) => sum + g._count, 0),
    sent: n("sent"),
    failed: n("failed"),
    unreachable: n("unreachable"),
    cancelled: n("cancelled"),
    remaining: n("pending") + n("sending") + (uncertainPolicy === "resend" ? uncertain : 0),
    held: uncertainPolicy === "hold" ? uncertain : 0,
    possibleDuplicates,
  };
}

/** Who may cancel: its author, or staff. Only what is not yet sent stops; sends in flight finish. */
export async function cancelBroadcast(
  prisma: PrismaClient,
  clock: Clock,
  broadcastId: string,
  actor: { personId: string; scope: Scope },
): Promise<{ ok: true; cancelled: number } | Refusal> {
  const broadcast = await prisma.broadcast.findUnique({ where: { id: broadcastId } });
  if (!broadcast) return { ok: false, reasonKey: "broadcast-not-found" };
  if (!actor.scope.wholeBlock && broadcast.createdById !== actor.personId) {
    return { ok: false, reasonKey: "broadcast-refused-not-yours" };
  }
  if (broadcast.status === "done" || broadcast.status === "cancelled") {
    return { ok: false, reasonKey: "broadcast-already-finished" };
  }
  const now = clock.now();
  const cancelled = await prisma.$transaction(async (tx) => {
    const { count } = await tx.delivery.updateMany({
      where: { broadcastId, status: { in: ["pending", "uncertain"] } },
      data: { status: "cancelled" },
    });
    await tx.broadcast.update({ where: { id: broadcastId }, data: { status: "cancelled", cancelledAt: now } });
    await writeAudit(tx, {
      at: now,
      actorId: actor.personId,
      action: "broadcast.cancel",
      entity: "Broadcast",
      entityId: broadcastId,
      after: { cancelledDeliveries: count },
    });
    return count;
  });
  return { ok: true, cancelled };
}

/**
 * "I have read it": once per person, from whichever platform they press it on (a person linked on Telegram and Zalo
 * got two copies; the second confirmation is "already"). Only someone the broadcast was addressed to can confirm it.
 */
export async function confirmBroadcast(
  prisma: PrismaClient,
  clock: Clock,
  broadcastId: string,
  personId: string,
  platform: Platform,
): Promise<"confirmed" | "already" | "unknown"> {
  const broadcast = await prisma.broadcast.findFirst({
    where: { id: broadcastId, requireConfirmation: true, deliveries: { some: { personId } } },
    select: { id: true },
  });
  if (!broadcast) return "unknown";
  const { count } = await prisma.broadcastConfirmation.createMany({
    data: [{ broadcastId, personId, platform, confirmedAt: clock.now() }],
    skipDuplicates: true,
  });
  return count === 1 ? "confirmed" : "already";
}

/**
 * The latest broadcasts this person may follow: all for staff; for a secretary their own, and those asking for a
 * read confirmation that reached members of their units (to follow their members' confirmations).
 */
export async function recentBroadcasts(
  prisma: PrismaClient,
  actor: { personId: string; scope: Scope },
  limit = 10,
): Promise<Broadcast[]> {
  const order = { orderBy: { createdAt: "desc" as const }, take: limit };
  if (actor.scope.wholeBlock) return prisma.broadcast.findMany(order);
  const members = await prisma.person.findMany({
    where: { unitId: { in: [...actor.scope.unitIds] } },
    select: { id: true },
  });
  return prisma.broadcast.findMany({
    where: {
      OR: [
        { createdById: actor.personId },
        { requireConfirmation: true, deliveries: { some: { personId: { in: members.map((m) => m.id) } } } },
      ],
    },
    ...order,
  });
}
