import type { Api } from "grammy";
import type { CommandDefinition } from "../../core/feature.ts";
import { type I18n, locales, type MessageKey } from "../../i18n/i18n.ts";

/** Puts the commands marked `inPlatformMenu` into Telegram's "/" menu, in every language (default: DEFAULT_LOCALE). */
export async function registerTelegramCommands(api: Api, commands: CommandDefinition[], i18n: I18n): Promise<void> {
  const menu = commands.filter((c) => c.inPlatformMenu && c.descriptionKey && /^[a-z0-9_]{1,32}$/.test(c.name));
  const forLocale = (lang: (typeof locales)[number]) =>
    menu.map((c) => ({ command: c.name, description: i18n.t(lang, c.descriptionKey as MessageKey).slice(0, 256) }));
  await api.setMyCommands(forLocale(i18n.defaultLocale));
  for (const lang of locales) await api.setMyCommands(forLocale(lang), { language_code: lang });
}
