import type { Conversation, Prisma, PrismaClient } from "../../generated/prisma/client.ts";
import type { Platform } from "../messages.ts";
import { type FlowState, flowStateSchema, STATE_VERSION } from "./state.ts";

/** The one active conversation of an owner (a person, on whichever chat they write from). */
export function findActive(prisma: PrismaClient, ownerKey: string): Promise<Conversation | null> {
  return prisma.conversation.findFirst({ where: { ownerKey, status: "active" }, orderBy: { updatedAt: "desc" } });
}

/** The stored state, or undefined when it is of another version or does not parse. */
export function readState(row: Conversation): FlowState | undefined {
  if (row.stateVersion !== STATE_VERSION) return undefined;
  const parsed = flowStateSchema.safeParse(row.state);
  return parsed.success ? parsed.data : undefined;
}

export interface SaveOptions {
  now: Date;
  platform: Platform;
  chatId: string;
  status?: Conversation["status"];
}

/**
 * Writes the state if nobody else wrote since `row` was read (optimistic concurrency on `revision`).
 * False means another answer got there first: the caller shows the current step again.
 */
export async function saveState(prisma: PrismaClient, row: Conversation, state: FlowState, o: SaveOptions) {
  const { count } = await prisma.conversation.updateMany({
    where: { id: row.id, revision: row.revision },
    data: {
      state: toJson(state),
      stateVersion: STATE_VERSION,
      revision: row.revision + 1,
      status: o.status ?? row.status,
      updatedAt: o.now,
      remindedAt: null,
      lastPlatform: o.platform,
      lastChatId: o.chatId,
    },
  });
  return count === 1 ? { ...row, revision: row.revision + 1, status: o.status ?? row.status } : undefined;
}

/** Starts (or restarts) the owner's conversation of a flow; its revision keeps rising so older buttons stay stale. */
export async function openConversation(
  prisma: PrismaClient,
  ownerKey: string,
  flowId: string,
  state: FlowState,
  o: SaveOptions,
): Promise<Conversation> {
  await prisma.conversation.updateMany({
    where: { ownerKey, status: "active", flowId: { not: flowId } },
    data: { status: "paused", updatedAt: o.now },
  });
  const data = {
    status: "active" as const,
    stateVersion: STATE_VERSION,
    state: toJson(state),
    updatedAt: o.now,
    remindedAt: null,
    lastPlatform: o.platform,
    lastChatId: o.chatId,
  };
  return prisma.conversation.upsert({
    where: { ownerKey_flowId: { ownerKey, flowId } },
    create: { ownerKey, flowId, ...data, revision: 1, createdAt: o.now },
    update: { ...data, revision: { increment: 1 } },
  });
}

export function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
