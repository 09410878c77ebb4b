import { randomInt } from "node:crypto";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { Clock } from "../../clock.ts";
import type { Db } from "../../core/db.ts";
import { OrgTree } from "../../core/org.ts";
import type { Person, Platform, Prisma, PrismaClient, RegistrationRequest } from "../../generated/prisma/client.ts";

type Tx = Prisma.TransactionClient;

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 8;
const HOUR_MS = 3_600_000;

/** "ab12-cd34 " → "AB12CD34". */
export function normaliseLinkCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, "");
}

function newCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/**
 * Issues a personal one-time link code (admin side: the roster, the admin CLI). Earlier unused codes of the same
 * person stop working, so only the latest code handed out is valid.
 */
export async function issueLinkCode(
  prisma: PrismaClient,
  clock: Clock,
  personId: string,
  ttlHours: number,
): Promise<{ ok: true; code: string; expiresAt: Date } | { ok: false; reason: "person-not-found" }> {
  const person = await prisma.person.findUnique({ where: { id: personId } });
  if (!person?.active) return { ok: false, reason: "person-not-found" };
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + ttlHours * HOUR_MS);
  for (let attempt = 0; ; attempt++) {
    const code = newCode();
    try {
      await prisma.$transaction([
        prisma.linkCode.updateMany({
          where: { personId, usedAt: null, expiresAt: { gt: now } },
          data: { expiresAt: now },
        }),
        prisma.linkCode.create({ data: { code, personId, expiresAt, createdAt: now } }),
      ]);
      return { ok: true, code, expiresAt };
    } catch (error) {
      // A collision of random codes is rare; try another.
      if (attempt >= 4) throw error;
    }
  }
}

export interface ChatAccountRef {
  identityId: string;
  platform: Platform;
  externalId: string;
}

export type LinkResult =
  /** `again`: the code had already linked this very account (the same update handled a second time). */
  | { ok: true; person: Person; again?: boolean }
  | { ok: false; reason: "rate-limited" | "invalid" | "linked-to-other" | "no-match" | "ambiguous" };

/**
 * Attaches a chat account to a person. With a link code or the person's own phone number (proof held by the person),
 * an older account of the same person on the same platform is let go; a registration never lets any account go.
 */
async function attach(
  tx: Tx,
  account: ChatAccountRef,
  personId: string,
  now: Date,
  options: { replaceOlder: boolean },
): Promise<void> {
  if (options.replaceOlder) {
    await tx.platformIdentity.updateMany({
      where: { personId, platform: account.platform, id: { not: account.identityId } },
      data: { personId: null, linkedAt: null },
    });
  }
  await tx.platformIdentity.update({ where: { id: account.identityId }, data: { personId, linkedAt: now } });
}

/**
 * Whether a roster entry may be claimed by a registration (name, date of birth and unit, which are quasi-public):
 * only when nobody uses it yet. A person with a linked chat account, or holding any role, is reached by link code only.
 */
export async function registrationClaim(
  prisma: PrismaClient | Tx,
  personId: string,
): Promise<"free" | "linked" | "has-role"> {
  const linked = await prisma.platformIdentity.count({ where: { personId } });
  if (linked > 0) return "linked";
  const roles = await prisma.roleAssignment.count({ where: { personId, revokedAt: null } });
  return roles > 0 ? "has-role" : "free";
}

/** The roster entry a registration would be linked to: same unit, same date of birth, same name (any case). */
export function registrationMatch(
  prisma: PrismaClient | Tx,
  request: Pick<RegistrationRequest, "unitId" | "dateOfBirth" | "fullName">,
): Promise<Person | null> {
  return prisma.person.findFirst({
    where: {
      unitId: request.unitId,
      dateOfBirth: request.dateOfBirth,
      fullName: { equals: request.fullName, mode: "insensitive" },
      active: true,
    },
  });
}

async function currentPersonId(prisma: PrismaClient | Tx, identityId: string): Promise<string | null> {
  return (await prisma.platformIdentity.findUnique({ where: { id: identityId } }))?.personId ?? null;
}

/**
 * Redeems a link code for a chat account: single use, until it expires. Wrong codes are counted per chat account;
 * past `maxFailuresPerHour` in the last hour every attempt is refused, so codes cannot be guessed.
 */
