import type { ChannelSender } from "../core/channel.ts";
import type { AppDeps } from "../core/deps.ts";
import type { Platform } from "../core/messages.ts";
import { createBroadcastTracker } from "../modules/broadcasts/broadcast-progress.ts";
import { OutboxWorker } from "./worker.ts";

/**
 * The outbox worker as configured: each platform paced at its MAX_PER_SECOND divided among OUTBOX_INSTANCES,
 * and broadcast progress followed on every tick (start message, its figures edited in place, summary).
 */
export function createOutboxWorker(deps: AppDeps, senders: readonly ChannelSender[]): OutboxWorker {
  const { config } = deps;
  const share = (perSecond: number) => Math.max(1, Math.floor(perSecond / config.OUTBOX_INSTANCES));
  const ratePerSecond: Partial<Record<Platform, number>> = {
    telegram: share(config.TELEGRAM_MAX_PER_SECOND),
    zalo: share(config.ZALO_MAX_PER_SECOND),
    terminal: 1000,
  };
  let worker: OutboxWorker | undefined;
  const tracker = createBroadcastTracker(deps, config.OUTBOX_UNCERTAIN, {
    edit: (platform, chatId, messageId, message) =>
      worker ? worker.edit(platform, chatId, messageId, message) : Promise.resolve(false),
  });
  worker = new OutboxWorker({
    prisma: deps.prisma,
    clock: deps.clock,
    logger: deps.logger,
    senders,
    ratePerSecond,
    maxInFlight: config.OUTBOX_MAX_IN_FLIGHT,
    maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
    perChatIntervalMs: config.OUTBOX_PER_CHAT_INTERVAL_MS,
    claimTimeoutMs: config.OUTBOX_CLAIM_TIMEOUT_SECONDS * 1000,
    uncertain: config.OUTBOX_UNCERTAIN,
    singleProcess: deps.db.singleProcess,
    instanceId: config.OUTBOX_INSTANCE_ID,
    onTick: () => tracker.tick(),
  });
  return worker;
}
