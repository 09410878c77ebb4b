import { test as base } from "vitest";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import type { WebhookChannel } from "../../src/http/webhook.ts";
import { buildDocumentOrg, type DocumentOrg } from "../documents/document-fixture.ts";
import { FakeTelegramServer } from "../fakes/telegram-server.ts";
import { type ReviewOrg, seedReviewOrg } from "../features/review/support.ts";
import { addUnitSecretary, type Org, seedOrg } from "../flows/support.ts";
import { type Org as JobsOrg, seedOrg as seedJobsOrg } from "../jobs/org-fixture.ts";
import { type ChatAccount, createTestApp, type TestApp, type TestAppOptions } from "./app.ts";
import { type BroadcastOrg, seedBroadcastOrg } from "./broadcast-org.ts";
import { type BothPlatforms, createTelegramTestApp, startBothPlatforms } from "./channels.ts";
import { OrgBuilder } from "./org-builder.ts";
import { type BlockOrg, buildOrg } from "./org-fixture.ts";

/** A fake Telegram server and the app polling it through a started channel. */
export interface TelegramBot {
  app: TestApp;
  fake: FakeTelegramServer;
  channel: WebhookChannel;
}

export interface Fixtures {
  /** How `app` is made: `test.override({ appOptions: { now: "2026-03-20T02:00:00Z" } })` for a describe block. */
  appOptions: TestAppOptions;
  /** The app on a fresh test database with a `ManualClock`, closed after the test. */
  app: TestApp;
  /** A builder on the app's database, for a test that writes its own organisation. */
  build: OrgBuilder;
  /** Đoàn Khối › Đoàn cơ sở Sở Tư pháp › Chi đoàn Văn phòng: a secretary, two ĐVUT, a staff member (`seedOrg`). */
  org: Org;
  /** `org` plus the Đoàn cơ sở's secretary, linked as `unitSecretary`, who files its quarterly report. */
  unitOrg: Org;
  /** `org` plus secretaries of the Đoàn cơ sở and the Đoàn Khối, and a sibling Đoàn cơ sở (`seedReviewOrg`). */
  reviewOrg: ReviewOrg;
  /** DK › A (A1, A2), DK › B (B1) with terminal accounts for everyone (`buildOrg`). */
  block: BlockOrg;
  /** `block` plus what the union's documents show: an introduced ĐVUT, A's secretary, a quarterly report. */
  documentOrg: DocumentOrg;
  /** Telegram and Zalo channels polling their fake servers, and the app behind them; all stopped after the test. */
  platforms: BothPlatforms;
  /** The app polling a fake Telegram server; stopped after the test. */
  telegramBot: TelegramBot;
  /** R › A › A1, R › B: people on either platform, some unreachable, for broadcasts (`seedBroadcastOrg`). */
  broadcastOrg: BroadcastOrg;
  /** DK › A › A1, DK › B: secretaries, ĐVUT and members in two languages, for the jobs (`jobs/org-fixture.ts`). */
  jobsOrg: JobsOrg;
}

/**
 * `test` (and `it`) with an app and the shared organisations as fixtures: a test asks for what it uses, and only that
 * is built.
 *
 *     it("files a report", async ({ app, org }) => { … });
 */
export const test = base.extend<Fixtures>({
  appOptions: {},
  app: async ({ appOptions }, use) => {
    const app = await createTestApp(appOptions);
    try {
      await use(app);
    } finally {
      await app.close();
    }
  },
  platforms: async ({ appOptions }, use) => {
    const both = await startBothPlatforms(appOptions);
    try {
      await use(both);
    } finally {
      await both.close();
    }
  },
  telegramBot: async ({ appOptions }, use) => {
    const fake = await FakeTelegramServer.start();
    const { app, channel } = await createTelegramTestApp(fake, appOptions.env);
    try {
      await channel.start();
      await use({ app, fake, channel });
    } finally {
      await channel.stop();
      await fake.close();
      await app.close();
    }
  },
  build: async ({ app }, use) => use(new OrgBuilder(app.deps)),
  org: async ({ app }, use) => use(await seedOrg(app.deps.prisma)),
  unitOrg: async ({ app }, use) => {
    const org = await seedOrg(app.deps.prisma);
    await addUnitSecretary(app.deps.prisma, org);
    await use(org);
  },
  reviewOrg: async ({ app }, use) => use(await seedReviewOrg(app)),
  block: async ({ app }, use) => use(await buildOrg(app)),
  documentOrg: async ({ app }, use) => use(await buildDocumentOrg(app)),
  broadcastOrg: async ({ app }, use) => use(await seedBroadcastOrg(app.deps.prisma)),
  jobsOrg: async ({ app }, use) => use(await seedJobsOrg(app.deps)),
});

export const it = test;

/** `it` with a `say(text)` fixture that speaks as `account`: for a file whose tests talk as one person throughout. */
export function itSpeakingAs(account: ChatAccount) {
  return test.extend<{ say: (text: string) => Promise<OutgoingMessage[]> }>({
    say: async ({ app }, use) => use((text) => app.say(account, text)),
  });
}
