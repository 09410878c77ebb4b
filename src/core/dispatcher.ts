import { randomBytes } from "node:crypto";
import type { Role } from "../generated/prisma/client.ts";
import { matchChoice } from "./choices.ts";
import { ChatContext } from "./context.ts";
import type { AppDeps } from "./deps.ts";
import type { ActionDefinition, CommandDefinition, ConversationHandler, Feature } from "./feature.ts";
import type { FloodGuard } from "./flood.ts";
import { SpeakerReader } from "./identity.ts";
import {
  type Choice,
  contentFromText,
  type IncomingContent,
  type IncomingMessage,
  type OutgoingMessage,
} from "./messages.ts";
import { type Access, allows, roleLabelKey } from "./permissions.ts";
import { ProcessedMarks } from "./processed-marks.ts";

interface PendingChoices {
  promptId: string;
  choices: Choice[];
}

/**
 * The platform-neutral heart: takes one incoming message, decides who is speaking and what they may do, runs the
 * command, action or active conversation, and returns the replies for the channel to send.
 */
export class Dispatcher {
  private readonly commands = new Map<string, CommandDefinition>();
  private readonly actions = new Map<string, ActionDefinition>();
  private readonly marks: ProcessedMarks;
  private readonly speakers: SpeakerReader;

  constructor(
    private readonly deps: AppDeps,
    private readonly features: readonly Feature[],
    private readonly conversations?: ConversationHandler,
    private readonly flood?: FloodGuard,
  ) {
    this.marks = new ProcessedMarks(deps.db.sql, deps.clock, deps.logger);
    this.speakers = new SpeakerReader(deps);
    for (const feature of features) {
      for (const command of feature.commands ?? []) {
        if (this.commands.has(command.name)) throw new Error(`Command /${command.name} is defined twice`);
        this.commands.set(command.name, command);
      }
      for (const action of feature.actions ?? []) {
        if (this.actions.has(action.prefix)) throw new Error(`Action prefix ${action.prefix} is defined twice`);
        this.actions.set(action.prefix, action);
      }
    }
  }

  /** Stores what is still pending (processed marks); call before closing the database. */
  close(): Promise<void> {
    return this.marks.flush();
  }

  /** Commands in registration order, for /help and the platforms' command menus. */
  listCommands(): CommandDefinition[] {
    return [...this.commands.values()];
  }

  /**
   * Handles one message. Returns [] when the update was already handled (a webhook retry, a second poller).
   * Never throws for a user's input: unexpected errors are logged once and answered with a short apology.
   */
  async handle(msg: IncomingMessage): Promise<OutgoingMessage[]> {
    // Checked before any database work, so a flood costs nothing once its sender is muted.
    const flood = this.flood?.check(`${msg.platform}:${msg.sender.externalId}`, this.deps.clock.now()) ?? "ok";
    if (flood === "ignore") return [];
    // Not caught: when the database cannot be reached nothing was claimed, and a webhook answered with an error
    // is delivered again later.
    const speaker = await this.speakers.read(msg);
    if (!speaker) return [];
    let ctx: ChatContext | undefined;
    try {
      if (flood === "warn") return [{ text: this.deps.i18n.t(speaker.lang, "flood-warning") }];
      if (msg.chatType === "group") {
        // The pending choices and conversations are the person's private ones: a group message never reads or
        // changes them, and a typed number in a group is just text.
        ctx = new ChatContext(this.deps, msg, speaker, normalise(msg.content, null));
        await this.routeGroup(ctx);
        return ctx.replies;
      }
      const pending = parsePending(speaker.identity.pendingChoices);
      ctx = new ChatContext(this.deps, msg, speaker, normalise(msg.content, pending));
      await this.route(ctx, pending);
      await this.rememberChoices(ctx, pending);
      for (const reply of ctx.replies) {
        const names = reply.files?.map((f) => f.name).join(", ");
        if (names) reply.fileFailedText ??= ctx.t("trust-file-failed", { name: names });
      }
      return ctx.replies;
    } catch (error) {
      this.deps.logger.error({ err: error, updateKey: msg.updateKey, platform: msg.platform }, "update failed");
      const lang = ctx?.lang ?? this.deps.i18n.defaultLocale;
      return [{ text: this.deps.i18n.t(lang, "error-unexpected") }];
    } finally {
      if (speaker.claimId) this.marks.add(speaker.claimId);
    }
  }

