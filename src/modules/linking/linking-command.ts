import type { ChatContext } from "../../core/context.ts";
import { action, type Feature } from "../../core/feature.ts";
import { k, type MessageKey } from "../../i18n/i18n.ts";
import { oldRegistrationUnitButton, registerButton, registrationDecisionButton } from "./buttons.ts";
import { type LinkResult, linkByPhone, redeemLinkCode } from "./linking.ts";
import { registrationDecisionAction, showPendingRegistrations, startRegistration } from "./registration.ts";

const failureKey: Record<Exclude<LinkResult, { ok: true }>["reason"], MessageKey> = {
  "rate-limited": k("link-rate-limited"),
  invalid: k("link-code-invalid"),
  "linked-to-other": k("link-linked-to-other"),
  "no-match": k("link-contact-no-match"),
  ambiguous: k("link-contact-ambiguous"),
};

function account(ctx: ChatContext) {
  return { identityId: ctx.speaker.identity.id, platform: ctx.msg.platform, externalId: ctx.msg.sender.externalId };
}

/** After a failure: another way in, so nobody is stuck (register without a code). */
function offerRegistration(ctx: ChatContext): void {
  ctx.reply({
    text: ctx.t("link-register-offer"),
    choices: [{ value: registerButton.value(), label: ctx.t("link-register-button") }],
  });
}

function answer(ctx: ChatContext, result: LinkResult): void {
  if (result.ok) {
    ctx.reply(ctx.t("link-done", { name: result.person.fullName }));
    return;
  }
  ctx.reply(ctx.t(failureKey[result.reason]));
  if (result.reason !== "linked-to-other") offerRegistration(ctx);
}

/** The start parameter of the "write to me privately" link given in groups: a plain /start, not a code. */
const FROM_GROUP = "from_group";

async function start(ctx: ChatContext, args: string): Promise<void> {
  const code = args.trim() === FROM_GROUP ? "" : args.trim();
  if (code) {
    if (ctx.msg.chatType !== "private") {
      ctx.reply(ctx.t("link-private-only"));
      return;
    }
    const result = await redeemLinkCode(
      ctx.deps.prisma,
      ctx.deps.clock,
      account(ctx),
      code,
      ctx.deps.config.LINK_MAX_FAILURES_PER_HOUR,
    );
    if (result.ok && !result.again && ctx.person?.id === result.person.id) {
      ctx.reply(ctx.t("link-already", { name: result.person.fullName }));
      return;
    }
    answer(ctx, result);
    return;
  }
  if (ctx.person) {
    ctx.reply(ctx.t("start-welcome-back", { name: ctx.person.fullName }));
    return;
  }
  // Where the platform can share a phone number (Telegram), offer it as the quickest way.
  const canShareContact = ctx.capabilities.canShareContact && ctx.msg.chatType === "private";
  ctx.reply({
    text: canShareContact
      ? `${ctx.t("start-welcome-guest")}\n\n${ctx.t("link-contact-hint")}`
      : ctx.t("start-welcome-guest"),
    requestContact: canShareContact,
    contactLabel: canShareContact ? ctx.t("link-share-contact-button") : undefined,
  });
  offerRegistration(ctx);
}

/**
 * Account linking: `/start CODE` (also Telegram's deep link t.me/<bot>?start=CODE), the person's own contact on
 * Telegram matched to the roster's phone number, or a registration request approved by the unit's secretary.
 */
export const linkingFeature: Feature = {
  name: "linking",
  commands: [
    {
      name: "start",
      access: "anyone",
      descriptionKey: "cmd-start",
      inPlatformMenu: true,
      run: start,
    },
    {
      name: "requests",
      access: ["secretary", "staff"],
      descriptionKey: "cmd-requests",
      run: showPendingRegistrations,
    },
  ],
  actions: [
    action({ button: registerButton, access: "anyone", run: (ctx) => startRegistration(ctx) }),
    action({
      button: oldRegistrationUnitButton,
      access: "anyone",
      run: async (ctx) => ctx.reply(ctx.t("link-reg-not-in-progress")),
    }),
    action({ button: registrationDecisionButton, access: ["secretary", "staff"], run: registrationDecisionAction }),
  ],
  async fallback(ctx) {
    const content = ctx.content;
    if (content.kind === "contact") {
      if (ctx.msg.chatType !== "private") ctx.reply(ctx.t("link-private-only"));
      else if (!content.isOwn) ctx.reply(ctx.t("link-contact-not-own"));
      else if (ctx.person) ctx.reply(ctx.t("link-already", { name: ctx.person.fullName }));
      else answer(ctx, await linkByPhone(ctx.deps.prisma, ctx.deps.clock, account(ctx), content.phone));
      return true;
    }
    return false;
  },
};
