import type { ChatContext } from "../context.ts";
import type { FlowEnv } from "./flow.ts";

/** What a flow's hooks may read, for the person speaking in this chat (undefined when they are not linked). */
export async function flowEnvOf(ctx: ChatContext): Promise<FlowEnv | undefined> {
  if (!ctx.person) return undefined;
  return {
    deps: ctx.deps,
    person: ctx.person,
    roles: ctx.speaker.roles,
    scope: await ctx.scope(),
    tree: await ctx.orgTree(),
    now: ctx.deps.clock.now(),
    lang: ctx.lang,
  };
}
