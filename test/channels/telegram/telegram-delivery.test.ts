import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type HttpServer, startHttpServer } from "../../../src/http/server.ts";
import type { WebhookChannel } from "../../../src/http/webhook.ts";
import { FakeTelegramServer } from "../../fakes/telegram-server.ts";
import type { TestApp } from "../../support/app.ts";
import { createTelegramTestApp } from "../../support/channels.ts";

let fake: FakeTelegramServer;
let app: TestApp;
let channel: WebhookChannel;
let http: HttpServer;
const anna = { id: 601, firstName: "Anna" };
const SECRET = "s3cret_webhook_token";

beforeEach(async () => {
  fake = await FakeTelegramServer.start();
  ({ app, channel } = await createTelegramTestApp(fake, {
    PUBLIC_URL: "https://bot.example.org",
    TELEGRAM_WEBHOOK_SECRET: SECRET,
  }));
  await channel.start();
  http = await startHttpServer({
    host: "127.0.0.1",
    port: 0,
    db: app.deps.db,
    channels: [channel],
    logger: app.deps.logger,
  });
});
afterEach(async () => {
  await http.close();
  await channel.stop();
  await fake.close();
  await app.close();
});

function post(update: unknown, secret?: string) {
  return fetch(`${http.url}/webhook/telegram`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) },
    body: JSON.stringify(update),
  });
}