  private async route(ctx: ChatContext, pending: PendingChoices | null): Promise<void> {
    const content = ctx.content;
    if (content.kind === "command") {
      const command = this.commands.get(content.name);
      // /back, /skip, /cancel and anything a flow wants are offered to the active conversation first.
      if (this.conversations && (await this.conversations.handle(ctx))) return;
      if (!command) {
        ctx.reply(ctx.t("command-unknown", { command: content.name }));
        return;
      }
      if (this.refuse(ctx, command.access)) return;
      await command.run(ctx, content.args);
      return;
    }
    if (content.kind === "choice") {
      if (content.value.startsWith("/")) {
        const [name = "", ...rest] = content.value.slice(1).split(" ");
        const command = this.commands.get(name);
        if (command && !this.refuse(ctx, command.access)) await command.run(ctx, rest.join(" "));
        return;
      }
      const colon = content.value.indexOf(":");
      const action = colon > 0 ? this.actions.get(content.value.slice(0, colon)) : undefined;
      if (action) {
        if (!this.refuse(ctx, action.access)) await action.run(ctx, content.value.slice(colon + 1));
        return;
      }
      if (content.promptId && pending?.promptId !== content.promptId) {
        ctx.reply(ctx.t("choice-stale"));
        return;
      }
    }
    if (this.conversations && (await this.conversations.handle(ctx))) return;
    for (const feature of this.features) {
      if (feature.fallback && (await feature.fallback(ctx))) return;
    }
    if (content.kind === "unsupported") ctx.reply(ctx.t("message-unsupported"));
    else ctx.reply(ctx.t("message-not-understood"));
  }

  /**
   * Group chats: only commands and buttons marked `inGroups` are answered (/help); everything else, personal by
   * nature (records, /find, /unit, exports, linking, registration, a shared contact), is answered with a pointer to
   * a private chat with the bot, and nothing is stored for the group.
   */
  private async routeGroup(ctx: ChatContext): Promise<void> {
    const content = ctx.content;
    let command: CommandDefinition | undefined;
    let args = "";
    if (content.kind === "command") {
      command = this.commands.get(content.name);
      args = content.args;
    } else if (content.kind === "choice" && content.value.startsWith("/")) {
      const [name = "", ...rest] = content.value.slice(1).split(" ");
      command = this.commands.get(name);
      args = rest.join(" ");
    }
    if (command?.inGroups) {
      if (!this.refuse(ctx, command.access)) await command.run(ctx, args);
      return;
    }
    if (content.kind === "choice" && !content.value.startsWith("/")) {
      const colon = content.value.indexOf(":");
      const action = colon > 0 ? this.actions.get(content.value.slice(0, colon)) : undefined;
      if (action?.inGroups) {
        if (!this.refuse(ctx, action.access)) await action.run(ctx, content.value.slice(colon + 1));
        return;
      }
    }
    const link = ctx.msg.privateChatLink;
    ctx.reply(link ? ctx.t("trust-group-private-link", { link }) : ctx.t("trust-group-private"));
  }

  /** Says why, in the person's language, when they may not do something. */
  private refuse(ctx: ChatContext, access: Access): boolean {
    if (allows(access, ctx.person !== null, ctx.speaker.roles)) return false;
    if (ctx.person === null) ctx.reply(ctx.t("access-not-linked"));
    else {
      const roles = (access as readonly Role[]).map((r) => ctx.t(roleLabelKey[r])).join(", ");
      ctx.reply(ctx.t("access-role-required", { roles }));
    }
    return true;
  }

  /** Keeps the choices of the last reply, so a typed number answers it and older buttons can be told apart. */
  private async rememberChoices(ctx: ChatContext, previous: PendingChoices | null): Promise<void> {
    const last = ctx.replies.at(-1);
    let next: PendingChoices | null = previous;
    if (last?.choices?.length) {
      last.promptId ??= randomBytes(4).toString("hex");
      next = { promptId: last.promptId, choices: last.choices };
    } else if (ctx.replies.length > 0) {
      next = null;
    }
    if (next === previous) return;
    await this.deps.db.sql.execute(`UPDATE "PlatformIdentity" SET "pendingChoices" = $1::jsonb WHERE "id" = $2`, [
      next === null ? null : JSON.stringify(next),
      ctx.speaker.identity.id,
    ]);
  }
}

function parsePending(value: unknown): PendingChoices | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Partial<PendingChoices>;
  if (typeof v.promptId !== "string" || !Array.isArray(v.choices)) return null;
  return {
    promptId: v.promptId,
    choices: v.choices.filter((c) => typeof c?.value === "string" && typeof c?.label === "string"),
  };
}

/** Typed "/cmd" becomes a command; a typed number or label answering the last choices becomes that choice. */
function normalise(content: IncomingContent, pending: PendingChoices | null): IncomingContent {
  if (content.kind !== "text") return content;
  const parsed = contentFromText(content.text);
  if (parsed.kind !== "text" || !pending) return parsed;
  const choice = matchChoice(parsed.text, pending.choices);
  // `typed` keeps what was written: a step that asks for a number may prefer "3" itself to the third choice.
  return choice ? { kind: "choice", value: choice.value, promptId: pending.promptId, typed: parsed.text } : parsed;
}
