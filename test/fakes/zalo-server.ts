import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readApiBody, waitUntil } from "./http-util.ts";

export interface FakeZaloUser {
  id: string;
  displayName?: string;
}

export interface SentZaloMessage {
  messageId: string;
  method: string;
  text?: string;
  photo?: string;
}

export interface ZaloFailure {
  method?: string;
  chatId?: string;
  /** HTTP status; with `okFalse` the error comes as HTTP 200 `{ ok: false, error_code: status }` as Zalo often does. */
  status: number;
  okFalse?: boolean;
  retryAfter?: number;
  description?: string;
  times?: number;
}

export interface ZaloUpdateBody {
  event_name: string;
  message?: Record<string, unknown>;
}

const SEND_METHODS = new Set(["sendMessage", "sendPhoto", "sendSticker", "sendChatAction"]);

/**
 * A Zalo Bot API server on 127.0.0.1: getUpdates hands out ONE queued update per call (no offsets: a handed-out
 * update is gone) and ends an idle poll with `ok: false, error_code: 408`; sends are recorded per chat; failures,
 * blocked chats (ok:false 403), delays and a global rate limit can be injected.
 */
export class FakeZaloServer {
  readonly token: string;
  readonly calls: { method: string; body: Record<string, unknown> }[] = [];
  webhookUrl = "";
  webhookSecret = "";
  apiRoot = "";
  private readonly server: Server;
  private readonly queue: ZaloUpdateBody[] = [];
  private readonly chats = new Map<string, SentZaloMessage[]>();
  private readonly polls = new Set<() => void>();
  private readonly listeners = new Set<() => void>();
  private readonly failures: ZaloFailure[] = [];
  private readonly blocked = new Set<string>();
  private readonly delays = new Map<string, number>();
  private rateLimitPerSecond: number | null = null;
  private recentSends: number[] = [];
  private nextId = 1;
  private closed = false;

  private constructor(token: string) {
    this.token = token;
    this.server = createServer((req, res) => {
      this.route(req, res).catch((error) =>
        this.reply(res, 500, { ok: false, error_code: 500, description: String(error) }),
      );
    });
  }

  static async start(options: { token?: string } = {}): Promise<FakeZaloServer> {
    const fake = new FakeZaloServer(options.token ?? "1234567890:FakeZaloSecretForTests");
    // Clients keep connections alive without an idle limit; a server closing them first races with reuse.
    fake.server.keepAliveTimeout = 10 * 60_000;
    fake.server.listen(0, "127.0.0.1");
    await once(fake.server, "listening");
    fake.apiRoot = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  /** Queues a text message from a user in their private chat (chat id = user id, as on Zalo). */
  sendText(user: FakeZaloUser, text: string): ZaloUpdateBody {
    return this.enqueue(this.makeTextUpdate(user, text));
  }

  /** Builds a text update without queueing it (for posting it to a webhook). */
  makeTextUpdate(user: FakeZaloUser, text: string): ZaloUpdateBody {
    return {
      event_name: "message.text.received",
      message: {
        message_id: `msg${this.nextId++}`,
        from: { id: user.id, display_name: user.displayName ?? "Zalo user", is_bot: false },
        chat: { id: user.id, chat_type: "PRIVATE" },
        date: Date.now(),
        text,
      },
    };
  }

  enqueue(update: ZaloUpdateBody): ZaloUpdateBody {
    this.queue.push(update);
    for (const wake of [...this.polls]) wake();
    return update;
  }

  pendingUpdates(): number {
    return this.queue.length;
  }

  messages(chatId: string): SentZaloMessage[] {
    return this.chats.get(chatId) ?? [];
  }

  texts(chatId: string): string[] {
    return this.messages(chatId).flatMap((m) => (m.text === undefined ? [] : [m.text]));
  }

  callsOf(method: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.body);
  }

  waitForMessages(chatId: string, count: number, timeoutMs = 10_000): Promise<SentZaloMessage[]> {
    return this.waitFor(
      () => (this.messages(chatId).length >= count ? this.messages(chatId) : undefined),
      `${count} message(s) in chat ${chatId} (have ${this.messages(chatId).length})`,
      timeoutMs,
    );
  }

  waitFor<T>(check: () => T | undefined | false, what = "condition", timeoutMs = 10_000): Promise<T> {
    return waitUntil(check, what, timeoutMs, (listener) => {
      this.listeners.add(listener);
      return () => this.listeners.delete(listener);
    });
  }

