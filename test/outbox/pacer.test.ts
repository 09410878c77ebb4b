import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LocalBudget, Pacer } from "../../src/channels/outbound/pacer.ts";

// Fake timers: the pacer's clock and its waits move together, so a busy machine cannot skew what is measured.
/** The one pacer of every send (src/channels/outbound/pacer.ts), with a bot budget of `perSecond`. */
const pacerAt = (perSecond: number) =>
  new Pacer({ chatIntervalMs: 0, chatBurst: 1 }, new LocalBudget(perSecond, () => Date.now()), () => Date.now());

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
        await pacer.wait(`chat-${i}`);
        times.push(Date.now());
      }
    })();
    while (times.length < count) await vi.advanceTimersByTimeAsync(1);
    await all;
    return times;
  }

  it("never lets more than the rate through in any one-second window", async () => {
    const pacer = pacerAt(20);
    const times = await grantTimes(pacer, 50);
    for (let i = 20; i < times.length; i++) {
      expect((times[i] as number) - (times[i - 20] as number)).toBeGreaterThanOrEqual(1000);
    }
    // And it does not dawdle: 50 sends at 20 a second take between two and three seconds.
    expect(times.at(-1)).toBeLessThan(3000);
  });

  it("after a stall it keeps its spacing: never one burst", async () => {
    const pacer = pacerAt(20);
    await grantTimes(pacer, 1);
    await vi.advanceTimersByTimeAsync(5000);
    const times = await grantTimes(pacer, 10);
    for (let i = 1; i < times.length; i++) {
      expect((times[i] as number) - (times[i - 1] as number)).toBeGreaterThanOrEqual(25);
    }
  });

  it("waits out a 429 before the next send", async () => {
    const pacer = pacerAt(1000);
    await grantTimes(pacer, 1);
    await pacer.pause(200);
    const before = Date.now();
    await grantTimes(pacer, 1);
    expect(Date.now() - before).toBeGreaterThanOrEqual(200);
  });

  it("hands out slots in the order they were asked for", async () => {
    const pacer = pacerAt(200);
    const order: number[] = [];
    const all = Promise.all(Array.from({ length: 30 }, (_, i) => pacer.wait(`chat-${i}`).then(() => order.push(i))));
    while (order.length < 30) await vi.advanceTimersByTimeAsync(1);
    await all;
    expect(order).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });
});
