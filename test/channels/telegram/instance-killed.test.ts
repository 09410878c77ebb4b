import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/database.ts";
import { FakeTelegramServer } from "../../fakes/telegram-server.ts";
import { createScratchPostgresDatabase, postgresServerUrl } from "../../support/database.ts";
import { deliverTelegramUpdate, ProcessGroup } from "../../support/processes.ts";

const SECRET = "instance_kill_webhook_secret";
const processes = new ProcessGroup();

afterEach(() => processes.stopAll());

describe.skipIf(!postgresServerUrl())("two instances on one PostgreSQL, one killed while handling updates", () => {
  it("answers every update after the platform's retries, twice only what was being sent at the kill", async () => {
    const scratch = await createScratchPostgresDatabase();
    processes.onStop(() => scratch.drop());
    // Migrated once up front, so the two instances do not race to do it.
    await (await openDatabase({ kind: "postgres", url: scratch.url }, { poolSize: 1 })).close();
    const fake = await FakeTelegramServer.start();
    processes.onStop(() => fake.close());
    const env = {
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      DATABASE_URL: scratch.url,
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      PUBLIC_URL: "https://bot.example.org",
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      UPDATE_CLAIM_STALE_SECONDS: "3",
    };
    const [a, b] = await Promise.all([processes.startBot(env), processes.startBot(env)]);
    // Replies take a while to leave, so the killed instance has updates claimed, handled and half-sent.
    fake.delay("sendMessage", 400);
    const users = Array.from({ length: 20 }, (_, i) => ({ id: 880_000 + i, firstName: `U${i}` }));
    const updates = users.map((u) => fake.makeTextUpdate(u, "/help"));
    const answered = new Set<number>();
    // Telegram: deliver each update to an instance until one answers 200; the load balancer then sends the
    // retries to the instance still alive.
    const attempts = updates.map(async (update, i) => {
      let target = i % 2 === 0 ? a.url : b.url;
      const giveUp = Date.now() + 60_000;
      while (Date.now() < giveUp) {
        if ((await deliverTelegramUpdate(target, SECRET, update)) === 200) {
          answered.add(update.update_id);
          return;
        }
        target = b.url;
        await new Promise((r) => setTimeout(r, 500));
      }
    });
    await new Promise((r) => setTimeout(r, 250));
    a.child.kill("SIGKILL");
    await Promise.all(attempts);

    expect(answered.size).toBe(updates.length);
    const counts = users.map((u) => fake.texts(u.id).length);
    expect(counts.every((n) => n >= 1)).toBe(true);
    // Only the updates the killed instance was sending (at most its half) may have been answered twice.
    expect(counts.filter((n) => n > 1).length).toBeLessThanOrEqual(updates.length / 2);
    expect(counts.every((n) => n <= 2)).toBe(true);
  }, 240_000);
});
