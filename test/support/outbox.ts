import type { Pacer } from "../../src/channels/outbound/pacer.ts";
import { systemClock } from "../../src/clock.ts";
import type { ChannelSender, SendResult } from "../../src/core/channel.ts";
import type { OutgoingMessage, Platform } from "../../src/core/messages.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { createLogger } from "../../src/logger.ts";
import { OutboxWorker, type OutboxWorkerOptions } from "../../src/outbox/worker.ts";

/** A ChannelSender that keeps what it delivered; `behave` may answer a call with a failure instead. */
export class RecordingSender implements ChannelSender {
  readonly delivered = new Map<string, OutgoingMessage[]>();
  calls = 0;
  constructor(
    readonly platform: Platform,
    private readonly behave?: (call: number, chatId: string) => SendResult | undefined,
    /** Paced as the real senders are (src/channels/outbound/pacer.ts). */
    private readonly pacer?: Pacer,
  ) {}

  async send(chatId: string, message: OutgoingMessage): Promise<SendResult> {
    await this.pacer?.wait(chatId);
    const call = ++this.calls;
    await new Promise((r) => setImmediate(r));
    const answer = this.behave?.(call, chatId);
    if (answer) return answer;
    const list = this.delivered.get(chatId) ?? [];
    list.push(message);
    this.delivered.set(chatId, list);
    return { ok: true, messageIds: [String(call)] };
  }

  chatDelayMs(chatId: string): number {
    return this.pacer?.chatDelayMs(chatId) ?? 0;
  }

  readonly edits: { chatId: string; messageId: string; text: string }[] = [];
  async edit(chatId: string, messageId: string, message: OutgoingMessage): Promise<SendResult> {
    this.edits.push({ chatId, messageId, text: message.text });
    return { ok: true, messageIds: [messageId] };
  }

  copies(): number[] {
    return [...this.delivered.values()].map((l) => l.length);
  }
}

/** A worker with fast test settings on the real clock; override what a test is about. */
export function testWorker(
  prisma: PrismaClient,
  senders: ChannelSender[],
  options: Partial<OutboxWorkerOptions> = {},
): OutboxWorker {
  return new OutboxWorker({
    prisma,
    clock: systemClock,
    logger: createLogger({ level: "silent", pretty: false }),
    senders,
    maxInFlight: 16,
    maxAttempts: 8,
    claimTimeoutMs: 60_000,
    uncertain: "resend",
    singleProcess: true,
    pollMs: 20,
    retryBaseMs: 5,
    ...options,
  });
}

/** Polls until `check` holds (or fails the test after `ms`). */
export async function until(check: () => Promise<boolean> | boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stands in for the outbox worker in tests: sends every pending Delivery row once through the platform's sender. */
export async function deliverPending(prisma: PrismaClient, senders: ChannelSender[]): Promise<number> {
  const rows = await prisma.delivery.findMany({
    include: { message: true },
    where: { status: "pending" },
    orderBy: { createdAt: "asc" },
  });
  for (const row of rows) {
    const sender = senders.find((s) => s.platform === row.platform);
    if (!sender) continue;
    const result = await sender.send(row.chatId, row.message.payload as unknown as OutgoingMessage);
    await prisma.delivery.update({
      where: { id: row.id },
      data: result.ok
        ? { status: "sent", sentAt: new Date(), platformMessageId: result.messageIds[0] ?? null }
        : { status: result.kind === "unreachable" ? "unreachable" : "failed", lastError: result.error },
    });
  }
  return rows.length;
}
