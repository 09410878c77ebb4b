import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update, UserFromGetMe } from "grammy/types";
import { readApiBody, waitUntil } from "./http-util.ts";

/** A Telegram user of the fake server; `id` is also their private chat id. */
export interface FakeTelegramUser {
  id: number;
  firstName?: string;
  languageCode?: string;
}

/** Something the bot put into a chat. */
export interface SentTelegramMessage {
  messageId: number;
  method: string;
  text?: string;
  replyMarkup?: {
    inline_keyboard?: { text: string; callback_data?: string }[][];
    keyboard?: { text: string; request_contact?: boolean }[][];
    remove_keyboard?: boolean;
  };
  fileName?: string;
  /** The uploaded bytes of a sendDocument (multipart upload). */
  fileData?: Buffer;
  photo?: string;
  /** Set when the bot later took the keyboard off (editMessageReplyMarkup / editMessageText). */
  edited: boolean;
  /** When the server recorded it (Date.now()). */
  at: number;
}

export interface TelegramFailure {
  method?: string;
  chatId?: string | number;
  status: number;
  description?: string;
  retryAfter?: number;
  /** How many calls fail this way (default 1). */
  times?: number;
}

const SEND_METHODS = new Set(["sendMessage", "sendDocument", "sendPhoto", "editMessageText", "editMessageReplyMarkup"]);

/**
 * A Bot API server on 127.0.0.1 for tests and benchmarks: updates are queued and handed out by long-polling
 * getUpdates with offsets (or posted to a webhook by the test), and everything the bot sends is recorded per chat.
 * Failures can be injected: 429 with retry_after, 5xx, 403 for blocked chats, delays and a global rate limit.
 */
export class FakeTelegramServer {
  readonly token: string;
  readonly botInfo: UserFromGetMe;
  /** Every API call in order (method and parsed body). */
  readonly calls: { method: string; body: Record<string, unknown> }[] = [];
  /** setMyCommands calls by language ("" for the default list). */
  readonly commands = new Map<string, { command: string; description: string }[]>();
  webhookUrl = "";
  private readonly server: Server;
  private readonly queue: Update[] = [];
  private nextUpdateId = 1000;
  private nextMessageId = 1;
  private readonly chats = new Map<string, SentTelegramMessage[]>();
  private readonly polls = new Set<() => void>();
  private readonly listeners = new Set<() => void>();
  private readonly sentListeners = new Set<(chatId: string, message: SentTelegramMessage) => void>();
  private readonly failures: TelegramFailure[] = [];
  private readonly blocked = new Set<string>();
  private readonly delays = new Map<string, number>();
  private rateLimitPerSecond: number | null = null;
  private recentSends: number[] = [];
  private closed = false;
  apiRoot = "";

  private constructor(options: { token?: string; botId?: number; username?: string }) {
    const botId = options.botId ?? 7000001;
    this.token = options.token ?? `${botId}:AAFakeTelegramTokenForTests_0123456789ab`;
    this.botInfo = {
      id: botId,
      is_bot: true,
      first_name: "Đoàn Bot",
      username: options.username ?? "doan_test_bot",
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
    } as UserFromGetMe;
    this.server = createServer((req, res) => {
      this.route(req, res).catch((error) => {
        if (!res.headersSent) this.reply(res, 500, { ok: false, error_code: 500, description: String(error) });
      });
    });
  }

