import { type ApiAnswer, FakeBotApiServer, type InjectedFailure } from "./bot-api-server.ts";

export interface FakeZaloUser {
  id: string;
  displayName?: string;
}

export interface SentZaloMessage {
  messageId: string;
  method: string;
  text?: string;
  photo?: string;
  caption?: string;
  /** What Zalo got when it fetched `photo` (only with `fetchPhotos`). */
  fetched?: { status: number; contentType: string | null; data: Buffer };
}

export type ZaloFailure = InjectedFailure;

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
export class FakeZaloServer extends FakeBotApiServer<SentZaloMessage> {
  webhookUrl = "";
  webhookSecret = "";
  private readonly queue: ZaloUpdateBody[] = [];
  private nextId = 1;
  private photoAddress: ((url: string) => string) | undefined;
  /** Photos Zalo could not fetch (with `fetchPhotos`): the URL and the status it got. */
  readonly photoRefusals: { photo: string; status: number }[] = [];

  private constructor(token: string) {
    super(token, SEND_METHODS);
  }

  static async start(options: { token?: string } = {}): Promise<FakeZaloServer> {
    const fake = new FakeZaloServer(options.token ?? "1234567890:FakeZaloSecretForTests");
    await fake.listen();
    return fake;
  }

  /** Queues a text message from a user in their private chat (chat id = user id, as on Zalo). */
  sendText(user: FakeZaloUser, text: string): ZaloUpdateBody {
    return this.enqueue(this.makeTextUpdate(user, text));
  }

  /** Queues a text message from a user in a group chat; the bot hears it when it is mentioned ("@Bot /help"). */
  sendGroupText(user: FakeZaloUser, groupId: string, text: string): ZaloUpdateBody {
    const update = this.makeTextUpdate(user, text);
    if (update.message) update.message.chat = { id: groupId, chat_type: "GROUP" };
    return this.enqueue(update);
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
    this.wakePolls();
    return update;
  }

  pendingUpdates(): number {
    return this.queue.length;
  }

  /**
   * From now on, fetch each sendPhoto's URL before answering, as Zalo does, and refuse the photo when the fetch does
   * not give an image. `address` maps the public URL to where the test serves it (the same path on 127.0.0.1).
   */
  fetchPhotos(address: (url: string) => string = (url) => url): void {
    this.photoAddress = address;
  }

  protected refusal(
    why: { kind: "token" } | { kind: "failure"; failure: ZaloFailure } | { kind: "blocked" } | { kind: "rate" },
  ): ApiAnswer {
    switch (why.kind) {
      case "token":
        return { status: 200, body: { ok: false, error_code: 401, description: "Unauthorized" } };
      case "blocked":
        return { status: 200, body: { ok: false, error_code: 403, description: "User has blocked the bot" } };
      case "rate":
        return { status: 429, body: { ok: false, error_code: 429, description: "Quota exceeded" } };
      case "failure": {
        const f = why.failure;
        return {
          status: f.okFalse ? 200 : f.status,
          body: {
            ok: false,
            error_code: f.status,
            description: f.description ?? "error",
            ...(f.retryAfter !== undefined ? { parameters: { retry_after: f.retryAfter } } : {}),
          },
        };
      }
    }
  }

  protected async answer(
    method: string,
    body: Record<string, unknown>,
    chatId: string | undefined,
  ): Promise<ApiAnswer> {
    return { status: 200, body: await this.call(method, body, chatId) };
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
        const photo = typeof body.photo === "string" ? body.photo : undefined;
        const caption = body.caption;
        if (method === "sendPhoto") {
          if (!photo || !/^https?:\/\//.test(photo)) {
            return { ok: false, error_code: 400, description: "photo must be an absolute http(s) URL" };
          }
          if (caption !== undefined && (typeof caption !== "string" || caption.length < 1 || caption.length > 2000)) {
            return { ok: false, error_code: 400, description: "caption must be 1-2000 characters" };
          }
        }
        let fetched: SentZaloMessage["fetched"];
        if (method === "sendPhoto" && photo && this.photoAddress) {
          // Zalo fetches the picture itself before it answers.
          const res = await fetch(this.photoAddress(photo)).catch(() => undefined);
          fetched = {
            status: res?.status ?? 0,
            contentType: res?.headers.get("content-type") ?? null,
            data: res ? Buffer.from(await res.arrayBuffer()) : Buffer.alloc(0),
          };
          if (!res?.ok || !fetched.contentType?.startsWith("image/")) {
            this.photoRefusals.push({ photo, status: fetched.status });
            return { ok: false, error_code: 400, description: "could not fetch the photo" };
          }
        }
        const message: SentZaloMessage = {
          messageId: `out${this.nextId++}`,
          method,
          text,
          photo,
          ...(typeof caption === "string" ? { caption } : {}),
          ...(fetched ? { fetched } : {}),
        };
        this.recordSent(chatId ?? "", message);
        return { ok: true, result: { message_id: message.messageId, date: updated_at } };
      }
      default:
        return { ok: false, error_code: 400, description: `unknown method ${method}` };
    }
  }

  private async nextUpdate(timeoutSeconds: number): Promise<ZaloUpdateBody | undefined> {
    if (this.queue.length === 0) await this.waitForUpdates(timeoutSeconds);
    return this.queue.shift();
  }
}
