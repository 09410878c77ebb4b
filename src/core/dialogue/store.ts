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

/**
 * The conversation-store port: everything the dialogue runner reads and writes about a conversation, so the runner
 * does not care where conversations live. PrismaConversationStore (the Conversation table) is the one in use; a test
 * or another host may give its own to `new FlowEngine(flows, hooks, { store })`. Filing (the submit transaction)
 * stays with the report's own tables.
 */
export interface ConversationStore {
  /** The owner's active conversation, if any. */
  findActive(ownerKey: string): Promise<Conversation | null>;
  /** The owner's conversation of one flow, whatever its status. */
  find(ownerKey: string, flowId: string): Promise<Conversation | null>;
  /** The owner's active and paused conversations, newest first. */
  listOpen(ownerKey: string): Promise<Conversation[]>;
  /** Starts or restarts a conversation (pausing the owner's other active one). */
  open(ownerKey: string, flowId: string, state: FlowState, o: SaveOptions): Promise<Conversation>;
  /** Writes the state if nobody wrote since `row` was read; undefined when someone did. */
  save(row: Conversation, state: FlowState, o: SaveOptions): Promise<Conversation | undefined>;
  /** Marks a conversation that no longer fits its flow as expired. */
  expire(row: Conversation, now: Date): Promise<void>;
}

export class PrismaConversationStore implements ConversationStore {
  constructor(private readonly prisma: PrismaClient) {}

  findActive(ownerKey: string) {
    return findActive(this.prisma, ownerKey);
  }

  find(ownerKey: string, flowId: string) {
    return this.prisma.conversation.findUnique({ where: { ownerKey_flowId: { ownerKey, flowId } } });
  }

  listOpen(ownerKey: string) {
    return this.prisma.conversation.findMany({
      where: { ownerKey, status: { in: ["active", "paused"] } },
      orderBy: { updatedAt: "desc" },
    });
  }

  open(ownerKey: string, flowId: string, state: FlowState, o: SaveOptions) {
    return openConversation(this.prisma, ownerKey, flowId, state, o);
  }

  save(row: Conversation, state: FlowState, o: SaveOptions) {
    return saveState(this.prisma, row, state, o);
  }

  async expire(row: Conversation, now: Date) {
    await this.prisma.conversation.updateMany({
      where: { id: row.id, revision: row.revision },
      data: { status: "expired", updatedAt: now },
    });
  }
}
