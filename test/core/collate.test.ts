import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { compareVi } from "../../src/core/collate.ts";

describe("compareVi", () => {
  it("follows the Vietnamese alphabet: a ă â, d đ, e ê, o ô ơ, u ư", () => {
    const letters = ["ư", "u", "ơ", "ô", "o", "ê", "e", "đ", "d", "b", "â", "ă", "a"];
    expect(letters.sort(compareVi)).toEqual(["a", "ă", "â", "b", "d", "đ", "e", "ê", "o", "ô", "ơ", "u", "ư"]);
  });

  it("orders the tones ngang, huyền, hỏi, ngã, sắc, nặng", () => {
    expect(["ạ", "á", "ã", "ả", "à", "a"].sort(compareVi)).toEqual(["a", "à", "ả", "ã", "á", "ạ"]);
  });

  it("sorts names letter by letter: Đ after every D, the tone only breaks a tie", () => {
    const names = ["Đào Văn An", "Dương Thị Bình", "Ân", "Ăn", "Ánh", "Anh", "Bình"];
    expect(names.sort(compareVi)).toEqual(["Anh", "Ánh", "Ăn", "Ân", "Bình", "Dương Thị Bình", "Đào Văn An"]);
  });

  it("is the only Vietnamese collation in src/ (no collator built per call)", async () => {
    const src = new URL("../../src/", import.meta.url).pathname;
    const entries = await readdir(src, { withFileTypes: true, recursive: true });
    const offenders: string[] = [];
    for (const e of entries) {
      if (!e.isFile() || !e.name.endsWith(".ts")) continue;
      const file = relative(src, join(e.parentPath, e.name));
      if (file.startsWith("generated/") || file === "core/collate.ts") continue;
      const text = await readFile(join(src, file), "utf8");
      if (/localeCompare\((?:[^()]|\([^()]*\))*,\s*["']vi["']/.test(text) || /Intl\.Collator\(/.test(text))
        offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});
