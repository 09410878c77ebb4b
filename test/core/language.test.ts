import { describe, expect, it } from "vitest";
import { languageOf } from "../../src/core/language.ts";

describe("languageOf", () => {
  it("takes the person's own language when the bot speaks it", () => {
    expect(languageOf("en", "vi")).toBe("en");
    expect(languageOf("vi", "en")).toBe("vi");
  });

  it("takes the first language the bot speaks: the person's before the chat account's", () => {
    expect(languageOf(["en", "vi"], "vi")).toBe("en");
    expect(languageOf([null, "en"], "vi")).toBe("en");
    expect(languageOf(["fr", undefined, "en"], "vi")).toBe("en");
  });

  it("falls back to the deployment's default, never to a hard-coded Vietnamese", () => {
    expect(languageOf(undefined, "en")).toBe("en");
    expect(languageOf(null, "en")).toBe("en");
    expect(languageOf("fr", "en")).toBe("en");
    expect(languageOf([], "en")).toBe("en");
    expect(languageOf([null, "de"], "en")).toBe("en");
  });
});
