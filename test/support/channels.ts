import { buildTelegramChannel } from "../../src/channels/telegram/telegram.ts";
import { buildZaloChannel } from "../../src/channels/zalo/zalo.ts";
import type { WebhookChannel } from "../../src/http/webhook.ts";
import { FakeTelegramServer } from "../fakes/telegram-server.ts";
import { FakeZaloServer } from "../fakes/zalo-server.ts";
import { createTestApp, type TestApp, type TestAppOptions } from "./app.ts";

/** Settings that keep channel tests fast: no pacing between messages of one chat, short back-off and polls. */
export const fastSending: Record<string, string> = {
  TELEGRAM_CHAT_INTERVAL_MS: "0",
  TELEGRAM_MAX_PER_SECOND: "1000",
  ZALO_CHAT_INTERVAL_MS: "0",
  ZALO_MAX_PER_SECOND: "1000",
  SEND_BACKOFF_MS: "20",
  POLL_TIMEOUT_SECONDS: "1",
};

/** The whole app plus a Telegram channel talking to the fake server (polling unless PUBLIC_URL is given). */
export async function createTelegramTestApp(
  fake: FakeTelegramServer,
  env: Record<string, string> = {},
): Promise<{ app: TestApp; channel: WebhookChannel }> {
  const app = await createTestApp({
    env: { ...fastSending, TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, ...env },
  });
  const channel = buildTelegramChannel(app.deps, app.dispatcher, { botInfo: fake.botInfo });
  return { app, channel };
}

/**
 * A fake Telegram server and the whole app polling it, started; what stops them (channel, server, app) is pushed onto
 * `cleanups`, to be run in reverse order after the test.
 */
export async function startTelegramTestApp(
  cleanups: (() => Promise<void>)[],
  env: Record<string, string> = {},
): Promise<{ app: TestApp; fake: FakeTelegramServer; channel: WebhookChannel }> {
  const fake = await FakeTelegramServer.start();
  const { app, channel } = await createTelegramTestApp(fake, env);
  cleanups.push(
    () => app.close(),
    () => fake.close(),
  );
  await channel.start();
  cleanups.push(() => channel.stop());
  return { app, fake, channel };
}

/** The whole app plus a Zalo channel talking to the fake server (polling unless PUBLIC_URL is given). */
export async function createZaloTestApp(
  fake: FakeZaloServer,
  env: Record<string, string> = {},
): Promise<{ app: TestApp; channel: WebhookChannel }> {
  const app = await createTestApp({
    env: { ...fastSending, ZALO_BOT_TOKEN: fake.token, ZALO_API_ROOT: fake.apiRoot, ...env },
  });
  return { app, channel: buildZaloChannel(app.deps, app.dispatcher) };
}

export interface BothPlatforms {
  app: TestApp;
  telegram: FakeTelegramServer;
  zalo: FakeZaloServer;
  channels: WebhookChannel[];
  /** Stops the channels, the fake servers and the app. */
  close(): Promise<void>;
}

/** The whole app with Telegram and Zalo channels running at once against their fake servers (polling). */
export async function startBothPlatforms(options: TestAppOptions = {}): Promise<BothPlatforms> {
  const telegram = await FakeTelegramServer.start();
  const zalo = await FakeZaloServer.start();
  const app = await createTestApp({
    ...options,
    env: {
      ...fastSending,
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      ZALO_BOT_TOKEN: zalo.token,
      ZALO_API_ROOT: zalo.apiRoot,
      ...options.env,
    },
  });
  const channels = [
    buildTelegramChannel(app.deps, app.dispatcher, { botInfo: telegram.botInfo }),
    buildZaloChannel(app.deps, app.dispatcher),
  ];
  for (const channel of channels) await channel.start();
  return {
    app,
    telegram,
    zalo,
    channels,
    async close() {
      for (const channel of channels) await channel.stop();
      await telegram.close();
      await zalo.close();
      await app.close();
    },
  };
}