describe("telegram channel (webhook) and outbound discipline", () => {
  it("sets the webhook with its secret and answers an update posted to it", async () => {
    expect(fake.webhookUrl).toBe("https://bot.example.org/webhook/telegram");
    expect(fake.callsOf("setWebhook")[0]?.secret_token).toBe(SECRET);
    const response = await post(fake.makeTextUpdate(anna, "/help"), SECRET);
    expect(response.status).toBe(200);
    expect(fake.texts(anna.id)).toHaveLength(1);
  });

  it("rejects a webhook call with a wrong or missing secret and processes nothing", async () => {
    const update = fake.makeTextUpdate(anna, "/help");
    expect((await post(update, "wrong-secret")).status).toBe(401);
    expect((await post(update)).status).toBe(401);
    expect(fake.messages(anna.id)).toEqual([]);
    expect(await app.deps.prisma.inboundUpdate.count()).toBe(0);
    expect(await app.deps.prisma.platformIdentity.count()).toBe(0);
  });

  it("handles the same update delivered twice only once", async () => {
    const update = fake.makeTextUpdate(anna, "/help");
    expect((await post(update, SECRET)).status).toBe(200);
    expect((await post(update, SECRET)).status).toBe(200);
    expect(fake.messages(anna.id)).toHaveLength(1);
    expect(await app.deps.prisma.inboundUpdate.count()).toBe(1);
  });

  it("answers an error while the database is unreachable, so that Telegram delivers the update again", async () => {
    const update = fake.makeTextUpdate(anna, "/help");
    const sql = app.deps.db.sql;
    const query = sql.query;
    sql.query = () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432"));
    try {
      expect((await post(update, SECRET)).status).toBe(503);
    } finally {
      sql.query = query;
    }
    expect(fake.messages(anna.id)).toEqual([]);
    expect((await post(update, SECRET)).status).toBe(200);
    expect(fake.texts(anna.id)).toHaveLength(1);
  });

  it("edits a message in place (a broadcast's progress), an unchanged text being no error", async () => {
    const sender = channel.sender as NonNullable<typeof channel.sender>;
    const sent = await sender.send(String(anna.id), { text: "Đang gửi: 0/120" });
    if (!sent.ok) throw new Error(sent.error);
    const id = sent.messageIds[0] as string;
    expect(await sender.edit?.(String(anna.id), id, { text: "Đang gửi: 60/120" })).toEqual({
      ok: true,
      messageIds: [id],
    });
    expect(await sender.edit?.(String(anna.id), id, { text: "Đang gửi: 60/120" })).toEqual({
      ok: true,
      messageIds: [id],
    });
    expect(fake.messages(anna.id)).toMatchObject([{ text: "Đang gửi: 60/120", edited: true }]);
  });

  it("waits out a 429 with retry_after and delivers the message exactly once", async () => {
    fake.fail({ method: "sendMessage", status: 429, retryAfter: 1 });
    const started = Date.now();
    const result = await channel.sender!.send(String(anna.id), { text: "Thông báo" });
    expect(result.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.texts(anna.id)).toEqual(["Thông báo"]);
    expect(fake.callsOf("sendMessage")).toHaveLength(2);
  });

  it("retries a 5xx with back-off and hands a long retry_after back to the caller", async () => {
    fake.fail({ method: "sendMessage", status: 502 });
    expect((await channel.sender!.send(String(anna.id), { text: "một" })).ok).toBe(true);
    fake.fail({ method: "sendMessage", status: 429, retryAfter: 3600 });
    const result = await channel.sender!.send(String(anna.id), { text: "hai" });
    expect(result).toMatchObject({ ok: false, kind: "retry", retryAfterMs: 3_600_000 });
    expect(fake.texts(anna.id)).toEqual(["một"]);
  });

  it("marks a person who blocked the bot unreachable instead of retrying", async () => {
    await post(fake.makeTextUpdate(anna, "/help"), SECRET);
    fake.block(anna.id);
    const result = await channel.sender!.send(String(anna.id), { text: "Nhắc việc" });
    expect(result).toMatchObject({ ok: false, kind: "unreachable" });
    expect(fake.callsOf("sendMessage")).toHaveLength(2);
    const identity = await app.deps.prisma.platformIdentity.findFirstOrThrow({ where: { chatId: String(anna.id) } });
    expect(identity.unreachableAt).not.toBeNull();
  });

  it("sends a 6000-character reply as two messages in order, split at a line boundary", async () => {
    const lines = Array.from({ length: 120 }, (_, i) => `${String(i).padStart(3, "0")} ${"x".repeat(45)}`);
    const text = lines.join("\n");
    expect(text.length).toBeGreaterThan(5900);
    const result = await channel.sender!.send(String(anna.id), { text });
    expect(result.ok && result.messageIds).toHaveLength(2);
    const [first, second] = fake.texts(anna.id);
    expect(first!.length).toBeLessThanOrEqual(4096);
    expect(first!.startsWith("000 ")).toBe(true);
    expect(second!.endsWith(lines.at(-1)!)).toBe(true);
    expect(`${first}\n${second}`).toBe(text);
  });

  it("uploads files as documents after the text", async () => {
    const result = await channel.sender!.send(String(anna.id), {
      text: "Báo cáo quý",
      files: [{ name: "bao-cao.xlsx", mimeType: "application/vnd.ms-excel", data: Buffer.from("xlsx") }],
    });
    expect(result.ok && result.messageIds).toHaveLength(2);
    expect(fake.messages(anna.id).map((m) => [m.method, m.text ?? m.fileName])).toEqual([
      ["sendMessage", "Báo cáo quý"],
      ["sendDocument", "bao-cao.xlsx"],
    ]);
  });

  it("waits out the 429s of a global rate limit and delivers every message exactly once", async () => {
    fake.setGlobalRateLimit(5);
    const chats = Array.from({ length: 12 }, (_, i) => String(7000 + i));
    const results = await Promise.all(chats.map((chat) => channel.sender!.send(chat, { text: `tin ${chat}` })));
    expect(results.every((r) => r.ok)).toBe(true);
    for (const chat of chats) expect(fake.texts(chat)).toEqual([`tin ${chat}`]);
  });

  it("reports healthy while the database answers and the channel runs", async () => {
    const ok = await fetch(`${http.url}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ ok: true, database: true, channels: { telegram: true } });
    await channel.stop();
    expect((await fetch(`${http.url}/healthz`)).status).toBe(503);
  });
});
