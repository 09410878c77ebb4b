import { describe, expect, it } from "vitest";
import { RateSlot } from "../../../src/channels/outbound/pacer.ts";
import { PollHealth } from "../../../src/channels/outbound/poll-health.ts";
import { withRetries } from "../../../src/channels/outbound/retry.ts";

describe("rate slots", () => {
  it("lets a burst through at once, then spaces sends by the interval", () => {
    const slot = new RateSlot(1000, 3);
    expect([0, 0, 0, 0, 0].map(() => slot.reserve(0))).toEqual([0, 0, 0, 1000, 2000]);
  });

  it("forgets old bookings once time has passed", () => {
    const slot = new RateSlot(1000, 1);
    expect(slot.reserve(0)).toBe(0);
    expect(slot.reserve(5000)).toBe(5000);
    expect(slot.idleAt(7000)).toBe(true);
  });
});

describe("send retries", () => {
  const policy = { maxAttempts: 3, maxWaitMs: 1000, backoffMs: 1 };

  it("retries what may be retried, up to the limit, and reports the rest at once", async () => {
    let calls = 0;
    const flaky = await withRetries(
      policy,
      async () => {
        calls++;
        if (calls < 3) throw new Error("502");
        return "sent";
      },
      () => ({ kind: "retry" }),
      String,
    );
    expect(flaky).toEqual({ ok: true, value: "sent" });

    calls = 0;
    const lost = await withRetries(
      policy,
      async () => {
        calls++;
        throw new Error("socket hang up");
      },
      () => ({ kind: "uncertain" }),
      String,
    );
    expect(lost).toMatchObject({ ok: false, kind: "uncertain" });
    expect(calls).toBe(1);
  });
});

describe("poll health", () => {
  it("stays healthy through a short outage and turns unhealthy after the grace period", () => {
    let now = 0;
    const health = new PollHealth(60_000, () => now);
    expect(health.failed()).toBe(true);
    expect(health.failed()).toBe(false);
    now = 59_000;
    expect(health.healthy()).toBe(true);
    now = 61_000;
    expect(health.healthy()).toBe(false);
    health.ok();
    expect(health.healthy()).toBe(true);
  });
});
