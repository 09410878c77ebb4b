import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, sourceFiles } from "../support/source-files.ts";

/**
 * Every button value is built and read by its kind (src/core/buttons.ts): `kind.value({...})`, and the dispatcher
 * decodes it for the action. This test finds the old ways back in: a value written as a template string or a literal
 * with a registered prefix ("ack:${id}", "review:list"), a value tested with startsWith("review:…"), or an action
 * that splits what it received by hand.
 */

/** The files that may spell the wire format out: the codec and the declarations of the kinds. */
const exempt = (file: string) => file === "src/core/buttons.ts" || /(^|\/)buttons\.ts$/.test(file);

/** The first word of every declared kind's prefix: `button("review:open", …)` gives "review". */
function declaredPrefixes(text: string): string[] {
  return [...text.matchAll(/\bbutton\(\s*["']([a-z~][a-z0-9-]*)/g)].map((m) => m[1] as string);
}

/** The text of each `action({ … })` call, found by matching its braces. */
function actionBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (const m of text.matchAll(/\baction\(\{/g)) {
    let depth = 0;
    for (let i = (m.index as number) + "action(".length; i < text.length; i++) {
      if (text[i] === "{") depth++;
      else if (text[i] === "}" && --depth === 0) {
        blocks.push(text.slice(m.index, i + 1));
        break;
      }
    }
  }
  return blocks;
}

/** Lines of `text` that build or read a button value by hand, given the declared prefixes. */
function handBuiltValues(text: string, prefixes: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const lines = text.split("\n");
  for (const line of lines) {
    // Declarations, and comments that show the wire format to a reader.
    if (/\bbutton\(/.test(line) || /^\s*(\/\/|\/\*|\*)/.test(line)) continue;
    const patterns = [
      // `ack:${id}`, `review:open:${id}`
      /`([a-z][a-z0-9-]*)(?::[a-z0-9-]*)*:\$\{/g,
      // "review:list", "dvut:pick", 'flow:start:self-report'
      /["'`]([a-z][a-z0-9-]*):[^"'`\s]*["'`]/g,
      // value.startsWith("flow:start:")
      /startsWith\(\s*["'`]([a-z][a-z0-9-]*):/g,
    ];
    for (const pattern of patterns) {
      for (const m of line.matchAll(pattern)) if (prefixes.has(m[1] as string)) found.push(line.trim());
    }
  }
  for (const block of actionBlocks(text)) {
    for (const line of block.split("\n")) {
      if (/\.split\(\s*["'`][:@]["'`]\s*\)|indexOf\(\s*["'`]:["'`]\s*\)/.test(line)) found.push(line.trim());
    }
  }
  return [...new Set(found)];
}

describe("button values", () => {
  it("are built and read only through their kinds", async () => {
    const files = await sourceFiles("src");
    const texts = new Map<string, string>();
    for (const file of files) texts.set(file, await readFile(join(root, file), "utf8"));
    const prefixes = new Set([...texts.values()].flatMap(declaredPrefixes).filter((p) => p !== "~"));
    // The kinds are found at all (the scan would pass vacuously otherwise).
    for (const known of ["ack", "reg", "review", "flow", "dash", "export", "lang", "quiz", "v", "edit"])
      expect(prefixes).toContain(known);
    const offences: string[] = [];
    for (const [file, text] of texts) {
      if (exempt(file)) continue;
      for (const line of handBuiltValues(text, prefixes)) offences.push(`${file}: ${line}`);
    }
    expect(offences).toEqual([]);
  });

  it("would catch a value built or split by hand", () => {
    const prefixes = new Set(["ack", "review", "flow", "dvut"]);
    // Source text written with "#{" for "\${", so that it stays a plain string here.
    const source = (text: string) => text.replaceAll("#{", "${");
    const planted = [
      "choices.push({ value: `ack:#{broadcast.id}`, label });",
      'choices.push({ value: "review:list", label });',
      "const value = `review:approve:#{id}:#{version}`;",
      'if (choice.value.startsWith("flow:start:")) return;',
      [
        "actions: [action({",
        "  button: confirmButton,",
        '  access: "linked",',
        "  async run(ctx, { rest }) {",
        '    const [verb = "", id = ""] = rest.split(":");',
        "  },",
        "})]",
      ].join("\n"),
    ];
    for (const text of planted) expect(handBuiltValues(source(text), prefixes), text).not.toEqual([]);
    const clean = [
      "choices.push({ value: confirmBroadcastButton.value({ broadcastId: b.id }), label });",
      "const key = `broadcast:#{b.id}:started`;",
      'const owner = `p:#{person.id}`; const parts = args.split(":");',
      "const remind = `flow-remind:#{row.id}`;",
    ];
    for (const text of clean) expect(handBuiltValues(source(text), prefixes), text).toEqual([]);
    expect(declaredPrefixes('export const x = button("review:open", { reportId: "id" });')).toEqual(["review"]);
  });
});
