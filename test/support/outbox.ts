import type { ChannelSender } from "../../src/channels/channel.ts";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";

/** Stands in for the outbox worker in tests: sends every pending Delivery row once through the platform's sender. */
export async function deliverPending(prisma: PrismaClient, senders: ChannelSender[]): Promise<number> {
  const rows = await prisma.delivery.findMany({ where: { status: "pending" }, orderBy: { createdAt: "asc" } });
  for (const row of rows) {
    const sender = senders.find((s) => s.platform === row.platform);
    if (!sender) continue;
    const result = await sender.send(row.chatId, row.payload as unknown as OutgoingMessage);
    await prisma.delivery.update({
      where: { id: row.id },
      data: result.ok
        ? { status: "sent", sentAt: new Date(), platformMessageId: result.messageIds[0] ?? null }
        : { status: result.kind === "unreachable" ? "unreachable" : "failed", lastError: result.error },
    });
  }
  return rows.length;
}
