import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ZaloApiError, ZaloClient, ZaloNetworkError } from "../../../src/channels/zalo/client.ts";
import { FakeZaloServer } from "../../fakes/zalo-server.ts";

let fake: FakeZaloServer;
beforeEach(async () => {
  fake = await FakeZaloServer.start();
});
afterEach(async () => {
  await fake.close();
});

const client = (token = fake.token, apiRoot = fake.apiRoot) => new ZaloClient({ token, apiRoot });

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("zalo client", () => {
  it("returns one update per poll, and nothing (not an error) when the poll is idle", async () => {
    fake.sendText({ id: "u1" }, "a");
    fake.sendText({ id: "u1" }, "b");
    expect((await client().getUpdates(1)).map((u) => u.message?.text)).toEqual(["a"]);
    expect((await client().getUpdates(1)).map((u) => u.message?.text)).toEqual(["b"]);
    expect(await client().getUpdates(1)).toEqual([]);
    expect(fake.callsOf("getUpdates")[0]).toEqual({ timeout: "1" });
  });

  it("calls the documented methods and checks their answers", async () => {
    const api = client();
    expect((await api.getMe()).id).toBe("1234567890");
    expect((await api.setWebhook("https://bot.example.org/webhook/zalo", "secret-123")).url).toBe(
      "https://bot.example.org/webhook/zalo",
    );
    expect((await api.getWebhookInfo()).url).toBe("https://bot.example.org/webhook/zalo");
    await api.deleteWebhook();
    expect((await api.sendMessage("u1", "xin chào")).message_id).toMatch(/^out/);
    await api.sendPhoto("u1", "https://example.org/a.jpg", "ảnh");
    await api.sendChatAction("u1");
    expect(fake.messages("u1").map((m) => m.method)).toEqual(["sendMessage", "sendPhoto"]);
  });

  it("turns ok:false with HTTP 200 into a typed error", async () => {
    fake.block("u2");
    const error = await caught(client().sendMessage("u2", "x"));
    expect(error).toBeInstanceOf(ZaloApiError);
    expect(error).toMatchObject({ errorCode: 403, httpStatus: 200, method: "sendMessage" });
  });

  it("never puts the token into an error message", async () => {
    const wrong = "987654321:TopSecretTokenValue_xyz";
    const refused = await caught(client(wrong).getMe());
    expect(refused).toBeInstanceOf(ZaloApiError);
    expect(String((refused as Error).message)).not.toContain("TopSecret");

    const closed = createServer();
    closed.listen(0, "127.0.0.1");
    await new Promise((r) => closed.once("listening", r));
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    const offline = await caught(client(wrong, `http://127.0.0.1:${port}`).getMe());
    expect(offline).toBeInstanceOf(ZaloNetworkError);
    expect(offline).toMatchObject({ code: "ECONNREFUSED", sent: false });
    expect(JSON.stringify(offline)).not.toContain("TopSecret");
    expect(String((offline as Error).message)).not.toContain("TopSecret");
  });

  it("rejects an answer that is not the Bot API envelope", async () => {
    const odd = createServer((_req, res) => res.end("<html>gateway</html>"));
    odd.listen(0, "127.0.0.1");
    await new Promise((r) => odd.once("listening", r));
    const root = `http://127.0.0.1:${(odd.address() as AddressInfo).port}`;
    expect(await caught(client(fake.token, root).getMe())).toBeInstanceOf(ZaloApiError);
    odd.close();
  });
});
