import axios, { type AxiosInstance } from "axios";
import { z } from "zod";
import { scrubSecrets } from "../../logger.ts";
import { notSentCodes } from "../outbound/retry.ts";

/** The platform answered with an error: `ok: false` (even with HTTP 200) or an error status. */
export class ZaloApiError extends Error {
  constructor(
    readonly method: string,
    readonly errorCode: number,
    readonly httpStatus: number,
    readonly description: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(`Zalo ${method} failed: ${errorCode} ${description}`);
    this.name = "ZaloApiError";
  }
}

/** No answer came back. `sent` is false only when the request certainly never left (connection refused…). */
export class ZaloNetworkError extends Error {
  constructor(
    readonly method: string,
    readonly code: string | undefined,
    readonly sent: boolean,
    message: string,
  ) {
    super(`Zalo ${method}: ${scrubSecrets(message)}`);
    this.name = "ZaloNetworkError";
  }
}

const id = z.union([z.string(), z.number()]).transform(String);

const envelopeSchema = z.looseObject({
  ok: z.boolean(),
  result: z.unknown().optional(),
  error_code: z.number().optional(),
  errorCode: z.number().optional(),
  description: z.string().optional(),
  parameters: z.looseObject({ retry_after: z.number().optional() }).optional(),
});

export const zaloUpdateSchema = z.looseObject({
  event_name: z.string(),
  message: z
    .looseObject({
      message_id: id,
      from: z.looseObject({ id, display_name: z.string().optional(), is_bot: z.boolean().optional() }),
      chat: z.looseObject({ id, chat_type: z.string().optional() }),
      date: z.number().optional(),
      text: z.string().optional(),
      photo: z.string().optional(),
      photo_url: z.string().optional(),
      caption: z.string().optional(),
      sticker: z.string().optional(),
      voice_url: z.string().optional(),
    })
    .optional(),
});
export type ZaloUpdate = z.infer<typeof zaloUpdateSchema>;

const meSchema = z.looseObject({
  id,
  account_name: z.string().optional(),
  account_type: z.string().optional(),
  can_join_groups: z.boolean().optional(),
});
const sentSchema = z.looseObject({ message_id: id, date: z.number().optional() });
const webhookSchema = z.looseObject({ url: z.string(), updated_at: z.number().optional() });

/**
 * A small typed client of the Zalo Bot API (`POST {root}/bot{TOKEN}/{method}`, JSON both ways). Answers are
 * checked with zod; failures are ZaloApiError or ZaloNetworkError, whose messages never contain the token.
 */
export class ZaloClient {
  private readonly http: AxiosInstance;

  constructor(options: { token: string; apiRoot: string; timeoutMs?: number }) {
    this.http = axios.create({
      baseURL: `${options.apiRoot}/bot${options.token}/`,
      timeout: options.timeoutMs ?? 15_000,
      headers: { "content-type": "application/json" },
      validateStatus: () => true,
      // The answer is parsed by us, so a non-JSON error page becomes a typed error rather than a crash.
      transitional: { silentJSONParsing: true },
    });
  }

  getMe() {
    return this.call("getMe", {}, meSchema);
  }

  /** One long poll; [] when nothing arrived (Zalo's 408 means "idle", not a failure). */
  async getUpdates(timeoutSeconds: number): Promise<ZaloUpdate[]> {
    try {
      const result = await this.call("getUpdates", { timeout: String(timeoutSeconds) }, z.unknown(), {
        timeoutMs: (timeoutSeconds + 10) * 1000,
      });
      if (result === null || result === undefined) return [];
      return z.array(zaloUpdateSchema).parse(Array.isArray(result) ? result : [result]);
    } catch (error) {
      if (error instanceof ZaloApiError && error.errorCode === 408) return [];
      if (error instanceof z.ZodError) throw new ZaloApiError("getUpdates", 0, 200, "malformed update");
      throw error;
    }
  }

  setWebhook(url: string, secretToken: string) {
    return this.call("setWebhook", { url, secret_token: secretToken }, webhookSchema.partial());
  }

  deleteWebhook() {
    return this.call("deleteWebhook", {}, webhookSchema.partial());
  }

  getWebhookInfo() {
    return this.call("getWebhookInfo", {}, webhookSchema);
  }

  sendMessage(chatId: string, text: string) {
    return this.call("sendMessage", { chat_id: chatId, text }, sentSchema);
  }

  /** Zalo fetches the image itself before answering, hence the longer wait. */
  sendPhoto(chatId: string, photoUrl: string, caption?: string) {
    return this.call("sendPhoto", { chat_id: chatId, photo: photoUrl, ...(caption ? { caption } : {}) }, sentSchema, {
      timeoutMs: 60_000,
    });
  }

  async sendChatAction(chatId: string, action: "typing" = "typing"): Promise<void> {
    await this.call("sendChatAction", { chat_id: chatId, action }, z.unknown());
  }

  private async call<S extends z.ZodType>(
    method: string,
    body: Record<string, unknown>,
    schema: S,
    options: { timeoutMs?: number } = {},
  ): Promise<z.infer<S>> {
    let response: { status: number; data: unknown };
    try {
      response = await this.http.post(method, body, options.timeoutMs ? { timeout: options.timeoutMs } : {});
    } catch (error) {
      const code = (error as { code?: string }).code;
      const message = error instanceof Error ? error.message : String(error);
      throw new ZaloNetworkError(method, code, !(code && notSentCodes.has(code)), message);
    }
    const envelope = envelopeSchema.safeParse(response.data);
    if (!envelope.success) {
      throw new ZaloApiError(method, response.status, response.status, `unexpected answer (HTTP ${response.status})`);
    }
    const e = envelope.data;
    if (!e.ok || response.status >= 400) {
      const code = e.error_code ?? e.errorCode ?? response.status;
      throw new ZaloApiError(
        method,
        code,
        response.status,
        scrubSecrets(e.description ?? "error"),
        e.parameters?.retry_after,
      );
    }
    const result = schema.safeParse(e.result);
    if (!result.success) throw new ZaloApiError(method, 0, response.status, "unexpected result shape");
    return result.data;
  }
}
