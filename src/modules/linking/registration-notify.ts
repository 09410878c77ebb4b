import type { AppDeps } from "../../core/deps.ts";
import { cleanText } from "../../core/dialogue/inputs.ts";
import { languageOf } from "../../core/language.ts";
import type { Choice } from "../../core/messages.ts";
import type { RegistrationRequest } from "../../generated/prisma/client.ts";
import { k, type Locale } from "../../i18n/i18n.ts";
import { enqueue } from "../../outbox/enqueue.ts";
import { type PersonMessage, queueForPeople } from "../../outbox/notify.ts";
import { registrationDecisionButton } from "./buttons.ts";
import { formatDayMonthYear } from "./dates.ts";
import { registrationClaim, registrationMatch } from "./linking.ts";

/**
 * What an approver is shown about a registration: the name, date of birth and unit typed, who typed them (the chat
 * account's platform, name and username, which the requester does not choose per request) and what approval would do
 * to the roster: create a person, link a person nobody uses yet, or nothing (a person already linked or holding a
 * role is reached by link code only; then only "reject" is offered).
 */
export async function describeRegistration(
  deps: AppDeps,
  lang: Locale,
  request: RegistrationRequest,
  unitName: string,
): Promise<{ text: string; choices: Choice[] }> {
  const { prisma, i18n } = deps;
  const requester = await prisma.platformIdentity.findUnique({
    where: { platform_externalId: { platform: request.platform, externalId: request.externalId } },
  });
  const shown = (value: string | null | undefined) =>
    cleanText(value ?? "")
      .replace(/\s+/g, " ")
      .slice(0, 64);
  const displayName = shown(requester?.displayName) || i18n.t(lang, "trust-reg-no-display-name");
  const username = shown(requester?.username);
  const person = await registrationMatch(prisma, request);
  const claim = person ? await registrationClaim(prisma, person.id) : "new";
  const lines = [
    i18n.t(lang, "link-reg-request", {
      name: request.fullName,
      dob: formatDayMonthYear(request.dateOfBirth),
      unit: unitName,
    }),
    i18n.t(lang, "trust-reg-requester", {
      platform: i18n.t(lang, platformKey[request.platform]),
      displayName,
      username: username ? `@${username}` : "-",
    }),
    i18n.t(lang, claimKey[claim]),
  ];
  const decide = (decision: "approve" | "reject") =>
    registrationDecisionButton.value({ decision, requestId: request.id });
  const choices: Choice[] =
    claim === "new" || claim === "free"
      ? [
          { value: decide("approve"), label: i18n.t(lang, "link-reg-approve"), secure: true },
          { value: decide("reject"), label: i18n.t(lang, "link-reg-reject"), secure: true },
        ]
      : [{ value: decide("reject"), label: i18n.t(lang, "link-reg-reject"), secure: true }];
  return { text: lines.join("\n"), choices };
}

const platformKey = {
  telegram: k("trust-platform-telegram"),
  zalo: k("trust-platform-zalo"),
  terminal: k("trust-platform-terminal"),
} as const;

const claimKey = {
  new: k("trust-reg-match-new"),
  free: k("trust-reg-match-free"),
  linked: k("trust-reg-match-linked"),
  "has-role": k("trust-reg-match-role"),
} as const;

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
  const { prisma, clock } = deps;
  const approvers = await prisma.person.findMany({
    where: { id: { in: approverIds } },
    select: { id: true, locale: true },
  });
  const messages: PersonMessage[] = [];
  for (const approver of approvers) {
    const lang = languageOf(approver.locale, deps.i18n.defaultLocale);
    const { text, choices } = await describeRegistration(deps, lang, request, unitName);
    messages.push({ personId: approver.id, message: { text, choices }, dedupeKey: `registration:${request.id}` });
  }
  return (await queueForPeople(prisma, messages, clock.now())).added;
}

/** Tells the person who asked whether their registration was approved, in their language. */
export async function notifyRequester(deps: AppDeps, request: RegistrationRequest, approved: boolean, name: string) {
  const { prisma, i18n, clock } = deps;
  const identity = await prisma.platformIdentity.findUnique({
    where: { platform_externalId: { platform: request.platform, externalId: request.externalId } },
    include: { person: true },
  });
  const lang = languageOf([identity?.person?.locale, identity?.locale], deps.i18n.defaultLocale);
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
