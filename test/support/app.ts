import { type App, createApp } from "../../src/app.ts";
import { ManualClock } from "../../src/clock.ts";
import { loadConfig } from "../../src/config.ts";
import type { BackgroundWork } from "../../src/core/background.ts";
import type { IncomingMessage, OutgoingMessage, Platform } from "../../src/core/messages.ts";
import type { Database } from "../../src/db/database.ts";
import { createLogger } from "../../src/logger.ts";
import { createTestDatabase } from "./database.ts";

export interface TestApp extends App {
  clock: ManualClock;
  /** Sends text as one chat account and returns the bot's replies. */
  say(who: ChatAccount, text: string): Promise<OutgoingMessage[]>;
  /** Presses a button (or answers a numbered choice) as one chat account. */
  press(who: ChatAccount, value: string, promptId?: string): Promise<OutgoingMessage[]>;
}

export interface ChatAccount {
  platform: Platform;
  externalId: string;
}

export interface TestAppOptions {
  now?: string;
  env?: Record<string, string>;
  /** A database of the test's own (e.g. a scratch PostgreSQL database); closed with the app. */
  db?: Database;
  /** Where answers start work they do not wait for (a test may hold it back). */
  background?: BackgroundWork;
}

/** The whole platform-neutral app on a fresh database and a fixed clock (2026-11-26 09:00 in Vietnam). */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const clock = new ManualClock(options.now ?? "2026-11-26T02:00:00Z");
  // The clock stands still in tests, so the flood limit would count a whole scenario as one burst.
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", FLOOD_MAX_MESSAGES: "1000", ...options.env });
  const logger = createLogger({ level: "silent", pretty: false });
  const db = options.db ?? (await createTestDatabase());
  const app = await createApp(config, logger, { clock, db, background: options.background });
  const send = (who: ChatAccount, content: IncomingMessage["content"]) =>
    app.dispatcher.handle({
      platform: who.platform,
      chatId: who.externalId,
      chatType: "private",
      sender: { externalId: who.externalId },
      content,
      receivedAt: clock.now(),
    });
  return {
    ...app,
    clock,
    say: (who, text) => send(who, { kind: "text", text }),
    press: (who, value, promptId) => send(who, { kind: "choice", value, promptId }),
  };
}

/** Links a chat account to a person directly in the database, as linking would. */
export async function linkAccount(app: App, who: ChatAccount, personId: string): Promise<void> {
  await app.deps.prisma.platformIdentity.upsert({
    where: { platform_externalId: who },
    create: { ...who, chatId: who.externalId, personId, linkedAt: new Date() },
    update: { personId },
  });
}
