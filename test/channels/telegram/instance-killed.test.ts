import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";
import type { Update } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/database.ts";
import { FakeTelegramServer } from "../../fakes/telegram-server.ts";
import { createScratchPostgresDatabase, postgresServerUrl } from "../../support/database.ts";

const root = resolve(import.meta.dirname, "../../..");
const SECRET = "instance_kill_webhook_secret";
const children: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Starts the bot exactly as `npm start` does, in webhook mode, and waits until its health check answers. */
async function startInstance(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn("node", ["--import", "tsx", "src/main.ts"], {
    cwd: root,
    env: { ...process.env, ...env, HTTP_HOST: "127.0.0.1", HTTP_PORT: String(port), LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  children.push(child);
  let stderr = "";
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance exited early: ${stderr}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, url };
    if (Date.now() > deadline) throw new Error(`instance not ready: ${stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** One webhook delivery as Telegram makes it: the status, or 0 when the connection failed. */
function deliver(url: string, update: Update): Promise<number> {
  return fetch(`${url}/webhook/telegram`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    body: JSON.stringify(update),
  }).then(
    (r) => r.status,
    () => 0,
  );
}

describe.skipIf(!postgresServerUrl())("two instances on one PostgreSQL, one killed while handling updates", () => {
  it("answers every update after the platform's retries, twice only what was being sent at the kill", async () => {
    const scratch = await createScratchPostgresDatabase();
    cleanups.push(() => scratch.drop());
    // Migrated once up front, so the two instances do not race to do it.
    await (await openDatabase({ kind: "postgres", url: scratch.url }, { poolSize: 1 })).close();
    const fake = await FakeTelegramServer.start();
    cleanups.push(() => fake.close());
    const env = {
      NODE_ENV: "test",
      DATABASE_URL: scratch.url,
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      PUBLIC_URL: "https://bot.example.org",
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      UPDATE_CLAIM_STALE_SECONDS: "3",
    };
    const [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
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
        if ((await deliver(target, update)) === 200) {
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
