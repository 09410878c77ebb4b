import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, sourceFiles } from "../support/source-files.ts";

describe("test fixtures", () => {
  it("are scoped inside a describe block, never for a whole file", async () => {
    // Test files share one module graph per worker (isolate: false in vitest.config.ts): an `it.override(…)` outside a
    // describe block stayed on the shared `it` and moved the clock of every later file in that worker.
    const offenders: string[] = [];
    for (const file of await sourceFiles("test")) {
      const text = await readFile(join(root, file), "utf8");
      if (/^it\.override\(/m.test(text)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});
