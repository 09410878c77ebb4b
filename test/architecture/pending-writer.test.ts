import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** A write of the column: an SQL assignment, or a Prisma data field (a `select: { pendingChoices: true }` reads). */
function writesPendingChoices(source: string): boolean {
  return /"pendingChoices"\s*=/.test(source) || /\bpendingChoices\s*:(?!\s*true\b)/.test(source);
}

describe("pending choices have one writer", () => {
  it("recognises a write and a read", () => {
    expect(writesPendingChoices('UPDATE "PlatformIdentity" SET "pendingChoices" = $1')).toBe(true);
    expect(writesPendingChoices("data: { pendingChoices: next }")).toBe(true);
    expect(writesPendingChoices("select: { pendingChoices: true }")).toBe(false);
  });

  it("nothing in src/ but src/core/pending.ts writes PlatformIdentity.pendingChoices", () => {
    const writers = sources(join(root, "src"))
      .filter((file) => writesPendingChoices(readFileSync(file, "utf8")))
      .map((file) => relative(root, file));
    expect(writers).toEqual(["src/core/pending.ts"]);
  });
});
