import type { Update, UserFromGetMe } from "grammy/types";
import { type ApiAnswer, FakeBotApiServer, type InjectedFailure } from "./bot-api-server.ts";

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
  /** A photo sent by URL or file_id. */
  photo?: string;
  /** The uploaded bytes of a sendPhoto (multipart upload, as grammY's InputFile sends them). */
  photoData?: Buffer;
  caption?: string;
  /** Set when the bot later took the keyboard off (editMessageReplyMarkup / editMessageText). */
  edited: boolean;
  /** When the server recorded it (Date.now()). */
  at: number;
}

export type TelegramFailure = InjectedFailure;

const SEND_METHODS = new Set(["sendMessage", "sendDocument", "sendPhoto", "editMessageText", "editMessageReplyMarkup"]);

/**
 * A Bot API server on 127.0.0.1 for tests and benchmarks: updates are queued and handed out by long-polling
 * getUpdates with offsets (or posted to a webhook by the test), and everything the bot sends is recorded per chat.
 * Failures can be injected: 429 with retry_after, 5xx, 403 for blocked chats, delays and a global rate limit.
 */
export class FakeTelegramServer extends FakeBotApiServer<SentTelegramMessage> {
  readonly botInfo: UserFromGetMe;
  /** setMyCommands calls by language ("" for the default list). */
  readonly commands = new Map<string, { command: string; description: string }[]>();
  webhookUrl = "";
  private readonly queue: Update[] = [];
  private nextUpdateId = 1000;
  private nextMessageId = 1;

  private constructor(options: { token?: string; botId?: number; username?: string }) {
    const botId = options.botId ?? 7000001;
    super(options.token ?? `${botId}:AAFakeTelegramTokenForTests_0123456789ab`, SEND_METHODS);
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
  }

  static async start(options: { token?: string; botId?: number; username?: string } = {}): Promise<FakeTelegramServer> {
    const fake = new FakeTelegramServer(options);
    await fake.listen();
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

  /** Queues a text message from a user in a group chat (a negative chat id, as Telegram's groups have). */
  sendGroupText(user: FakeTelegramUser, groupId: number, text: string): Update {
    const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
    return this.enqueue({
      message: {
        ...this.messageBase(user),
        chat: { id: groupId, type: "group", title: "Chi đoàn" },
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
    this.wakePolls();
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

  // ---- the API ----

  protected refusal(
    why: { kind: "token" } | { kind: "failure"; failure: TelegramFailure } | { kind: "blocked" } | { kind: "rate" },
  ): ApiAnswer {
    switch (why.kind) {
      case "token":
        return { status: 401, body: { ok: false, error_code: 401, description: "Unauthorized" } };
      case "blocked":
        return {
          status: 403,
          body: { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" },
        };
      case "rate":
        return {
          status: 429,
          body: {
            ok: false,
            error_code: 429,
            description: "Too Many Requests: retry after 1",
            parameters: { retry_after: 1 },
          },
        };
      case "failure": {
        const f = why.failure;
        return {
          status: f.status,
          body: {
            ok: false,
            error_code: f.status,
            description: f.description ?? (f.status === 429 ? "Too Many Requests" : "Internal Server Error"),
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
    if (method === "editMessageText") {
      const message = this.messages(chatId ?? "").find((m) => m.messageId === Number(body.message_id));
      if (message && message.text === body.text && body.reply_markup === undefined) {
        const description =
          "Bad Request: message is not modified: specified new message content and reply markup are exactly the same";
        return { status: 400, body: { ok: false, error_code: 400, description } };
      }
    }
    return { status: 200, body: { ok: true, result: await this.call(method, body, chatId) } };
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
    const photoFile = typeof body.photo === "object" ? (body.photo as { data?: Buffer }) : undefined;
    const markup = typeof body.reply_markup === "string" ? JSON.parse(body.reply_markup) : body.reply_markup;
    const message: SentTelegramMessage = {
      messageId: this.nextMessageId++,
      method,
      text: typeof body.text === "string" ? body.text : undefined,
      replyMarkup: markup as SentTelegramMessage["replyMarkup"],
      fileName: file?.filename,
      fileData: file?.data,
      photo: typeof body.photo === "string" ? body.photo : undefined,
      photoData: photoFile?.data,
      caption: typeof body.caption === "string" ? body.caption : undefined,
      edited: false,
      at: Date.now(),
    };
    this.recordSent(chatId, message);
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
    if (this.queue.length === 0) await this.waitForUpdates(timeout);
    return this.queue.slice(0, limit);
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
