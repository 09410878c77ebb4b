import type { UserFromGetMe } from "grammy/types";
import type { AppDeps } from "../../core/deps.ts";
import type { Dispatcher } from "../../core/dispatcher.ts";
import type { WebhookChannel } from "../../http/webhook.ts";
import { botBudget, botKey, Pacer } from "../outbound/pacer.ts";
import { markUnreachable } from "../outbound/unreachable.ts";
import { createTelegramBot } from "./bot.ts";
import { createTelegramChannel, TELEGRAM_WEBHOOK_PATH } from "./channel.ts";
import { TelegramSender } from "./sender.ts";

/**
 * Builds the Telegram channel from the configuration: bot, pacing, sender and polling or webhook mode
 * (webhook when PUBLIC_URL is set). Throws when no token is configured.
 */
export function buildTelegramChannel(
  deps: AppDeps,
  dispatcher: Dispatcher,
  options: { botInfo?: UserFromGetMe } = {},
): WebhookChannel {
  const { config } = deps;
  if (!config.TELEGRAM_BOT_TOKEN) throw new Error("TELEGRAM_BOT_TOKEN is not set");
  const bot = createTelegramBot({
    token: config.TELEGRAM_BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT,
    botInfo: options.botInfo,
  });
  const sender = new TelegramSender({
    api: bot.api,
    // One budget per bot: shared through PostgreSQL by every instance that sends for it (see botBudget).
    pacer: new Pacer(
      { chatIntervalMs: config.TELEGRAM_CHAT_INTERVAL_MS, chatBurst: config.TELEGRAM_CHAT_BURST },
      botBudget(deps.db, botKey("telegram", config.TELEGRAM_BOT_TOKEN), config.TELEGRAM_MAX_PER_SECOND),
    ),
    policy: {
      maxAttempts: config.SEND_MAX_ATTEMPTS,
      maxWaitMs: config.SEND_MAX_WAIT_SECONDS * 1000,
      backoffMs: config.SEND_BACKOFF_MS,
    },
    onUnreachable: (chatId) => markUnreachable(deps.prisma, "telegram", chatId, deps.clock.now()),
  });
  const webhook =
    config.PUBLIC_URL && config.TELEGRAM_WEBHOOK_SECRET
      ? { url: `${config.PUBLIC_URL}${TELEGRAM_WEBHOOK_PATH}`, secret: config.TELEGRAM_WEBHOOK_SECRET }
      : undefined;
  return createTelegramChannel({
    bot,
    dispatcher,
    deps,
    sender,
    webhook,
    pollTimeoutSeconds: config.POLL_TIMEOUT_SECONDS,
    pollMaxBackoffMs: config.POLL_MAX_BACKOFF_MS,
  });
}