export async function redeemLinkCode(
  prisma: PrismaClient,
  clock: Clock,
  account: ChatAccountRef,
  rawCode: string,
  maxFailuresPerHour: number,
): Promise<LinkResult> {
  const now = clock.now();
  const failures = await prisma.linkAttempt.count({
    where: {
      platform: account.platform,
      externalId: account.externalId,
      success: false,
      at: { gt: new Date(now.getTime() - HOUR_MS) },
    },
  });
  if (failures >= maxFailuresPerHour) return { ok: false, reason: "rate-limited" };
  const code = normaliseLinkCode(rawCode);
  const result = await prisma.$transaction(async (tx): Promise<LinkResult> => {
    const row = await tx.linkCode.findUnique({ where: { code }, include: { person: true } });
    // The same update handled a second time (its answer was lost with a crashed instance): the code linked this
    // very account, so the answer is the same as the first time, and no failed attempt is counted.
    if (row?.usedAt && row.usedByIdentityId === account.identityId && row.person.active) {
      if ((await currentPersonId(tx, account.identityId)) === row.personId) {
        return { ok: true, person: row.person, again: true };
      }
    }
    if (!row || row.usedAt || row.expiresAt <= now || !row.person.active) return { ok: false, reason: "invalid" };
    const linked = await currentPersonId(tx, account.identityId);
    if (linked && linked !== row.personId) return { ok: false, reason: "linked-to-other" };
    const claimed = await tx.linkCode.updateMany({
      where: { id: row.id, usedAt: null },
      data: { usedAt: now, usedByIdentityId: account.identityId },
    });
    if (claimed.count !== 1) return { ok: false, reason: "invalid" };
    await attach(tx, account, row.personId, now, { replaceOlder: true });
    return { ok: true, person: row.person };
  });
  if ((result.ok && !result.again) || (!result.ok && result.reason === "invalid")) {
    await prisma.linkAttempt.create({
      data: { platform: account.platform, externalId: account.externalId, success: result.ok, at: now },
    });
  }
  return result;
}

/**
 * A phone number as a whole, in E.164 ("+84912345678"), or null when it is no valid number. Roster numbers are
 * written the Vietnamese way ("0912 345 678") and read with Vietnam as the default country; a number shared by a
 * platform is international, with or without its "+" (Telegram sends "84912345678").
 */
export function phoneE164(phone: string, source: "roster" | "platform"): string | null {
  const text = phone.trim();
  const candidates = source === "platform" && /^\d+$/.test(text) ? [`+${text}`, text] : [text];
  for (const candidate of candidates) {
    const parsed = parsePhoneNumberFromString(candidate, "VN");
    if (parsed?.isValid()) return parsed.number;
  }
  return null;
}

/** Links by a shared phone number when exactly one active person on the roster has that whole number. */
export async function linkByPhone(
  prisma: PrismaClient,
  clock: Clock,
  account: ChatAccountRef,
  phone: string,
): Promise<LinkResult> {
  const shared = phoneE164(phone, "platform");
  if (!shared) return { ok: false, reason: "no-match" };
  // Roster phones are written every which way ("0912 345 678", "+84-912…"): compare E.164 forms in code. A contact
  // share is rare and the roster is a few thousand rows, so reading the phone column is cheap enough.
  const candidates = await prisma.person.findMany({
    where: { active: true, phone: { not: null } },
    select: { id: true, phone: true },
  });
  const matches = candidates.filter((p) => p.phone && phoneE164(p.phone, "roster") === shared);
  if (matches.length === 0) return { ok: false, reason: "no-match" };
  if (matches.length > 1) return { ok: false, reason: "ambiguous" };
  const person = await prisma.person.findUniqueOrThrow({ where: { id: (matches[0] as { id: string }).id } });
  const linked = await currentPersonId(prisma, account.identityId);
  if (linked && linked !== person.id) return { ok: false, reason: "linked-to-other" };
  await prisma.$transaction((tx) => attach(tx, account, person.id, clock.now(), { replaceOlder: true }));
  return { ok: true, person };
}

/**
 * Who decides a registration for a unit: its secretaries, else those of the nearest unit above, else staff; only
 * people the bot can reach (a linked chat account not marked unreachable) count, so a request is never left unseen.
 */
