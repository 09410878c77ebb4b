import type { AppDeps } from "../../core/deps.ts";
import type { Dispatcher } from "../../core/dispatcher.ts";
import { imageLinkMaker } from "../../http/image-links.ts";
import type { WebhookChannel } from "../../http/webhook.ts";
import { botBudget, botKey, Pacer } from "../outbound/pacer.ts";
import { markUnreachable } from "../outbound/unreachable.ts";
import { createZaloChannel, ZALO_WEBHOOK_PATH } from "./channel.ts";
import { ZaloClient } from "./client.ts";
import { ZaloSender } from "./sender.ts";

/** Builds the Zalo channel from the configuration (webhook when PUBLIC_URL is set, long polling otherwise). */
export function buildZaloChannel(deps: AppDeps, dispatcher: Dispatcher): WebhookChannel {
  const { config } = deps;
  if (!config.ZALO_BOT_TOKEN) throw new Error("ZALO_BOT_TOKEN is not set");
  const client = new ZaloClient({ token: config.ZALO_BOT_TOKEN, apiRoot: config.ZALO_API_ROOT });
  const imageUrl = imageLinkMaker(deps);
  const sender = new ZaloSender({
    client,
    // One budget per bot: shared through PostgreSQL by every instance that sends for it (see botBudget).
    pacer: new Pacer(
      { chatIntervalMs: config.ZALO_CHAT_INTERVAL_MS, chatBurst: config.ZALO_CHAT_BURST },
      botBudget(deps.db, botKey("zalo", config.ZALO_BOT_TOKEN), config.ZALO_MAX_PER_SECOND),
    ),
    policy: {
      maxAttempts: config.SEND_MAX_ATTEMPTS,
      maxWaitMs: config.SEND_MAX_WAIT_SECONDS * 1000,
      backoffMs: config.SEND_BACKOFF_MS,
    },
    rateLimitWaitMs: config.ZALO_RATE_LIMIT_WAIT_SECONDS * 1000,
    onUnreachable: (chatId) => markUnreachable(deps.prisma, "zalo", chatId, deps.clock.now()),
    // Charts go as photos by a signed link when this service has a public address and a link secret.
    ...(imageUrl ? { imageUrl } : {}),
  });
  const webhook =
    config.PUBLIC_URL && config.ZALO_WEBHOOK_SECRET
      ? { url: `${config.PUBLIC_URL}${ZALO_WEBHOOK_PATH}`, secret: config.ZALO_WEBHOOK_SECRET }
      : undefined;
  return createZaloChannel({
    client,
    dispatcher,
    deps,
    sender,
    webhook,
    pollTimeoutSeconds: config.POLL_TIMEOUT_SECONDS,
    pollMaxBackoffMs: config.POLL_MAX_BACKOFF_MS,
  });
}
