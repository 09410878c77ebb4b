import { describe, expect, it } from "vitest";
import { Pacer } from "../../src/outbox/pacer.ts";

describe("pacer", () => {
  it("never lets more than the rate through in any one-second window", async () => {
    const pacer = new Pacer(20);
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      await pacer.acquire();
      times.push(performance.now());
    }
    for (let i = 20; i < times.length; i++) {
      expect((times[i] as number) - (times[i - 20] as number)).toBeGreaterThanOrEqual(999);
    }
  });

  it("waits out a 429 before the next send", async () => {
    const pacer = new Pacer(1000);
    await pacer.acquire();
    pacer.pause(200);
    const before = performance.now();
    await pacer.acquire();
    expect(performance.now() - before).toBeGreaterThanOrEqual(195);
  });

  it("hands out slots in the order they were asked for", async () => {
    const pacer = new Pacer(200);
    const order: number[] = [];
    await Promise.all(Array.from({ length: 30 }, (_, i) => pacer.acquire().then(() => order.push(i))));
    expect(order).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });
});
