import { action, type Feature } from "../../core/feature.ts";
import { isLocale, type Locale, locales } from "../../i18n/i18n.ts";
import { languageButton } from "./buttons.ts";

const labels: Record<Locale, string> = { vi: "Tiếng Việt", en: "English" };

/** /lang switches the language of everything the bot says to this person, on every platform they use. */
export const languageFeature: Feature = {
  name: "language",
  commands: [
    {
      name: "lang",
      access: "anyone",
      descriptionKey: "cmd-lang",
      inPlatformMenu: true,
      async run(ctx, args) {
        const wanted = args.trim().toLowerCase();
        if (isLocale(wanted)) {
          await saveLocale(ctx, wanted);
          return;
        }
        ctx.reply({
          text: ctx.t("lang-choose"),
          choices: locales.map((locale) => ({ value: languageButton.value({ locale }), label: labels[locale] })),
        });
      },
    },
  ],
  actions: [action({ button: languageButton, access: "anyone", run: (ctx, { locale }) => saveLocale(ctx, locale) })],
};

async function saveLocale(ctx: import("../../core/context.ts").ChatContext, lang: Locale): Promise<void> {
  const { prisma } = ctx.deps;
  if (ctx.person) await prisma.person.update({ where: { id: ctx.person.id }, data: { locale: lang } });
  await prisma.platformIdentity.update({ where: { id: ctx.speaker.identity.id }, data: { locale: lang } });
  ctx.setLang(lang);
  ctx.reply(ctx.t("lang-changed", { language: labels[lang] }));
}
