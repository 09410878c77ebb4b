import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { I18n, loadFtlSources, locales } from "../../src/i18n/i18n.ts";

const srcDir = resolve(import.meta.dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated") return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** Keys the code uses: `t("key")`, `k("key")`, and properties named `key: "key"` or `…Key: "key"`. */
function keysUsedInCode(): Map<string, string> {
  const used = new Map<string, string>();
  const patterns = [
    /\b(?:t|k|refuse)\(\s*(?:[\w.]+,\s*)?["'`]([a-z][a-z0-9-]*)["'`]/g,
    /\b(?:\w*Key|key)\s*:\s*["'`]([a-z][a-z0-9-]*)["'`]/g,
  ];
  // The example flow of docs/dialogue-runtime.md is code too: test/docs runs it, and its keys are in dialogue.ftl.
  const docExample = resolve(import.meta.dirname, "../../docs/dialogue-runtime.md");
  for (const file of [...sourceFiles(srcDir), docExample]) {
    const text = readFileSync(file, "utf8");
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) used.set(m[1] as string, file);
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

  it("have every key the code uses, in every language", () => {
    const used = keysUsedInCode();
    expect(used.size).toBeGreaterThan(10);
    for (const lang of locales) {
      const keys = keysInLocale(lang);
      const missing = [...used].filter(([key]) => !keys.has(key)).map(([key, file]) => `${key} (${file})`);
      expect(missing, `missing in locales/${lang}`).toEqual([]);
    }
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
    expect(i18n.t("en", "no-such-key")).toBe("no-such-key");
  });
});
