import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FloodGuard } from "../../src/core/flood.ts";
import { createTestApp, type TestApp } from "../support/app.ts";

describe("flood guard", () => {
  it("warns once past the limit, ignores until the mute ends, then listens again", () => {
    const guard = new FloodGuard({ maxMessages: 3, windowMs: 10_000, muteMs: 60_000 });
    const at = (s: number) => new Date(Date.UTC(2026, 10, 26, 2, 0, s));
    expect([0, 1, 2].map((s) => guard.check("a", at(s)))).toEqual(["ok", "ok", "ok"]);
    expect(guard.check("a", at(3))).toBe("warn");
    expect(guard.check("a", at(4))).toBe("ignore");
    expect(guard.check("b", at(4))).toBe("ok");
    expect(guard.check("a", new Date(at(3).getTime() + 60_001))).toBe("ok");
  });

  it("counts only messages inside the window", () => {
    const guard = new FloodGuard({ maxMessages: 2, windowMs: 1000, muteMs: 5000 });
    const t0 = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 10; i++) expect(guard.check("a", new Date(t0 + i * 600))).toBe("ok");
  });
});

describe("flood limit in the dispatcher", () => {
  let app: TestApp;
  const spammer = { platform: "zalo" as const, externalId: "z-spam" };
  const calm = { platform: "zalo" as const, externalId: "z-calm" };

  beforeEach(async () => {
    app = await createTestApp({
      env: { FLOOD_MAX_MESSAGES: "3", FLOOD_WINDOW_SECONDS: "10", FLOOD_MUTE_SECONDS: "60" },
    });
  });
  afterEach(async () => {
    await app.close();
  });

  it("answers a flooding person with one polite warning, then nothing, while others are served", async () => {
    for (let i = 0; i < 3; i++) expect(await app.say(spammer, "/help")).toHaveLength(1);
    const [warning] = await app.say(spammer, "/help");
    expect(warning?.text).toContain("quá nhanh");
    expect(await app.say(spammer, "/help")).toEqual([]);
    expect(await app.say(calm, "/help")).toHaveLength(1);
    app.clock.advance(61_000);
    expect(await app.say(spammer, "/help")).toHaveLength(1);
  });
});
