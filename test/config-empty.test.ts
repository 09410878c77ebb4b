import { describe, expect, it } from "vitest";
import { configSchema, loadConfig } from "../src/config.ts";

describe("an empty environment value means 'not set'", () => {
  it("every variable given as NAME= (or blanks) gets its default", () => {
    const defaults = loadConfig({});
    const names = Object.keys(configSchema.shape);
    expect(names.length).toBeGreaterThan(50);
    for (const name of names) {
      for (const empty of ["", "  "]) {
        expect(loadConfig({ [name]: empty }), `${name}=${JSON.stringify(empty)}`).toEqual(defaults);
      }
    }
  });
});

describe("the admin command line with empty values", () => {
  it("runs with LOG_LEVEL= (it used to hand pino an empty level and crash)", async () => {
    const { spawnSync } = await import("node:child_process");
    const { resolve } = await import("node:path");
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/admin/cli.ts", "link-code", "NOBODY"], {
      cwd: resolve(import.meta.dirname, ".."),
      env: { ...process.env, LOG_LEVEL: "", DATABASE_URL: "", PGLITE_DATA_DIR: ":memory:", NODE_ENV: "test" },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(result.stderr).not.toMatch(/level/i);
    expect(result.stdout).toContain("NOBODY");
    expect(result.status).toBe(1);
  }, 150_000);
});
