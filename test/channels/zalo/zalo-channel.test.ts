import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type HttpServer, startHttpServer } from "../../../src/http/server.ts";
import type { WebhookChannel } from "../../../src/http/webhook.ts";
import { FakeZaloServer } from "../../fakes/zalo-server.ts";
import type { TestApp } from "../../support/app.ts";
import { createZaloTestApp } from "../../support/channels.ts";

let fake: FakeZaloServer;
let app: TestApp;
let channel: WebhookChannel;
const binh = { id: "z-2001", displayName: "Bình" };

afterEach(async () => {
  await channel.stop();
  await fake.close();
  await app.close();
});

describe("zalo channel (long polling)", () => {
  beforeEach(async () => {
    fake = await FakeZaloServer.start();
    ({ app, channel } = await createZaloTestApp(fake));
    await channel.start();
  });

  it("shows choices as a numbered list and takes the answer by number or by label", async () => {
    fake.sendText(binh, "/lang");
    const [menu] = await fake.waitForMessages(binh.id, 1);
    expect(menu?.text).toBe("Chọn ngôn ngữ / Choose your language:\n\n1. Tiếng Việt\n2. English");
    fake.sendText(binh, "2");
    expect((await fake.waitForMessages(binh.id, 2))[1]?.text).toBe("Switched to English.");
    fake.sendText(binh, "/lang");
    await fake.waitForMessages(binh.id, 3);
    fake.sendText(binh, "Tiếng Việt");
    expect((await fake.waitForMessages(binh.id, 4))[3]?.text).toBe("Đã chuyển sang Tiếng Việt.");
    expect(fake.callsOf("deleteWebhook")).toHaveLength(1);
  });

  it("splits a 2800-character reply into two ordered messages under 2000 characters", async () => {
    const text = Array.from({ length: 40 }, (_, i) => `dòng ${i} ${"ư".repeat(60)}`).join("\n");
    const result = await channel.sender!.send(binh.id, { text });
    expect(result.ok && result.messageIds.length).toBe(2);
    const parts = fake.texts(binh.id);
    expect(parts.every((p) => p.length <= 2000)).toBe(true);
    expect(parts.join("\n")).toBe(text);
  });

  it("treats ok:false with HTTP 200 as a failure and marks a blocked person unreachable", async () => {
    fake.sendText(binh, "/help");
    await fake.waitForMessages(binh.id, 1);
    fake.block(binh.id);
    const result = await channel.sender!.send(binh.id, { text: "Nhắc việc" });
    expect(result).toMatchObject({ ok: false, kind: "unreachable" });
    const identity = await app.deps.prisma.platformIdentity.findFirstOrThrow({ where: { platform: "zalo" } });
    expect(identity.unreachableAt).not.toBeNull();
  });

  it("waits out a 429 and delivers once", async () => {
    fake.fail({ method: "sendMessage", status: 429, retryAfter: 1 });
    const result = await channel.sender!.send(binh.id, { text: "Thông báo" });
    expect(result.ok).toBe(true);
    expect(fake.texts(binh.id)).toEqual(["Thông báo"]);
    expect(fake.callsOf("sendMessage")).toHaveLength(2);
  });

  it("lets the poll in flight finish when stopping, so no handed-out update is lost", async () => {
    await channel.stop();
    expect(fake.pendingUpdates()).toBe(0);
    expect(channel.isRunning()).toBe(false);
    // Updates queued after the stop stay with the server for the next poller.
    fake.sendText(binh, "/help");
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.pendingUpdates()).toBe(1);
  });
});

describe("zalo channel (webhook)", () => {
  let http: HttpServer;
  const SECRET = "zalo-webhook-secret";

  beforeEach(async () => {
    fake = await FakeZaloServer.start();
    ({ app, channel } = await createZaloTestApp(fake, {
      PUBLIC_URL: "https://bot.example.org",
      ZALO_WEBHOOK_SECRET: SECRET,
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
  });

  const post = (body: unknown, secret?: string) =>
    fetch(`${http.url}/webhook/zalo`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(secret ? { "x-bot-api-secret-token": secret } : {}) },
      body: JSON.stringify(body),
    });

  it("registers the webhook with its secret", () => {
    expect(fake.webhookUrl).toBe("https://bot.example.org/webhook/zalo");
    expect(fake.webhookSecret).toBe(SECRET);
  });

  it("rejects a wrong secret, and handles an update delivered twice only once", async () => {
    const update = fake.makeTextUpdate(binh, "/help");
    expect((await post({ ok: true, result: update }, "nope")).status).toBe(401);
    expect(fake.messages(binh.id)).toEqual([]);
    expect((await post({ ok: true, result: update }, SECRET)).status).toBe(200);
    // The same update again, this time bare (both shapes are accepted).
    expect((await post(update, SECRET)).status).toBe(200);
    expect(fake.messages(binh.id)).toHaveLength(1);
  });

  it("answers an error while the database is unreachable, and handles the update delivered again", async () => {
    const update = fake.makeTextUpdate(binh, "/help");
    const sql = app.deps.db.sql;
    const query = sql.query;
    sql.query = () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432"));
    try {
      expect((await post(update, SECRET)).status).toBe(503);
    } finally {
      sql.query = query;
    }
    expect(fake.messages(binh.id)).toEqual([]);
    expect((await post(update, SECRET)).status).toBe(200);
    expect(fake.messages(binh.id)).toHaveLength(1);
  });
});
