import type { Feature } from "../../core/feature.ts";
import { allows } from "../../core/permissions.ts";

/** /help lists what this person may do, nothing more. `listCommands` comes from the dispatcher. */
export function helpFeature(
  listCommands: () => {
    name: string;
    descriptionKey?: string;
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
              .map((c) => `/${c.name} — ${ctx.t(c.descriptionKey as string)}`);
            const link = ctx.msg.privateChatLink;
            const pointer = link ? ctx.t("trust-group-private-link", { link }) : ctx.t("trust-group-private");
            ctx.reply([...shared, "", pointer].join("\n"));
            return;
          }
          const lines = listCommands()
            .filter((c) => c.descriptionKey && allows(c.access, ctx.person !== null, ctx.speaker.roles))
            .map((c) => `/${c.name} — ${ctx.t(c.descriptionKey as string)}`);
          const intro = ctx.person ? ctx.t("help-intro", { name: ctx.person.fullName }) : ctx.t("help-intro-guest");
          ctx.reply([intro, "", ...lines].join("\n"));
        },
      },
    ],
  };
}