export async function registrationApprovers(prisma: PrismaClient, unitId: string): Promise<string[]> {
  const tree = await OrgTree.load(prisma);
  const chain = [unitId, ...tree.ancestors(unitId).map((u) => u.id)];
  const reachable = { active: true, identities: { some: { unreachableAt: null } } };
  const secretaries = await prisma.roleAssignment.findMany({
    where: { role: "secretary", revokedAt: null, unitId: { in: chain }, person: reachable },
  });
  for (const id of chain) {
    const here = secretaries.filter((r) => r.unitId === id).map((r) => r.personId);
    if (here.length > 0) return [...new Set(here)];
  }
  const staff = await prisma.roleAssignment.findMany({
    where: { role: { in: ["staff", "admin"] }, revokedAt: null, person: reachable },
  });
  return [...new Set(staff.map((r) => r.personId))];
}

/** A request from this chat account still waiting for a decision, if any. */
export function pendingRegistration(prisma: Db, platform: Platform, externalId: string) {
  return prisma.registrationRequest.findFirst({ where: { platform, externalId, status: "pending" } });
}

export async function createRegistrationRequest(
  prisma: Db,
  clock: Clock,
  input: {
    platform: Platform;
    externalId: string;
    chatId: string;
    fullName: string;
    dateOfBirth: Date;
    unitId: string;
  },
): Promise<RegistrationRequest> {
  return prisma.registrationRequest.create({ data: { ...input, createdAt: clock.now() } });
}

export type DecisionResult =
  | { ok: true; request: RegistrationRequest; person: Person | null }
  | { ok: false; reason: "not-found" | "already-decided" | "claimed-person" | "requester-linked" };

/**
 * Approves or rejects a registration once (a second decision, by anyone, is refused). Approval links the
 * requester's chat account to the roster entry with the same name and date of birth in that unit, or to a new one.
 * It never takes a person from another account: a matching person already linked or holding a role is refused
 * ("claimed-person", the request stays open to be rejected), and so is a requester linked meanwhile.
 */
export async function decideRegistration(
  prisma: PrismaClient,
  clock: Clock,
  requestId: string,
  deciderId: string,
  approve: boolean,
): Promise<DecisionResult> {
  const now = clock.now();
  return prisma.$transaction(async (tx): Promise<DecisionResult> => {
    const request = await tx.registrationRequest.findUnique({ where: { id: requestId } });
    if (!request) return { ok: false, reason: "not-found" };
    if (request.status !== "pending") return { ok: false, reason: "already-decided" };
    let person: Person | null = null;
    if (approve) {
      person = await registrationMatch(tx, request);
      if (person && (await registrationClaim(tx, person.id)) !== "free") return { ok: false, reason: "claimed-person" };
      const requester = await tx.platformIdentity.findUnique({
        where: { platform_externalId: { platform: request.platform, externalId: request.externalId } },
      });
      if (requester?.personId) return { ok: false, reason: "requester-linked" };
    }
    const claimed = await tx.registrationRequest.updateMany({
      where: { id: requestId, status: "pending" },
      data: { status: approve ? "approved" : "rejected", decidedById: deciderId, decidedAt: now },
    });
    if (claimed.count !== 1) return { ok: false, reason: "already-decided" };
    if (approve) {
      person ??= await tx.person.create({
        data: { fullName: request.fullName, dateOfBirth: request.dateOfBirth, unitId: request.unitId },
      });
      const identity = await tx.platformIdentity.upsert({
        where: { platform_externalId: { platform: request.platform, externalId: request.externalId } },
        create: { platform: request.platform, externalId: request.externalId, chatId: request.chatId },
        update: {},
      });
      await attach(
        tx,
        { identityId: identity.id, platform: request.platform, externalId: request.externalId },
        person.id,
        now,
        { replaceOlder: false },
      );
      await tx.registrationRequest.update({ where: { id: requestId }, data: { personId: person.id } });
    }
    await tx.auditLog.create({
      data: {
        at: now,
        actorId: deciderId,
        action: approve ? "registration.approve" : "registration.reject",
        entity: "RegistrationRequest",
        entityId: requestId,
        after: { status: approve ? "approved" : "rejected", personId: person?.id ?? null },
      },
    });
    return { ok: true, request: { ...request, status: approve ? "approved" : "rejected" }, person };
  });
}
