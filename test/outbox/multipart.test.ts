import { afterEach, describe, expect, it } from "vitest";
import type { ChannelSender } from "../../src/core/channel.ts";
import { enqueue } from "../../src/outbox/enqueue.ts";
import type { OutboxWorker } from "../../src/outbox/worker.ts";
import { FakeTelegramServer } from "../fakes/telegram-server.ts";
import { FakeZaloServer } from "../fakes/zalo-server.ts";
import type { TestApp } from "../support/app.ts";
import { createTelegramTestApp, createZaloTestApp } from "../support/channels.ts";
import { testWorker, until } from "../support/outbox.ts";

let app: TestApp | undefined;
let worker: OutboxWorker | undefined;
let fake: { close(): Promise<void> } | undefined;

afterEach(async () => {
  await worker?.stop();
  await app?.close();
  await fake?.close();
  worker = undefined;
  app = undefined;
  fake = undefined;
});

// One try per send: the outbox decides when to try again.
const oneTry = { SEND_MAX_ATTEMPTS: "1" };
const longText = (n: number) =>
  Array.from({ length: n }, (_, i) => `Dòng ${i}: thông báo của Đoàn Khối gửi các chi đoàn.`).join("\n");

async function zaloSetup() {
  const server = await FakeZaloServer.start();
  fake = server;
  const made = await createZaloTestApp(server, oneTry);
  app = made.app;
  return { server, app: made.app, sender: made.channel.sender as ChannelSender };
}

async function onlyDelivery(a: TestApp) {
  return a.deps.prisma.delivery.findFirstOrThrow();
}

describe("a message of several platform calls", () => {
  it("Zalo: a photo failing for a while after its two text parts resumes at the photo, never resending the text", async () => {
    const { server, app: a, sender } = await zaloSetup();
    const text = longText(60);
    expect(text.length).toBeGreaterThan(2000);
    await enqueue(a.deps.prisma, [
      { platform: "zalo", chatId: "z-1", message: { text, photoUrl: "https://example.org/a.jpg" } },
    ]);
    server.fail({ method: "sendPhoto", status: 502, times: 3 });
    worker = testWorker(a.deps.prisma, [sender]);
    await worker.start();
    await until(async () => (await onlyDelivery(a)).status === "sent");
    const sent = server.messages("z-1");
    expect(sent.filter((m) => m.method === "sendMessage")).toHaveLength(2);
    expect(sent.filter((m) => m.method === "sendPhoto")).toHaveLength(1);
    expect(sent.map((m) => m.method)).toEqual(["sendMessage", "sendMessage", "sendPhoto"]);
  });

  it("Zalo: a photo refused after its text arrived is 'sent, photo failed', not a failed delivery", async () => {
    const { server, app: a, sender } = await zaloSetup();
    await enqueue(a.deps.prisma, [
      { platform: "zalo", chatId: "z-2", message: { text: "Ảnh hoạt động", photoUrl: "https://example.org/b.jpg" } },
    ]);
    server.fail({ method: "sendPhoto", status: 400, description: "invalid photo" });
    worker = testWorker(a.deps.prisma, [sender]);
    await worker.start();
    await until(
      async () => (await onlyDelivery(a)).status !== "pending" && (await onlyDelivery(a)).status !== "sending",
    );
    const row = await onlyDelivery(a);
    expect(row.status).toBe("sent");
    expect(row.lastError).toContain("part failed");
    expect(server.texts("z-2")).toEqual(["Ảnh hoạt động"]);
  });

  it("Telegram: a long text whose second part failed resumes at that part", async () => {
    const server = await FakeTelegramServer.start();
    fake = server;
    const made = await createTelegramTestApp(server, oneTry);
    app = made.app;
    const text = longText(150);
    expect(text.length).toBeGreaterThan(4096);
    await enqueue(made.app.deps.prisma, [{ platform: "telegram", chatId: "701", message: { text } }]);
    // The first part arrives; the next calls fail for a while.
    const stop = server.onMessage(() => {
      stop();
      server.fail({ method: "sendMessage", status: 502, times: 3 });
    });
    worker = testWorker(made.app.deps.prisma, [made.channel.sender as ChannelSender]);
    await worker.start();
    await until(async () => (await onlyDelivery(made.app)).status === "sent");
    const parts = server.texts(701);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(parts).size).toBe(parts.length);
    expect(parts.join("\n").replace(/\s+/g, " ")).toBe(text.replace(/\s+/g, " "));
  });

  it("resumes after the parts a crashed attempt recorded", async () => {
    const { server, app: a, sender } = await zaloSetup();
    const text = longText(60);
    await enqueue(a.deps.prisma, [{ platform: "zalo", chatId: "z-3", message: { text } }]);
    // As a crash leaves it: the first part had left (recorded), the second was in flight.
    await a.deps.prisma.delivery.updateMany({ data: { status: "sending", partsSent: 1, attempts: 1 } });
    worker = testWorker(a.deps.prisma, [sender]);
    await worker.start();
    await until(async () => (await onlyDelivery(a)).status === "sent");
    expect(server.texts("z-3")).toHaveLength(1);
    expect((await onlyDelivery(a)).uncertainAt).not.toBeNull();
  });
});
