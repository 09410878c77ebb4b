import type { Person, PlatformIdentity, RoleAssignment } from "../generated/prisma/client.ts";
import { isLocale, type Locale } from "../i18n/i18n.ts";
import type { AppDeps } from "./deps.ts";
import type { IncomingMessage } from "./messages.ts";

export interface Speaker {
  identity: PlatformIdentity;
  person: Person | null;
  roles: RoleAssignment[];
  lang: Locale;
}

const LAST_SEEN_REFRESH_MS = 5 * 60_000;

/** Finds (or creates) the chat account behind a message, the person it is linked to, and their active roles. */
export async function resolveSpeaker(deps: AppDeps, msg: IncomingMessage): Promise<Speaker> {
  const { prisma, clock } = deps;
  const key = { platform: msg.platform, externalId: msg.sender.externalId };
  let identity = await prisma.platformIdentity.findUnique({
    where: { platform_externalId: key },
    include: { person: true },
  });
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
      include: { person: true },
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
      include: { person: true },
    });
  }
  const { person, ...bare } = identity;
  const roles = person ? await prisma.roleAssignment.findMany({ where: { personId: person.id, revokedAt: null } }) : [];
  const lang = pickLocale(person?.locale, bare.locale, deps.i18n.defaultLocale);
  return { identity: bare, person: person?.active ? person : null, roles, lang };
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