  fail(failure: ZaloFailure): void {
    this.failures.push({ times: 1, ...failure });
  }

  block(chatId: string): void {
    this.blocked.add(chatId);
  }

  delay(method: string, ms: number): void {
    this.delays.set(method, ms);
  }

  setGlobalRateLimit(perSecond: number | null): void {
    this.rateLimitPerSecond = perSecond;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const wake of [...this.polls]) wake();
    this.server.closeAllConnections();
    this.server.close();
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? "/", "http://x").pathname);
    if (!match) return this.reply(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    if (match[1] !== this.token)
      return this.reply(res, 200, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = match[2] as string;
    const body = await readApiBody(req);
    this.calls.push({ method, body });
    const delay = this.delays.get(method);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const chatId = body.chat_id === undefined ? undefined : String(body.chat_id);
    if (SEND_METHODS.has(method)) {
      const index = this.failures.findIndex(
        (f) => (!f.method || f.method === method) && (f.chatId === undefined || f.chatId === chatId),
      );
      if (index >= 0) {
        const f = this.failures[index] as ZaloFailure;
        f.times = (f.times ?? 1) - 1;
        if (f.times <= 0) this.failures.splice(index, 1);
        return this.reply(res, f.okFalse ? 200 : f.status, {
          ok: false,
          error_code: f.status,
          description: f.description ?? "error",
          ...(f.retryAfter !== undefined ? { parameters: { retry_after: f.retryAfter } } : {}),
        });
      }
      if (chatId && this.blocked.has(chatId)) {
        return this.reply(res, 200, { ok: false, error_code: 403, description: "User has blocked the bot" });
      }
      if (this.rateLimitPerSecond !== null) {
        const now = Date.now();
        this.recentSends = this.recentSends.filter((t) => t > now - 1000);
        if (this.recentSends.length >= this.rateLimitPerSecond) {
          return this.reply(res, 429, { ok: false, error_code: 429, description: "Quota exceeded" });
        }
        this.recentSends.push(now);
      }
    }
    const answer = await this.call(method, body, chatId);
    this.reply(res, 200, answer);
    for (const listener of [...this.listeners]) listener();
  }

  private async call(method: string, body: Record<string, unknown>, chatId: string | undefined): Promise<unknown> {
    const updated_at = Date.now();
    switch (method) {
      case "getMe":
        return { ok: true, result: { id: this.token.split(":")[0], account_name: "Bot Đoàn", account_type: "BASIC" } };
      case "getUpdates": {
        const update = await this.nextUpdate(Number(body.timeout ?? 0));
        return update ? { ok: true, result: update } : { ok: false, error_code: 408, description: "Request timeout" };
      }
      case "setWebhook":
        this.webhookUrl = String(body.url ?? "");
        this.webhookSecret = String(body.secret_token ?? "");
        return { ok: true, result: { url: this.webhookUrl, updated_at } };
      case "deleteWebhook":
        this.webhookUrl = "";
        return { ok: true, result: { url: "", updated_at } };
      case "getWebhookInfo":
        return { ok: true, result: { url: this.webhookUrl, updated_at } };
      case "sendChatAction":
        return { ok: true };
      case "sendMessage":
      case "sendPhoto": {
        const text = typeof body.text === "string" ? body.text : undefined;
        if (method === "sendMessage" && (!text || text.length > 2000)) {
          return { ok: false, error_code: 400, description: "text must be 1-2000 characters" };
        }
        const message: SentZaloMessage = {
          messageId: `out${this.nextId++}`,
          method,
          text,
          photo: typeof body.photo === "string" ? body.photo : undefined,
        };
        const list = this.chats.get(chatId ?? "") ?? [];
        list.push(message);
        this.chats.set(chatId ?? "", list);
        return { ok: true, result: { message_id: message.messageId, date: updated_at } };
      }
      default:
        return { ok: false, error_code: 400, description: `unknown method ${method}` };
    }
  }

  private async nextUpdate(timeoutSeconds: number): Promise<ZaloUpdateBody | undefined> {
    if (this.queue.length === 0 && timeoutSeconds > 0 && !this.closed) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.polls.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, timeoutSeconds * 1000);
        this.polls.add(wake);
      });
    }
    return this.queue.shift();
  }

  private reply(res: ServerResponse, status: number, body: unknown): void {
    if (res.headersSent || res.destroyed) return;
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
  }
}
