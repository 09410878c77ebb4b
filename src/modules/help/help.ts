import type { Feature } from "../../core/feature.ts";
import type { Speaker } from "../../core/identity.ts";
import { allows, hasRole } from "../../core/permissions.ts";
import type { MessageKey } from "../../i18n/i18n.ts";

/** The guide in docs/ for the speaker's role: staff, secretaries, or members and guests. */
export function guideFileFor(speaker: Pick<Speaker, "roles">): string {
  const { roles } = speaker;
  if (hasRole(roles, "staff")) return "huong-dan-can-bo.md";
  if (hasRole(roles, "secretary")) return "huong-dan-bi-thu.md";
  return "doan-vien-dung-bot.md";
}

/** /help lists what this person may do, nothing more. `listCommands` comes from the dispatcher. */
export function helpFeature(
  listCommands: () => {
    name: string;
    descriptionKey?: MessageKey;
    access: import("../../core/permissions.ts").Access;
    inGroups?: boolean;
  }[],
): Feature {
  return {
    name: "help",
    commands: [
      {
        name: "help",
        access: "anyone",
        descriptionKey: "cmd-help",
        inPlatformMenu: true,
        inGroups: true,
        async run(ctx) {
          if (ctx.msg.chatType === "group") {
            // In a group: only what works there, and where to go for the rest; nothing about the person's roles.
            const shared = listCommands()
              .filter((c) => c.inGroups && c.descriptionKey)
              .map((c) => `/${c.name} — ${ctx.t(c.descriptionKey as MessageKey)}`);
            const link = ctx.msg.privateChatLink;
            const pointer = link ? ctx.t("trust-group-private-link", { link }) : ctx.t("trust-group-private");
            ctx.reply([...shared, "", pointer].join("\n"));
            return;
          }
          const lines = listCommands()
            .filter((c) => c.descriptionKey && allows(c.access, ctx.person !== null, ctx.speaker.roles))
            .map((c) => `/${c.name} — ${ctx.t(c.descriptionKey as MessageKey)}`);
          const intro = ctx.person ? ctx.t("help-intro", { name: ctx.person.fullName }) : ctx.t("help-intro-guest");
          const guides = ctx.deps.config.GUIDES_URL;
          const guide = guides ? ["", ctx.t("help-guide", { url: `${guides}/${guideFileFor(ctx.speaker)}` })] : [];
          ctx.reply([intro, "", ...lines, ...guide].join("\n"));
        },
      },
    ],
  };
}
