import { z } from "zod";
import type { ChatContext } from "../../core/context.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { audienceSchema } from "./broadcasts.ts";

/**
 * The compose dialogue keeps its draft in the Conversation table (flowId "broadcast"), versioned and re-validated on
 * every read, so it survives restarts and can move onto the conversation engine later as a flow with these steps.
 */
export const FLOW_ID = "broadcast";
const STATE_VERSION = 1;

/**
 * Its own owner key ("broadcast:p:<personId>"), so the conversation engine, which takes an owner's active row as one
 * of its flows, never mistakes this draft for a report draft; its expiry sweep still drops an abandoned one.
 */
const draftOwner = (ctx: ChatContext) => `broadcast:${ctx.ownerKey}`;

export const draftSchema = z.object({
  step: z.enum(["text", "photo", "audience", "unit", "time", "ack", "confirm"]),
  text: z.string().optional(),
  photoUrl: z.string().optional(),
  audience: audienceSchema.optional(),
  sendAt: z.string().optional(),
  /** Members must confirm they read it ("Đã đọc / Xác nhận"); absent in drafts saved before the question existed. */
  requireConfirmation: z.boolean().optional(),
});
export type Draft = z.infer<typeof draftSchema>;

export async function loadDraft(ctx: ChatContext): Promise<Draft | null> {
  const row = await ctx.deps.prisma.conversation.findUnique({
    where: { ownerKey_flowId: { ownerKey: draftOwner(ctx), flowId: FLOW_ID } },
  });
  if (row?.status !== "active" || row.stateVersion !== STATE_VERSION) return null;
  const parsed = draftSchema.safeParse(row.state);
  return parsed.success ? parsed.data : null;
}

export async function saveDraft(ctx: ChatContext, draft: Draft): Promise<void> {
  const state = draft as Prisma.InputJsonValue;
  const common = {
    status: "active" as const,
    stateVersion: STATE_VERSION,
    state,
    lastPlatform: ctx.msg.platform,
    lastChatId: ctx.msg.chatId,
  };
  await ctx.deps.prisma.conversation.upsert({
    where: { ownerKey_flowId: { ownerKey: draftOwner(ctx), flowId: FLOW_ID } },
    create: { ownerKey: draftOwner(ctx), flowId: FLOW_ID, ...common },
    update: { ...common, revision: { increment: 1 } },
  });
}

export async function closeDraft(ctx: ChatContext, status: "submitted" | "cancelled"): Promise<void> {
  await ctx.deps.prisma.conversation.updateMany({
    where: { ownerKey: draftOwner(ctx), flowId: FLOW_ID },
    data: { status, state: Prisma.JsonNull },
  });
}
