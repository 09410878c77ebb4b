import type { Feature } from "../../core/feature.ts";
import type { Speaker } from "../../core/identity.ts";
import { allows, hasRole } from "../../core/permissions.ts";

/** The guide in docs/ for the speaker's role: staff, secretaries, or members and guests. */
export function guideFileFor(speaker: Pick<Speaker, "roles">): string {
  const { roles } = speaker;
  if (hasRole(roles, "staff")) return "huong-dan-can-bo.md";
  if (hasRole(roles, "secretary")) return "huong-dan-bi-thu.md";
  return "doan-vien-dung-bot.md";
}

/** /help lists what this person may do, nothing more. `listCommands` comes from the dispatcher. */
export function helpFeature(
  listCommands: () => { name: string; descriptionKey?: string; access: import("../../core/permissions.ts").Access }[],
): Feature {
  return {
    name: "help",
    commands: [
      {
        name: "help",
        access: "anyone",
        descriptionKey: "cmd-help",
        inPlatformMenu: true,
        async run(ctx) {
          const lines = listCommands()
            .filter((c) => c.descriptionKey && allows(c.access, ctx.person !== null, ctx.speaker.roles))
            .map((c) => `/${c.name} — ${ctx.t(c.descriptionKey as string)}`);
          const intro = ctx.person ? ctx.t("help-intro", { name: ctx.person.fullName }) : ctx.t("help-intro-guest");
          const guides = ctx.deps.config.GUIDES_URL;
          const guide = guides ? ["", ctx.t("help-guide", { url: `${guides}/${guideFileFor(ctx.speaker)}` })] : [];
          ctx.reply([intro, "", ...lines, ...guide].join("\n"));
        },
      },
    ],
  };
}
