import { afterEach, describe, expect, it } from "vitest";
import type { WebhookChannel } from "../../src/http/webhook.ts";
import { FakeTelegramServer } from "../fakes/telegram-server.ts";
import { FakeZaloServer } from "../fakes/zalo-server.ts";
import type { TestApp } from "../support/app.ts";
import { createTelegramTestApp, createZaloTestApp } from "../support/channels.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

// A short outage and a short cap stand in for "an hour away, answering within 10 s": without the cap, the wait
// doubles through the outage (0.1, 0.2 … 3.2 s) and the first answer after it comes seconds late.
const OUTAGE_MS = 6000;
const CAP = { POLL_MAX_BACKOFF_MS: "300", POLL_TIMEOUT_SECONDS: "1" };

async function recoveryMs(
  fake: FakeTelegramServer | FakeZaloServer,
  made: { app: TestApp; channel: WebhookChannel },
  say: () => void,
  count: () => number,
): Promise<number> {
  const answered = () => count() > 0;
  cleanups.push(async () => {
    await made.channel.stop();
    await made.app.close();
    await fake.close();
  });
  await made.channel.start();
  // Once before the outage: the first answer warms up the app, and its time is what an answer costs here.
  const before = Date.now();
  say();
  while (!answered()) await new Promise((r) => setTimeout(r, 20));
  const usual = Date.now() - before;
  const answers = count();
  fake.setDown(true);
  await new Promise((r) => setTimeout(r, OUTAGE_MS));
  fake.setDown(false);
  const back = Date.now();
  say();
  while (count() <= answers) {
    if (Date.now() - back > 20_000) throw new Error("no answer after the outage");
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - back - Math.min(usual, 1000);
}

describe("polling after an outage of the platform", () => {
  it("Telegram answers again soon after it comes back: the runner's back-off is capped", async () => {
    const fake = await FakeTelegramServer.start();
    const made = await createTelegramTestApp(fake, CAP);
    const user = { id: 9501, firstName: "An" };
    const ms = await recoveryMs(
      fake,
      made,
      () => fake.sendText(user, "/help"),
      () => fake.texts(user.id).length,
    );
    expect(ms).toBeLessThan(1500);
  }, 180_000);

  it("Zalo answers again soon after it comes back: the poller's back-off is capped", async () => {
    const fake = await FakeZaloServer.start();
    const made = await createZaloTestApp(fake, CAP);
    const user = { id: "z-9501", displayName: "An" };
    const ms = await recoveryMs(
      fake,
      made,
      () => fake.sendText(user, "/help"),
      () => fake.texts(user.id).length,
    );
    expect(ms).toBeLessThan(1500);
  }, 180_000);
});