  static async start(options: { token?: string; botId?: number; username?: string } = {}): Promise<FakeTelegramServer> {
    const fake = new FakeTelegramServer(options);
    // Clients keep connections alive without an idle limit; a server closing them first races with reuse.
    fake.server.keepAliveTimeout = 10 * 60_000;
    fake.server.listen(0, "127.0.0.1");
    await once(fake.server, "listening");
    fake.apiRoot = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  // ---- what users do ----

  /** Queues a text message from a user in their private chat; commands get a bot_command entity as Telegram does. */
  sendText(user: FakeTelegramUser, text: string): Update {
    const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
    return this.enqueue({
      message: {
        ...this.messageBase(user),
        text,
        ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
      },
    } as Partial<Update>);
  }

  /** Queues a button press on a message the bot sent (by its callback_data). */
  press(user: FakeTelegramUser, message: SentTelegramMessage, data: string): Update {
    return this.enqueue({
      callback_query: {
        id: `cq${this.nextUpdateId}`,
        from: this.userOf(user),
        chat_instance: `ci${user.id}`,
        data,
        message: {
          message_id: message.messageId,
          date: nowSeconds(),
          chat: { id: user.id, type: "private", first_name: user.firstName ?? "User" },
          text: message.text ?? "",
        },
      },
    } as Partial<Update>);
  }

  /** Queues a shared contact; `ownerId` other than the sender's id means a contact card of someone else. */
  shareContact(user: FakeTelegramUser, phone: string, ownerId = user.id): Update {
    return this.enqueue({
      message: {
        ...this.messageBase(user),
        contact: { phone_number: phone, first_name: user.firstName ?? "User", user_id: ownerId },
      },
    } as Partial<Update>);
  }

  /** Queues any update (an update_id is assigned) and returns it. */
  enqueue(update: Partial<Update>): Update {
    const full = { ...update, update_id: this.nextUpdateId++ } as Update;
    this.queue.push(full);
    for (const wake of [...this.polls]) wake();
    return full;
  }

  /** Builds an update without queueing it (for posting it to a webhook). */
  makeTextUpdate(user: FakeTelegramUser, text: string): Update {
    const update = this.sendText(user, text);
    this.queue.splice(this.queue.indexOf(update), 1);
    return update;
  }

  /** Updates not yet confirmed by a later getUpdates offset. */
  pendingUpdates(): number {
    return this.queue.length;
  }

  // ---- what the bot did ----

  messages(chatId: string | number): SentTelegramMessage[] {
    return this.chats.get(String(chatId)) ?? [];
  }

  texts(chatId: string | number): string[] {
    return this.messages(chatId)
      .filter((m) => m.text !== undefined)
      .map((m) => m.text as string);
  }

  callsOf(method: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.body);
  }

  /** Resolves once the chat holds at least `count` messages (and returns them). */
  waitForMessages(chatId: string | number, count: number, timeoutMs = 10_000): Promise<SentTelegramMessage[]> {
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

  /** Calls `listener` for every message the bot sends; returns a function that removes it. */
  onMessage(listener: (chatId: string, message: SentTelegramMessage) => void): () => void {
    this.sentListeners.add(listener);
    return () => this.sentListeners.delete(listener);
  }

  // ---- failure injection ----

  fail(failure: TelegramFailure): void {
    this.failures.push({ times: 1, ...failure });
  }

  /** The user blocked the bot: sends to this chat answer 403. */
  block(chatId: string | number): void {
    this.blocked.add(String(chatId));
  }

  /** Every call of `method` waits this long before answering. */
  delay(method: string, ms: number): void {
    this.delays.set(method, ms);
  }

  /** Sends beyond this many per second (all chats together) answer 429 with retry_after 1; null lifts the limit. */
  setGlobalRateLimit(perSecond: number | null): void {
    this.rateLimitPerSecond = perSecond;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const wake of [...this.polls]) wake();
    this.server.closeAllConnections();
    this.server.close();
  }

