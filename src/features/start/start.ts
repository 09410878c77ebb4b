import type { Feature } from "../../core/feature.ts";

/** /start greets; a person not yet linked is told how to link their account. */
export const startFeature: Feature = {
  name: "start",
  commands: [
    {
      name: "start",
      access: "anyone",
      descriptionKey: "cmd-start",
      inPlatformMenu: true,
      async run(ctx) {
        if (ctx.person) {
          ctx.reply(ctx.t("start-welcome-back", { name: ctx.person.fullName }));
          return;
        }
        ctx.reply(ctx.t("start-welcome-guest"));
      },
    },
  ],
};
