import type { AdminCommand } from "../../admin/command.ts";
import { createLinkCode } from "./link-codes.ts";

/** `link-code MEMBER_CODE`: prints a one-time code the member sends as /start CODE to link their chat account. */
export const linkCodeCommand: AdminCommand = {
  name: "link-code",
  usage: "link-code MEMBER_CODE   print a one-time code that links a member's chat account (/start CODE)",
  async run(app, args, out) {
    const { prisma, i18n, clock, config } = app.deps;
    const t = i18n.forLocale(i18n.defaultLocale);
    const memberCode = args[0];
    if (!memberCode) {
      out(t("link-code-usage"));
      return 2;
    }
    const person = await prisma.person.findUnique({ where: { memberCode } });
    if (!person?.active) {
      out(t("role-person-code-unknown", { code: memberCode }));
      return 1;
    }
    const { code, expiresAt } = await createLinkCode(prisma, person.id, {
      ttlHours: config.LINK_CODE_TTL_HOURS,
      now: clock.now(),
      actorId: null,
    });
    const until = new Intl.DateTimeFormat("vi-VN", {
      timeZone: config.TZ_NAME,
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hour12: false,
    }).format(expiresAt);
    out(t("link-code-created", { name: person.fullName, code, until }));
    return 0;
  },
};