  // ---- the API ----

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? "/", "http://x").pathname);
    if (!match) return this.reply(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    if (match[1] !== this.token)
      return this.reply(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = match[2] as string;
    const body = await readApiBody(req);
    this.calls.push({ method, body });
    const delay = this.delays.get(method);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const chatId = body.chat_id === undefined ? undefined : String(body.chat_id);
    if (SEND_METHODS.has(method)) {
      const failure = this.takeFailure(method, chatId);
      if (failure) {
        return this.reply(res, failure.status, {
          ok: false,
          error_code: failure.status,
          description: failure.description ?? (failure.status === 429 ? "Too Many Requests" : "Internal Server Error"),
          ...(failure.retryAfter !== undefined ? { parameters: { retry_after: failure.retryAfter } } : {}),
        });
      }
      if (chatId && this.blocked.has(chatId)) {
        return this.reply(res, 403, {
          ok: false,
          error_code: 403,
          description: "Forbidden: bot was blocked by the user",
        });
      }
      if (this.rateLimitPerSecond !== null) {
        const now = Date.now();
        this.recentSends = this.recentSends.filter((t) => t > now - 1000);
        if (this.recentSends.length >= this.rateLimitPerSecond) {
          return this.reply(res, 429, {
            ok: false,
            error_code: 429,
            description: "Too Many Requests: retry after 1",
            parameters: { retry_after: 1 },
          });
        }
        this.recentSends.push(now);
      }
    }
    const result = await this.call(method, body, chatId);
    this.reply(res, 200, { ok: true, result });
    for (const listener of [...this.listeners]) listener();
  }

  private async call(method: string, body: Record<string, unknown>, chatId: string | undefined): Promise<unknown> {
    switch (method) {
      case "getMe":
        return this.botInfo;
      case "getUpdates":
        return this.getUpdates(body);
      case "deleteWebhook":
        this.webhookUrl = "";
        return true;
      case "setWebhook":
        this.webhookUrl = String(body.url ?? "");
        return true;
      case "getWebhookInfo":
        return { url: this.webhookUrl, has_custom_certificate: false, pending_update_count: this.queue.length };
      case "setMyCommands":
        this.commands.set(
          String(body.language_code ?? ""),
          body.commands as { command: string; description: string }[],
        );
        return true;
      case "answerCallbackQuery":
      case "sendChatAction":
        return true;
      case "sendMessage":
      case "sendDocument":
      case "sendPhoto":
        return this.record(method, chatId ?? "", body);
      case "editMessageText":
      case "editMessageReplyMarkup": {
        const message = this.messages(chatId ?? "").find((m) => m.messageId === Number(body.message_id));
        if (!message) return true;
        if (typeof body.text === "string") message.text = body.text;
        message.replyMarkup = body.reply_markup as SentTelegramMessage["replyMarkup"];
        message.edited = true;
        return { message_id: message.messageId, date: nowSeconds(), chat: { id: Number(chatId), type: "private" } };
      }
      default:
        return true;
    }
  }

  private record(method: string, chatId: string, body: Record<string, unknown>) {
    const file = body.document as { filename?: string; data?: Buffer } | undefined;
    const markup = typeof body.reply_markup === "string" ? JSON.parse(body.reply_markup) : body.reply_markup;
    const message: SentTelegramMessage = {
      messageId: this.nextMessageId++,
      method,
      text: typeof body.text === "string" ? body.text : undefined,
      replyMarkup: markup as SentTelegramMessage["replyMarkup"],
      fileName: file?.filename,
      fileData: file?.data,
      photo: typeof body.photo === "string" ? body.photo : undefined,
      edited: false,
      at: Date.now(),
    };
    const list = this.chats.get(chatId) ?? [];
    list.push(message);
    this.chats.set(chatId, list);
    for (const listener of [...this.sentListeners]) listener(chatId, message);
    return {
      message_id: message.messageId,
      date: nowSeconds(),
      chat: { id: Number(chatId), type: "private" },
      from: { id: this.botInfo.id, is_bot: true, first_name: this.botInfo.first_name },
      text: message.text,
    };
  }

  private async getUpdates(body: Record<string, unknown>): Promise<Update[]> {
    const offset = body.offset === undefined ? undefined : Number(body.offset);
    const limit = Number(body.limit ?? 100) || 100;
    const timeout = Number(body.timeout ?? 0);
    if (offset !== undefined) {
      // An offset confirms every update before it, as on Telegram.
      while (this.queue.length > 0 && (this.queue[0] as Update).update_id < offset) this.queue.shift();
    }
    const available = () => this.queue.slice(0, limit);
    if (available().length > 0 || timeout <= 0 || this.closed) return available();
    await new Promise<void>((resolve) => {
      const wake = () => {
        this.polls.delete(wake);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(wake, timeout * 1000);
      this.polls.add(wake);
    });
    return available();
  }

  private takeFailure(method: string, chatId: string | undefined): TelegramFailure | undefined {
    const index = this.failures.findIndex(
      (f) => (!f.method || f.method === method) && (f.chatId === undefined || String(f.chatId) === chatId),
    );
    if (index < 0) return undefined;
    const failure = this.failures[index] as TelegramFailure;
    failure.times = (failure.times ?? 1) - 1;
    if (failure.times <= 0) this.failures.splice(index, 1);
    return failure;
  }

  private reply(res: ServerResponse, status: number, body: unknown): void {
    if (res.headersSent || res.destroyed) return;
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
  }

  private userOf(user: FakeTelegramUser) {
    return { id: user.id, is_bot: false, first_name: user.firstName ?? "User", language_code: user.languageCode };
  }

  private messageBase(user: FakeTelegramUser) {
    return {
      message_id: this.nextMessageId++,
      date: nowSeconds(),
      chat: { id: user.id, type: "private", first_name: user.firstName ?? "User" },
      from: this.userOf(user),
    };
  }
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
