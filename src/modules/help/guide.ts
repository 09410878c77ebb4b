import type { Feature } from "../../core/feature.ts";
import { replyLong } from "../../core/reply-long.ts";
import { k } from "../../i18n/i18n.ts";

/** The steps from member to Party member; their text lives in locales/<lang>/guide.ftl, which staff may edit. */
const steps = [
  k("guide-step-classification"),
  k("guide-step-selection"),
  k("guide-step-introduction"),
  k("guide-step-handover"),
  k("guide-step-awareness-class"),
  k("guide-step-recognition"),
  k("guide-step-admission"),
  k("guide-step-full-member"),
];

/** /guide: for everyone, the path from member to Party member, step by step, with what each step needs. */
export const guideFeature: Feature = {
  name: "guide",
  commands: [
    {
      name: "guide",
      access: "anyone",
      descriptionKey: "cmd-guide",
      inPlatformMenu: true,
      inGroups: true,
      async run(ctx) {
        replyLong(ctx, [ctx.t("guide-intro"), ...steps.map((key) => ctx.t(key)), ctx.t("guide-outro")]);
      },
    },
  ],
};
