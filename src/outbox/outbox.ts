import type { ChannelSender } from "../core/channel.ts";
import type { AppDeps } from "../core/deps.ts";
import type { Platform } from "../core/messages.ts";
import { OutboxWorker } from "./worker.ts";

/**
 * The outbox worker as configured: each platform paced at its MAX_PER_SECOND divided among OUTBOX_INSTANCES.
 * `everyTick` gives what runs after each round of sends, once the worker exists (the broadcasts module follows
 * each broadcast's progress there, editing its author's message through the worker).
 */
export function createOutboxWorker(
  deps: AppDeps,
  senders: readonly ChannelSender[],
  everyTick?: (worker: OutboxWorker) => () => Promise<void>,
): OutboxWorker {
  const { config } = deps;
  const share = (perSecond: number) => Math.max(1, Math.floor(perSecond / config.OUTBOX_INSTANCES));
  const ratePerSecond: Partial<Record<Platform, number>> = {
    telegram: share(config.TELEGRAM_MAX_PER_SECOND),
    zalo: share(config.ZALO_MAX_PER_SECOND),
    terminal: 1000,
  };
  let tick: (() => Promise<void>) | undefined;
  const worker = new OutboxWorker({
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
    onTick: async () => tick?.(),
  });
  tick = everyTick?.(worker);
  return worker;
}
