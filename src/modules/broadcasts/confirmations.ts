import { compareVi } from "../../core/collate.ts";
import type { Db } from "../../core/db.ts";
import type { OutgoingMessage, Platform } from "../../core/messages.ts";
import type { OrgTree } from "../../core/org.ts";
import { inQuarter, type Quarter, quarterWindow } from "../../core/periods.ts";
import { queueForPeople } from "../../outbox/notify.ts";

/** A member who received a broadcast asking for a read confirmation. */
export interface ConfirmationRecipient {
  id: string;
  fullName: string;
  unitId: string;
  confirmed: boolean;
}

/**
 * Everyone who received the broadcast (at least one copy sent, on any platform: a person linked on Telegram and Zalo
 * gets two copies and counts once), with whether they confirmed. Group chats (no person) are not counted.
 */
export async function broadcastRecipients(db: Db, broadcastId: string): Promise<ConfirmationRecipient[]> {
  const rows = await db.delivery.findMany({
    where: { broadcastId, status: "sent", personId: { not: null } },
    select: { personId: true },
    distinct: ["personId"],
  });
  const ids = rows.map((r) => r.personId as string);
  if (ids.length === 0) return [];
  const people = await db.person.findMany({
    where: { id: { in: ids } },
    select: { id: true, fullName: true, unitId: true, active: true },
  });
  const confirmed = new Set(
    (
      await db.broadcastConfirmation.findMany({
        where: { broadcastId, personId: { in: ids } },
        select: { personId: true },
      })
    ).map((c) => c.personId),
  );
  return people
    .map((p) => ({ id: p.id, fullName: p.fullName, unitId: p.unitId, confirmed: confirmed.has(p.id) }))
    .sort((a, b) => compareVi(a.fullName, b.fullName) || a.id.localeCompare(b.id));
}

export interface UnitConfirmationRate {
  unitId: string;
  recipients: number;
  confirmed: number;
}

/** Confirmed / recipients per member's own unit, for the units `visible` accepts, lowest rate first. */
export function ratesByUnit(
  recipients: readonly ConfirmationRecipient[],
  visible: (unitId: string) => boolean,
): UnitConfirmationRate[] {
  const byUnit = new Map<string, UnitConfirmationRate>();
  for (const r of recipients) {
    if (!visible(r.unitId)) continue;
    const row = byUnit.get(r.unitId) ?? { unitId: r.unitId, recipients: 0, confirmed: 0 };
    row.recipients++;
    if (r.confirmed) row.confirmed++;
    byUnit.set(r.unitId, row);
  }
  return [...byUnit.values()].sort(
    (a, b) => a.confirmed / a.recipients - b.confirmed / b.recipients || b.recipients - a.recipients,
  );
}

/**
 * The unit whose secretary answers for a member of `unitId`: the nearest unit, from `unitId` upwards, that has a
 * secretary (a branch without one is looked after by the unit above it). Undefined when nobody above has one.
 */
export function responsibleUnit(
  tree: OrgTree,
  unitsWithSecretary: ReadonlySet<string>,
  unitId: string,
): string | undefined {
  if (unitsWithSecretary.has(unitId)) return unitId;
  return tree.ancestors(unitId).find((u) => unitsWithSecretary.has(u.id))?.id;
}

/** Who has not confirmed yet, grouped by the unit whose secretary answers for them. */
export function unconfirmedByResponsibleUnit(
  recipients: readonly ConfirmationRecipient[],
  responsible: (unitId: string) => string | undefined,
): Map<string, ConfirmationRecipient[]> {
  const groups = new Map<string, ConfirmationRecipient[]>();
  for (const r of recipients) {
    if (r.confirmed) continue;
    const unitId = responsible(r.unitId);
    if (!unitId) continue;
    groups.set(unitId, [...(groups.get(unitId) ?? []), r]);
  }
  return groups;
}

/**
 * The latest broadcast asking for confirmation that reached this chat, preferring one the person has not confirmed
 * yet: what a bare "xác nhận" or "đã đọc" typed in the chat refers to.
 */
