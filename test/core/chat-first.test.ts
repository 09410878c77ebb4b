import { describe, expect, it } from "vitest";
import { ChatFirst } from "../../src/core/chat-first.ts";

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("chat goes first", () => {
  it("background work goes on at once when no update is being handled", async () => {
    const chat = new ChatFirst();
    const order: string[] = [];
    await Promise.all([chat.idle().then(() => order.push("idle")), later(0).then(() => order.push("timer"))]);
    expect(order).toEqual(["idle", "timer"]);
  });

  it("waits for the updates being handled, counted from the moment they arrive", async () => {
    const chat = new ChatFirst();
    const order: string[] = [];
    const first = chat.run(() => later(30).then(() => order.push("first answered")));
    const second = chat.run(() => later(60).then(() => order.push("second answered")));
    expect(chat.active).toBe(2);
    await chat.idle(5_000);
    order.push("batch");
    await Promise.all([first, second]);
    expect(order).toEqual(["first answered", "second answered", "batch"]);
    expect(chat.active).toBe(0);
  });

  it("never waits for the update it runs in (the composer preparing its broadcast)", async () => {
    const chat = new ChatFirst();
    const order: string[] = [];
    await chat.run(async () => {
      await Promise.all([chat.idle(5_000).then(() => order.push("idle")), later(20).then(() => order.push("timer"))]);
    });
    expect(order).toEqual(["idle", "timer"]);
  });

  it("waits only for the updates in flight when it is asked, not for those arriving meanwhile", async () => {
    const chat = new ChatFirst();
    const order: string[] = [];
    const first = chat.run(() => later(30).then(() => order.push("first answered")));
    const waited = chat.idle(5_000).then(() => order.push("batch"));
    await later(10);
    const second = chat.run(() => later(100).then(() => order.push("second answered")));
    await Promise.all([first, waited, second]);
    expect(order).toEqual(["first answered", "batch", "second answered"]);
  });

  it("moves on after the longest wait when an update takes too long, and a failed update is no longer counted", async () => {
    const chat = new ChatFirst();
    const order: string[] = [];
    const endless = chat.run(() => later(300).then(() => order.push("long update answered")));
    await chat.idle(30);
    order.push("batch");
    await endless;
    await expect(chat.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(chat.active).toBe(0);
    expect(order).toEqual(["batch", "long update answered"]);
  });
});
