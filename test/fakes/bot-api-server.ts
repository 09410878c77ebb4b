import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readApiBody, waitUntil } from "./http-util.ts";

/** A failure to inject into the next matching call(s). */
export interface InjectedFailure {
  method?: string;
  chatId?: string | number;
  status: number;
  description?: string;
  retryAfter?: number;
  /** How many calls fail this way (default 1). */
  times?: number;
  /** Zalo: the error comes as HTTP 200 `{ ok: false, error_code: status }`, as Zalo often answers. */
  okFalse?: boolean;
}

/** An HTTP answer: status and JSON body. */
export interface ApiAnswer {
  status: number;
  body: unknown;
}

/**
 * What both fake platform servers share: `POST /bot<token>/<method>` on 127.0.0.1, every call recorded, what the bot
 * sent kept per chat, and failures to inject (errors, blocked chats, delays, a global rate limit). Each platform says
 * how it answers (`answer`) and how it words a refusal (`refusal`).
 */
export abstract class FakeBotApiServer<M extends { text?: string }> {
  /** Every API call in order (method and parsed body). */
  readonly calls: { method: string; body: Record<string, unknown> }[] = [];
  apiRoot = "";
  protected closed = false;
  private readonly server: Server;
  private readonly chats = new Map<string, M[]>();
  private readonly polls = new Set<() => void>();
  private readonly listeners = new Set<() => void>();
  private readonly sentListeners = new Set<(chatId: string, message: M) => void>();
  private readonly failures: InjectedFailure[] = [];
  private readonly blocked = new Set<string>();
  private readonly delays = new Map<string, number>();
  private rateLimitPerSecond: number | null = null;
  private down = false;
  private recentSends: number[] = [];

  protected constructor(
    readonly token: string,
    private readonly sendMethods: ReadonlySet<string>,
  ) {
    this.server = createServer((req, res) => {
      this.route(req, res).catch((error) =>
        this.reply(res, { status: 500, body: { ok: false, error_code: 500, description: String(error) } }),
      );
    });
  }

  /** The platform's answer to a call that passed the injected failures. */
  protected abstract answer(
    method: string,
    body: Record<string, unknown>,
    chatId: string | undefined,
  ): Promise<ApiAnswer>;

  /** How the platform refuses: a wrong token, an injected failure, a chat that blocked the bot, the rate limit. */
  protected abstract refusal(
    why: { kind: "token" } | { kind: "failure"; failure: InjectedFailure } | { kind: "blocked" } | { kind: "rate" },
  ): ApiAnswer;

  protected async listen(): Promise<void> {
    // Clients keep connections alive without an idle limit; a server closing them first races with reuse.
    this.server.keepAliveTimeout = 10 * 60_000;
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
    this.apiRoot = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  // ---- what the bot did ----

  messages(chatId: string | number): M[] {
    return this.chats.get(String(chatId)) ?? [];
  }

  texts(chatId: string | number): string[] {
    return this.messages(chatId).flatMap((m) => (m.text === undefined ? [] : [m.text]));
  }

  callsOf(method: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.body);
  }

  /** Resolves once the chat holds at least `count` messages (and returns them). */
  waitForMessages(chatId: string | number, count: number, timeoutMs = 10_000): Promise<M[]> {
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
  onMessage(listener: (chatId: string, message: M) => void): () => void {
    this.sentListeners.add(listener);
    return () => this.sentListeners.delete(listener);
  }

  // ---- failure injection ----

  fail(failure: InjectedFailure): void {
    this.failures.push({ times: 1, ...failure });
  }

  /** An outage of the platform: while down, every call is answered 502 Bad Gateway. */
  setDown(down: boolean): void {
    this.down = down;
  }

  /** The user blocked the bot: sends to this chat are refused. */
  block(chatId: string | number): void {
    this.blocked.add(String(chatId));
  }

  /** Every call of `method` waits this long before answering. */
  delay(method: string, ms: number): void {
    this.delays.set(method, ms);
  }

  /** Sends beyond this many per second (all chats together) are refused; null lifts the limit. */
  setGlobalRateLimit(perSecond: number | null): void {
    this.rateLimitPerSecond = perSecond;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakePolls();
    this.server.closeAllConnections();
    this.server.close();
  }

  // ---- for the platforms ----

  /** Keeps a message the bot sent in its chat and tells the listeners. */
  protected recordSent(chatId: string, message: M): void {
    const list = this.chats.get(chatId) ?? [];
    list.push(message);
    this.chats.set(chatId, list);
    for (const listener of [...this.sentListeners]) listener(chatId, message);
  }

  /** A long poll: waits until an update is queued (`wakePolls`), the server closes, or the timeout passes. */
  protected async waitForUpdates(timeoutSeconds: number): Promise<void> {
    if (timeoutSeconds <= 0 || this.closed) return;
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

  protected wakePolls(): void {
    for (const wake of [...this.polls]) wake();
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? "/", "http://x").pathname);
    if (!match) return this.reply(res, { status: 404, body: { ok: false, error_code: 404, description: "Not Found" } });
    if (match[1] !== this.token) return this.reply(res, this.refusal({ kind: "token" }));
    const method = match[2] as string;
    const body = await readApiBody(req);
    if (this.down) {
      return this.reply(res, { status: 502, body: { ok: false, error_code: 502, description: "Bad Gateway" } });
    }
    this.calls.push({ method, body });
    const delay = this.delays.get(method);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const chatId = body.chat_id === undefined ? undefined : String(body.chat_id);
    if (this.sendMethods.has(method)) {
      const failure = this.takeFailure(method, chatId);
      if (failure) return this.reply(res, this.refusal({ kind: "failure", failure }));
      if (chatId && this.blocked.has(chatId)) return this.reply(res, this.refusal({ kind: "blocked" }));
      if (this.rateLimitPerSecond !== null) {
        const now = Date.now();
        this.recentSends = this.recentSends.filter((t) => t > now - 1000);
        if (this.recentSends.length >= this.rateLimitPerSecond) return this.reply(res, this.refusal({ kind: "rate" }));
        this.recentSends.push(now);
      }
    }
    this.reply(res, await this.answer(method, body, chatId));
    for (const listener of [...this.listeners]) listener();
  }

  private takeFailure(method: string, chatId: string | undefined): InjectedFailure | undefined {
    const index = this.failures.findIndex(
      (f) => (!f.method || f.method === method) && (f.chatId === undefined || String(f.chatId) === chatId),
    );
    if (index < 0) return undefined;
    const failure = this.failures[index] as InjectedFailure;
    failure.times = (failure.times ?? 1) - 1;
    if (failure.times <= 0) this.failures.splice(index, 1);
    return failure;
  }

  private reply(res: ServerResponse, { status, body }: ApiAnswer): void {
    if (res.headersSent || res.destroyed) return;
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
  }
}
