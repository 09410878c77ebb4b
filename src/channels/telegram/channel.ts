import { type RunnerHandle, run, sequentialize } from "@grammyjs/runner";
import type { Bot, Context } from "grammy";
import type { Update } from "grammy/types";
import type { AppDeps } from "../../core/deps.ts";
import type { Dispatcher } from "../../core/dispatcher.ts";
import {
  answerWebhook,
  answerWithin,
  readJsonBody,
  secretMatches,
  sendJson,
  type WebhookChannel,
} from "../../http/webhook.ts";
import { scrubSecrets } from "../../logger.ts";
import { answerUpdate } from "../outbound/answer.ts";
import { PollHealth } from "../outbound/poll-health.ts";
import { registerTelegramCommands } from "./commands.ts";
import { toIncoming } from "./incoming.ts";
import type { TelegramSender } from "./sender.ts";

export const TELEGRAM_WEBHOOK_PATH = "/webhook/telegram";

export interface TelegramChannelOptions {
  bot: Bot;
  dispatcher: Dispatcher;
  deps: AppDeps;
  sender: TelegramSender;
  /** Webhook mode when set (the public URL Telegram posts to, and the secret it sends); long polling otherwise. */
  webhook?: { url: string; secret: string };
  pollTimeoutSeconds?: number;
  /** Longest wait between two failed polls. */
  pollMaxBackoffMs?: number;
}

/** The runner's own wait after a failed poll; the growing part of the back-off is ours, and capped. */
const RUNNER_RETRY_MS = 100;

/** The part of an abort signal a wait needs (grammY's own AbortSignal type is not the DOM one). */
interface Abortable {
  addEventListener(type: "abort", listener: () => void, options?: { once: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

function abortableSleep(ms: number, signal: Abortable | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

/**
 * The Telegram channel: updates become neutral messages for the dispatcher, its replies go out through the sender.
 * Updates of one chat are handled in order (sequentialize); different chats run concurrently.
 */
export function createTelegramChannel(options: TelegramChannelOptions): WebhookChannel {
  const { bot, dispatcher, deps, sender } = options;
  const logger = deps.logger.child({ channel: "telegram" });
  let runner: RunnerHandle | undefined;
  let running = false;
  const inFlight = new Set<Promise<unknown>>();
  const polls = new PollHealth();

  // The runner retries failed polls quietly, doubling its wait without a limit (after an hour's outage, up to an
  // hour more of silence). Here a failing poll is made visible in the log and in /healthz, and waited out with a
  // back-off capped at POLL_MAX_BACKOFF_MS, while the runner's own wait stays short and fixed (see start()).
  let pollBackoffMs = 0;
  const pollFailed = async (signal: Abortable | undefined) => {
    pollBackoffMs = Math.min(Math.max(RUNNER_RETRY_MS, pollBackoffMs * 2), options.pollMaxBackoffMs ?? 5000);
    await abortableSleep(pollBackoffMs, signal);
  };
  bot.api.config.use(async (prev, method, payload, signal) => {
    if (method !== "getUpdates") return prev(method, payload, signal);
    try {
      const result = await prev(method, payload, signal);
      if (result.ok) {
        polls.ok();
        pollBackoffMs = 0;
      } else {
        if (polls.failed())
          logger.error({ code: result.error_code, description: result.description }, "telegram poll failed");
        if (result.error_code !== 429) await pollFailed(signal);
      }
      return result;
    } catch (error) {
      if (!signal?.aborted) {
        if (polls.failed()) logger.error({ err: scrubSecrets(String(error)) }, "telegram poll failed");
        await pollFailed(signal);
      }
      throw error;
    }
  });

  bot.use(sequentialize((ctx: Context) => String(ctx.chat?.id ?? ctx.from?.id ?? "")));
  bot.use(async (ctx) => {
    await handleUpdate(ctx.update);
  });
  bot.catch((err) => {
    logger.error(
      { err: scrubSecrets(String(err.error)), updateId: err.ctx.update.update_id },
      "telegram update failed",
    );
  });

  async function handleUpdate(update: Update): Promise<void> {
    const msg = toIncoming(update, bot.botInfo, deps.clock.now());
    if (!msg) return;
    const query = update.callback_query;
    if (query) {
      // Answer the press at once (the spinner stops) and take the buttons off, so they cannot be pressed twice.
      await bot.api.answerCallbackQuery(query.id).catch(() => undefined);
      const prompt = query.message;
      if (prompt) await bot.api.editMessageReplyMarkup(prompt.chat.id, prompt.message_id).catch(() => undefined);
    }
    let removeKeyboard = msg.content.kind === "contact";
    await answerUpdate(
      dispatcher,
      msg,
      async (reply) => {
        const result = await sender.sendWith(msg.chatId, reply, { removeKeyboard });
        removeKeyboard = false;
        // The text may have gone out ("the file is below") while the file did not: say so rather than stay silent.
        const fileRefused = result.ok ? result.partFailed !== undefined : result.kind === "failed";
        if (fileRefused && reply.fileFailedText) {
          await sender.sendWith(msg.chatId, { text: reply.fileFailedText }).catch(() => undefined);
        }
        return result;
      },
      logger,
    );
  }

  const webhookSecret = options.webhook?.secret;
  return {
    name: "telegram",
    sender,
    isRunning: () => running && (runner ? runner.isRunning() && polls.healthy() : true),
    webhook: webhookSecret
      ? {
          path: TELEGRAM_WEBHOOK_PATH,
          async handle(req, res) {
            if (req.method !== "POST") return sendJson(res, 405, { ok: false });
            if (!secretMatches(req.headers["x-telegram-bot-api-secret-token"], webhookSecret)) {
              return sendJson(res, 401, { ok: false });
            }
            if (!running) return sendJson(res, 503, { ok: false });
            let update: Update;
            try {
              update = (await readJsonBody(req)) as Update;
            } catch {
              return sendJson(res, 400, { ok: false });
            }
            if (typeof update?.update_id !== "number") return sendJson(res, 400, { ok: false });
            const work = bot.handleUpdate(update);
            inFlight.add(work);
            work.finally(() => inFlight.delete(work)).catch(() => undefined);
            answerWebhook(
              res,
              await answerWithin(
                work.then(() => dispatcher.settle()),
                8000,
              ),
            );
          },
        }
      : undefined,
    async start() {
      await bot.init();
      await registerTelegramCommands(bot.api, dispatcher.listCommands(), deps.i18n).catch((err) =>
        logger.warn({ err: scrubSecrets(String(err)) }, "setMyCommands failed"),
      );
      if (options.webhook) {
        await bot.api.setWebhook(options.webhook.url, {
          secret_token: options.webhook.secret,
          allowed_updates: ["message", "callback_query"],
        });
        running = true;
        logger.info({ bot: bot.botInfo.username }, "telegram webhook set");
        return;
      }
      await bot.api.deleteWebhook();
      runner = run(bot, {
        runner: {
          fetch: { timeout: options.pollTimeoutSeconds ?? 30, allowed_updates: ["message", "callback_query"] },
          silent: true,
          // Fixed and short: the capped back-off happens in the getUpdates transformer above.
          retryInterval: RUNNER_RETRY_MS,
          maxRetryTime: Number.POSITIVE_INFINITY,
        },
      });
      running = true;
      logger.info({ bot: bot.botInfo.username }, "telegram polling started");
    },
    async stop() {
      if (!running) return;
      running = false;
      if (runner?.isRunning()) await runner.stop();
      await Promise.allSettled([...inFlight]);
    },
  };
}
