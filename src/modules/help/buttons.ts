import { button } from "../../core/buttons.ts";
import { locales } from "../../i18n/i18n.ts";

/** /lang's choices: "lang:vi", "lang:en" (src/core/buttons.ts). */
export const languageButton = button("lang", { locale: locales });