export async function latestBroadcastToConfirm(
  db: Db,
  person: { id: string },
  chat: { platform: Platform; chatId: string },
): Promise<{ broadcastId: string; confirmed: boolean } | undefined> {
  const find = (unconfirmedOnly: boolean) =>
    db.delivery.findFirst({
      where: {
        platform: chat.platform,
        chatId: chat.chatId,
        personId: person.id,
        status: "sent",
        broadcast: {
          requireConfirmation: true,
          ...(unconfirmedOnly ? { confirmations: { none: { personId: person.id } } } : {}),
        },
      },
      orderBy: [{ sentAt: "desc" }, { createdAt: "desc" }],
      select: { broadcastId: true },
    });
  const open = await find(true);
  if (open?.broadcastId) return { broadcastId: open.broadcastId, confirmed: false };
  const any = await find(false);
  return any?.broadcastId ? { broadcastId: any.broadcastId, confirmed: true } : undefined;
}

export interface QuarterConfirmations {
  /** Received copies of announcements asking for confirmation, counted once per person and announcement. */
  recipients: number;
  /** Of them, how many were confirmed. */
  confirmed: number;
}

/**
 * For the unit quarterly report: announcements asking for a read confirmation sent in the quarter (local dates),
 * as received by the current active members of `unitIds`, and how many of those were confirmed.
 */
export async function quarterConfirmations(
  db: Db,
  unitIds: Iterable<string>,
  q: Quarter,
  timeZone: string,
): Promise<QuarterConfirmations> {
  const broadcasts = (
    await db.broadcast.findMany({
      where: { requireConfirmation: true, sendAt: quarterWindow(q) },
      select: { id: true, sendAt: true },
    })
  ).filter((b) => inQuarter(b.sendAt, q, timeZone));
  if (broadcasts.length === 0) return { recipients: 0, confirmed: 0 };
  const members = await db.person.findMany({
    where: { unitId: { in: [...new Set(unitIds)] }, active: true },
    select: { id: true },
  });
  const memberIds = members.map((m) => m.id);
  const broadcastIds = broadcasts.map((b) => b.id);
  const received = await db.delivery.findMany({
    where: { broadcastId: { in: broadcastIds }, status: "sent", personId: { in: memberIds } },
    select: { broadcastId: true, personId: true },
    distinct: ["broadcastId", "personId"],
  });
  const pairs = new Set(received.map((r) => `${r.broadcastId}:${r.personId}`));
  const confirmations = await db.broadcastConfirmation.findMany({
    where: { broadcastId: { in: broadcastIds }, personId: { in: memberIds } },
    select: { broadcastId: true, personId: true },
  });
  const confirmed = confirmations.filter((c) => pairs.has(`${c.broadcastId}:${c.personId}`)).length;
  return { recipients: pairs.size, confirmed };
}

/**
 * Queues a reminder to each of these people who still has not confirmed, on each chat account that can be reached.
 * Keyed per broadcast, person and platform, so pressing "remind all" twice (or two secretaries pressing it) reminds
 * each person once. Returns how many people were newly reminded, and how many had been reminded before.
 */
export async function queueConfirmationReminders(
  db: Db,
  now: Date,
  broadcastId: string,
  personIds: readonly string[],
  messageFor: (locale: string) => OutgoingMessage,
): Promise<{ reminded: number; already: number }> {
  if (personIds.length === 0) return { reminded: 0, already: 0 };
  const people = await db.person.findMany({
    where: { id: { in: [...personIds] }, active: true, confirmations: { none: { broadcastId } } },
    select: { id: true, locale: true },
  });
  // Reminded before (by anyone, on any account): counted, not reminded again.
  const earlier = await db.delivery.findMany({
    where: {
      personId: { in: people.map((p) => p.id) },
      dedupeKey: { startsWith: confirmationReminderKey(broadcastId, "") },
    },
    select: { personId: true },
  });
  const before = new Set(earlier.map((e) => e.personId));
  const { reached } = await queueForPeople(
    db,
    people
      .filter((p) => !before.has(p.id))
      .map((p) => ({
        personId: p.id,
        message: messageFor(p.locale),
        dedupeKey: confirmationReminderKey(broadcastId, p.id),
      })),
    now,
  );
  const already = people.filter((p) => before.has(p.id)).length;
  return { reminded: reached.size, already };
}

export const confirmationReminderKey = (broadcastId: string, personId: string) =>
  `confirm-nudge:${broadcastId}:${personId}`;
