import type { Platform } from "../../core/messages.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";

/**
 * Marks the chat accounts behind a chat as unreachable (blocked the bot, deleted their account): senders stop
 * trying them, and their next message to the bot clears the mark (src/core/identity.ts).
 */
export async function markUnreachable(
  prisma: PrismaClient,
  platform: Platform,
  chatId: string,
  at: Date,
): Promise<void> {
  await prisma.platformIdentity.updateMany({
    where: { platform, chatId, unreachableAt: null },
    data: { unreachableAt: at },
  });
}
