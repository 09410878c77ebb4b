import type { AppDeps } from "../../core/deps.ts";
import type { Choice, OutgoingMessage } from "../../core/messages.ts";
import type { RegistrationRequest } from "../../generated/prisma/client.ts";
import { isLocale, type Locale } from "../../i18n/i18n.ts";
import { enqueue } from "../../outbox/enqueue.ts";
import { formatDayMonthYear } from "./dates.ts";

/**
 * Tells the approvers of a registration about it, through the outbox, with approve/reject choices. Both are
 * security-relevant: taken by the button, or on Zalo by the typed word and a confirmation, never by a typed number.
 */
export async function notifyApprovers(
  deps: AppDeps,
  request: RegistrationRequest,
  approverIds: string[],
  unitName: string,
): Promise<number> {
  const { prisma, i18n, clock } = deps;
  const identities = await prisma.platformIdentity.findMany({
    where: { personId: { in: approverIds }, unreachableAt: null },
    include: { person: true },
  });
  for (const identity of identities) {
    const lang = pickLang(deps, identity.person?.locale, identity.locale);
    const choices: Choice[] = [
      { value: `reg:approve:${request.id}`, label: i18n.t(lang, "link-reg-approve"), secure: true },
      { value: `reg:reject:${request.id}`, label: i18n.t(lang, "link-reg-reject"), secure: true },
    ];
    const message: OutgoingMessage = {
      text: i18n.t(lang, "link-reg-request", {
        name: request.fullName,
        dob: formatDayMonthYear(request.dateOfBirth),
        unit: unitName,
      }),
      choices,
    };
    await enqueue(
      prisma,
      [
        {
          platform: identity.platform,
          chatId: identity.chatId,
          personId: identity.personId,
          message,
          dedupeKey: `registration:${request.id}:${identity.id}`,
        },
      ],
      clock.now(),
    );
  }
  return identities.length;
}

/** Tells the person who asked whether their registration was approved, in their language. */
export async function notifyRequester(deps: AppDeps, request: RegistrationRequest, approved: boolean, name: string) {
  const { prisma, i18n, clock } = deps;
  const identity = await prisma.platformIdentity.findUnique({
    where: { platform_externalId: { platform: request.platform, externalId: request.externalId } },
    include: { person: true },
  });
  const lang = pickLang(deps, identity?.person?.locale, identity?.locale);
  const text = approved ? i18n.t(lang, "link-reg-approved", { name }) : i18n.t(lang, "link-reg-rejected");
  await enqueue(
    prisma,
    [
      {
        platform: request.platform,
        chatId: identity?.chatId ?? request.chatId,
        personId: identity?.personId ?? null,
        message: { text },
        dedupeKey: `registration:${request.id}:decision`,
      },
    ],
    clock.now(),
  );
}

function pickLang(deps: AppDeps, ...candidates: (string | null | undefined)[]): Locale {
  for (const c of candidates) if (isLocale(c)) return c;
  return deps.i18n.defaultLocale;
}
