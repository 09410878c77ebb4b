import type { Feature } from "../../core/feature.ts";
import { allows } from "../../core/permissions.ts";

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
          ctx.reply([intro, "", ...lines].join("\n"));
        },
      },
    ],
  };
}
