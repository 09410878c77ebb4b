import { isLocale, type Locale } from "../i18n/i18n.ts";

/** A language someone chose (a person's, or a chat account's before it was linked), as stored: maybe none. */
export type ChosenLanguage = string | null | undefined;

/**
 * The language to speak to someone in: the first of `chosen` the bot speaks (a person's own choice before the one made
 * on a chat account before linking), else `fallback`, the deployment's default (DEFAULT_LOCALE, `i18n.defaultLocale`).
 * The one place this is decided: never assume Vietnamese, a deployment may default to English.
 */
export function languageOf(chosen: ChosenLanguage | readonly ChosenLanguage[], fallback: Locale): Locale {
  const candidates = Array.isArray(chosen) ? chosen : [chosen];
  for (const candidate of candidates) if (isLocale(candidate)) return candidate;
  return fallback;
}
