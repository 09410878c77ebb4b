import type { ChannelSender } from "../core/channel.ts";
import type { AppDeps } from "../core/deps.ts";
import { OutboxWorker } from "./worker.ts";

/**
 * The outbox worker as configured. It sends through the platforms' senders, whose pacer holds each bot's budget
 * (shared by every instance through the database) and the per-chat pace: the worker itself paces nothing.
 * `everyTick` gives what runs after each round of sends, once the worker exists (the broadcasts module follows
 * each broadcast's progress there, editing its author's message through the worker).
 */
export function createOutboxWorker(
  deps: AppDeps,
  senders: readonly ChannelSender[],
  everyTick?: (worker: OutboxWorker) => () => Promise<void>,
): OutboxWorker {
  const { config } = deps;
  if (config.OUTBOX_INSTANCES !== undefined) {
    deps.logger.warn(
      "OUTBOX_INSTANCES is no longer used and can be removed: every instance now shares each bot's budget through the database",
    );
  }
  let tick: (() => Promise<void>) | undefined;
  const worker = new OutboxWorker({
    prisma: deps.prisma,
    clock: deps.clock,
    logger: deps.logger,
    senders,
    maxInFlight: config.OUTBOX_MAX_IN_FLIGHT,
    maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
    claimTimeoutMs: config.OUTBOX_CLAIM_TIMEOUT_SECONDS * 1000,
    uncertain: config.OUTBOX_UNCERTAIN,
    singleProcess: deps.db.singleProcess,
    instanceId: config.OUTBOX_INSTANCE_ID,
    onTick: async () => tick?.(),
  });
  tick = everyTick?.(worker);
  return worker;
}
