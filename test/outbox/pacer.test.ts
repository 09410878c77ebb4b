import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Pacer } from "../../src/outbox/pacer.ts";

// Fake timers: the pacer's clock and its waits move together, so a busy machine cannot skew what is measured.
describe("pacer", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Takes `count` slots, advancing the fake clock until each is granted; returns the grant times. */
  async function grantTimes(pacer: Pacer, count: number): Promise<number[]> {
    const times: number[] = [];
    const all = (async () => {
      for (let i = 0; i < count; i++) {
        await pacer.acquire();
        times.push(Date.now());
      }
    })();
    while (times.length < count) await vi.advanceTimersByTimeAsync(1);
    await all;
    return times;
  }

  it("never lets more than the rate through in any one-second window", async () => {
    const pacer = new Pacer(20, () => Date.now());
    const times = await grantTimes(pacer, 50);
    for (let i = 20; i < times.length; i++) {
      expect((times[i] as number) - (times[i - 20] as number)).toBeGreaterThanOrEqual(1000);
    }
    // And it does not dawdle: 50 sends at 20 a second take between two and three seconds.
    expect(times.at(-1)).toBeLessThan(3000);
  });

  it("after a stall it catches up at twice the rate at most, never in one burst", async () => {
    const pacer = new Pacer(20, () => Date.now());
    await grantTimes(pacer, 1);
    await vi.advanceTimersByTimeAsync(5000);
    const times = await grantTimes(pacer, 10);
    for (let i = 1; i < times.length; i++) {
      expect((times[i] as number) - (times[i - 1] as number)).toBeGreaterThanOrEqual(25);
    }
  });

  it("waits out a 429 before the next send", async () => {
    const pacer = new Pacer(1000, () => Date.now());
    await grantTimes(pacer, 1);
    pacer.pause(200);
    const before = Date.now();
    await grantTimes(pacer, 1);
    expect(Date.now() - before).toBeGreaterThanOrEqual(200);
  });

  it("hands out slots in the order they were asked for", async () => {
    const pacer = new Pacer(200, () => Date.now());
    const order: number[] = [];
    const all = Promise.all(Array.from({ length: 30 }, (_, i) => pacer.acquire().then(() => order.push(i))));
    while (order.length < 30) await vi.advanceTimersByTimeAsync(1);
    await all;
    expect(order).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });
});
