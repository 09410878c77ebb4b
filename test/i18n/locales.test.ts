import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { messageKeysFile, messageKeysSource } from "../../scripts/message-keys.ts";
import { I18n, loadFtlSources, locales, type MessageKey } from "../../src/i18n/i18n.ts";

const srcDir = resolve(import.meta.dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated") return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/**
 * Keys the code uses: any quoted key in src (or in the example flow of docs/dialogue-runtime.md, which test/docs runs).
 * Whether a key the code names exists is the compiler's job (`MessageKey`, src/generated/message-keys.ts).
 */
function keysUsedInCode(): Set<string> {
  const used = new Set<string>();
  const docExample = resolve(import.meta.dirname, "../../docs/dialogue-runtime.md");
  for (const file of [...sourceFiles(srcDir), docExample]) {
    for (const m of readFileSync(file, "utf8").matchAll(/["'`]([a-z][a-z0-9-]*)["'`]/g)) used.add(m[1] as string);
  }
  return used;
}

function keysInLocale(lang: (typeof locales)[number]): Set<string> {
  const keys = new Set<string>();
  for (const { source } of loadFtlSources().get(lang) ?? []) {
    for (const m of source.matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)) keys.add(m[1] as string);
  }
  return keys;
}

describe("locales", () => {
  it("parse without errors in every language", () => {
    expect(() => new I18n("vi")).not.toThrow();
  });

  it("are what the compiler checks keys against (src/generated/message-keys.ts is current)", () => {
    expect(readFileSync(messageKeysFile, "utf8"), "run `npm run i18n:keys`").toBe(messageKeysSource());
  });

  it("have no key that no code uses", () => {
    const used = keysUsedInCode();
    for (const lang of locales) {
      const unused = [...keysInLocale(lang)].filter((key) => !used.has(key));
      expect(unused, `unused in locales/${lang}`).toEqual([]);
    }
  });

  it("have the same keys in Vietnamese and English", () => {
    expect([...keysInLocale("en")].sort()).toEqual([...keysInLocale("vi")].sort());
  });

  it("speak Vietnamese by default and fall back to it", () => {
    const i18n = new I18n("vi");
    expect(i18n.t("vi", "cmd-help")).toBe("Các lệnh đồng chí dùng được");
    expect(i18n.t("en", "cmd-help")).toBe("Commands you can use");
    // A key missing at run time (an old draft stored with a renamed key) shows as itself.
    expect(i18n.t("en", "no-such-key" as MessageKey)).toBe("no-such-key");
  });
});
