import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { DEFAULT_ORG_NAME } from "../config.ts";
import type { MessageKey } from "../generated/message-keys.ts";

export type { MessageKey };

export const locales = ["vi", "en"] as const;
export type Locale = (typeof locales)[number];
export type MessageArgs = Record<string, FluentVariable>;

/**
 * Marks a string as a message key stored in data (flow steps, menu entries) rather than translated on the spot: the
 * compiler checks that the key exists (src/generated/message-keys.ts, made from locales/vi by `npm run i18n:keys`).
 */
export function k<K extends MessageKey>(key: K): K {
  return key;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export const localesDir = resolve(import.meta.dirname, "../../locales");

/** Every `.ftl` file directly in `locales/<lang>/`, merged into one bundle per language. */
export function loadFtlSources(dir = localesDir): Map<Locale, { file: string; source: string }[]> {
  const result = new Map<Locale, { file: string; source: string }[]>();
  for (const lang of locales) {
    const folder = join(dir, lang);
    const files = readdirSync(folder)
      .filter((f) => f.endsWith(".ftl"))
      .sort();
    result.set(
      lang,
      files.map((file) => ({ file: join(folder, file), source: readFileSync(join(folder, file), "utf8") })),
    );
  }
  return result;
}

/**
 * Variables every message may use without the caller passing them: `$org`, the organisation's name (ORG_NAME), so
 * that no message names the organisation literally (units are renamed; every deployment has its own name).
 */
export interface MessageGlobals {
  org: string;
}

export class I18n {
  private readonly bundles = new Map<Locale, FluentBundle>();

  constructor(
    readonly defaultLocale: Locale = "vi",
    dir = localesDir,
    readonly globals: MessageGlobals = { org: DEFAULT_ORG_NAME },
  ) {
    for (const [lang, sources] of loadFtlSources(dir)) {
      // Unicode isolation marks around placeables would show up as odd characters in chat apps.
      const bundle = new FluentBundle(lang, { useIsolating: false });
      for (const { file, source } of sources) {
        const errors = bundle.addResource(new FluentResource(source));
        if (errors.length > 0) throw new Error(`${file}: ${errors.map((e) => e.message).join("; ")}`);
      }
      this.bundles.set(lang, bundle);
    }
  }

  /** The message in `lang`, falling back to the default locale, then to the key itself (never throws). */
  t(lang: Locale, key: MessageKey, args?: MessageArgs): string {
    for (const candidate of [lang, this.defaultLocale]) {
      const bundle = this.bundles.get(candidate);
      const message = bundle?.getMessage(key);
      if (bundle && message?.value) return bundle.formatPattern(message.value, { ...this.globals, ...args });
    }
    return key;
  }

  has(lang: Locale, key: string): boolean {
    return Boolean(this.bundles.get(lang)?.getMessage(key)?.value);
  }

  /** Binds a language, for code that speaks to one person. */
  forLocale(lang: Locale): Translate {
    return (key, args) => this.t(lang, key, args);
  }
}

export type Translate = (key: MessageKey, args?: MessageArgs) => string;
