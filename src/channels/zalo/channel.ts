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
import { sleep } from "../outbound/pacer.ts";
import { PollHealth } from "../outbound/poll-health.ts";
import { type ZaloClient, type ZaloUpdate, zaloUpdateSchema } from "./client.ts";
import { zaloToIncoming } from "./incoming.ts";
import type { ZaloSender } from "./sender.ts";

export const ZALO_WEBHOOK_PATH = "/webhook/zalo";

export interface ZaloChannelOptions {
  client: ZaloClient;
  dispatcher: Dispatcher;
  deps: AppDeps;
  sender: ZaloSender;
  webhook?: { url: string; secret: string };
  pollTimeoutSeconds: number;
  /** Longest wait between two failed polls. */
  pollMaxBackoffMs?: number;
}

/**
 * The Zalo channel: long polling (one update per call, no offsets) or a webhook. Messages of one chat are handled
 * in order; chats run concurrently. Stopping lets the poll in flight finish, since Zalo forgets an update it handed
 * to a poll that was cut off.
 */
export function createZaloChannel(options: ZaloChannelOptions): WebhookChannel {
  const { client, dispatcher, deps, sender } = options;
  const logger = deps.logger.child({ channel: "zalo" });
  let running = false;
  let loop: Promise<void> | undefined;
  let wakeSleep: (() => void) | undefined;
  const chains = new Map<string, Promise<void>>();
  const polls = new PollHealth();

  async function handle(update: ZaloUpdate): Promise<void> {
    const msg = zaloToIncoming(update, deps.clock.now());
    if (!msg) return;
    await answerUpdate(dispatcher, msg, (reply) => sender.send(msg.chatId, reply), logger);
  }

  /**
   * Queues an update behind the others of its chat. The promise settles when it is handled, and rejects when it
   * failed (already logged): a webhook then answers with an error so that Zalo delivers it again.
   */
  function schedule(update: ZaloUpdate): Promise<void> {
    const key = update.message?.chat.id ?? "";
    const previous = chains.get(key) ?? Promise.resolve();
    const work = previous.then(() => handle(update));
    const next = work.catch((err) => logger.error({ err: scrubSecrets(String(err)) }, "zalo update failed"));
    chains.set(key, next);
    next.then(() => {
      if (chains.get(key) === next) chains.delete(key);
    });
    return work;
  }

  async function pollLoop(): Promise<void> {
    const firstWait = Math.min(1000, options.pollMaxBackoffMs ?? 5000);
    let backoff = firstWait;
    while (running) {
      try {
        const updates = await client.getUpdates(options.pollTimeoutSeconds);
        polls.ok();
        backoff = firstWait;
        for (const update of updates) schedule(update).catch(() => undefined);
      } catch (error) {
        if (!running) break;
        const err = scrubSecrets(error instanceof Error ? error.message : String(error));
        if (polls.failed()) logger.error({ err }, "zalo poll failed");
        else logger.debug({ err }, "zalo poll failed again");
        await new Promise<void>((resolve) => {
          wakeSleep = resolve;
          sleep(backoff).then(resolve);
        });
        // Capped, so the bot answers again soon after Zalo comes back, however long it was away.
        backoff = Math.min(backoff * 2, options.pollMaxBackoffMs ?? 5000);
      }
    }
  }

  const secret = options.webhook?.secret;
  return {
    name: "zalo",
    sender,
    isRunning: () => running && (loop === undefined || polls.healthy()),
    webhook: secret
      ? {
          path: ZALO_WEBHOOK_PATH,
          async handle(req, res) {
            if (req.method !== "POST") return sendJson(res, 405, { ok: false });
            if (!secretMatches(req.headers["x-bot-api-secret-token"], secret)) return sendJson(res, 401, { ok: false });
            if (!running) return sendJson(res, 503, { ok: false });
            let body: unknown;
            try {
              body = await readJsonBody(req);
            } catch {
              return sendJson(res, 400, { ok: false });
            }
            // Deliveries come in the polling envelope or bare: accept both.
            const inner = (body as { result?: unknown })?.result ?? body;
            const parsed = zaloUpdateSchema.safeParse(inner);
            if (!parsed.success) return sendJson(res, 400, { ok: false });
            answerWebhook(
              res,
              await answerWithin(
                schedule(parsed.data).then(() => dispatcher.settle()),
                8000,
              ),
            );
          },
        }
      : undefined,
    async start() {
      const me = await client.getMe();
      if (options.webhook) {
        await client.setWebhook(options.webhook.url, options.webhook.secret);
        running = true;
        logger.info({ bot: me.account_name }, "zalo webhook set");
        return;
      }
      // Polling and a webhook are exclusive on Zalo.
      await client.deleteWebhook();
      running = true;
      loop = pollLoop();
      logger.info({ bot: me.account_name }, "zalo polling started");
    },
    async stop() {
      if (!running) return;
      running = false;
      wakeSleep?.();
      await loop;
      await Promise.allSettled([...chains.values()]);
    },
  };
}
