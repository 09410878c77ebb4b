import type { ChatContext } from "../context.ts";
import type { FlowEnv, GuestEnv } from "./flow.ts";

/** What a guest flow's hooks may read, for whoever speaks in this chat (linked or not). */
export async function guestEnvOf(ctx: ChatContext): Promise<GuestEnv> {
  const { msg } = ctx;
  return {
    deps: ctx.deps,
    person: ctx.person,
    roles: ctx.speaker.roles,
    scope: await ctx.scope(),
    tree: await ctx.orgTree(),
    now: ctx.deps.clock.now(),
    lang: ctx.lang,
    account: {
      platform: msg.platform,
      chatId: msg.chatId,
      externalId: msg.sender.externalId,
      ...(msg.sender.displayName !== undefined ? { displayName: msg.sender.displayName } : {}),
      ...(msg.sender.username !== undefined ? { username: msg.sender.username } : {}),
      capabilities: ctx.capabilities,
    },
  };
}

/** What a flow's hooks may read, for the person speaking in this chat (undefined when they are not linked). */
export async function flowEnvOf(ctx: ChatContext): Promise<FlowEnv | undefined> {
  const env = await guestEnvOf(ctx);
  return env.person ? { ...env, person: env.person } : undefined;
}
