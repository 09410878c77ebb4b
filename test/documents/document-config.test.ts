import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";

describe("document link configuration", () => {
  it("is off by default, with links valid 30 minutes once a secret is set", () => {
    const config = loadConfig({});
    expect(config.DOCUMENT_LINK_SECRET).toBeUndefined();
    expect(config.DOCUMENT_LINK_TTL_MINUTES).toBe(30);
    expect(loadConfig({ DOCUMENT_LINK_SECRET: "0123456789abcdef0123" }).DOCUMENT_LINK_SECRET).toBe(
      "0123456789abcdef0123",
    );
  });

  it("refuses a short secret or a bad validity without printing the secret", () => {
    let problems: string[] = [];
    try {
      loadConfig({ DOCUMENT_LINK_SECRET: "tooshort", DOCUMENT_LINK_TTL_MINUTES: "0" });
    } catch (error) {
      if (error instanceof ConfigError) problems = error.problems;
    }
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^DOCUMENT_LINK_SECRET: expected at least 16 characters .*\(got set\)$/);
    expect(problems[1]).toMatch(/^DOCUMENT_LINK_TTL_MINUTES: /);
    expect(problems.join("\n")).not.toContain("tooshort");
  });
});
