import type { Role } from "../generated/prisma/client.ts";
import { kindOf } from "./buttons.ts";
import { ChatContext } from "./context.ts";
import type { AppDeps } from "./deps.ts";
import type { Action, CommandDefinition, ConversationHandler, Feature } from "./feature.ts";
import type { FloodGuard } from "./flood.ts";
import { type Speaker, SpeakerReader } from "./identity.ts";
import { contentFromText, type IncomingContent, type IncomingMessage, type OutgoingMessage } from "./messages.ts";
import {
  afterReplies,
  findPrompt,
  latestPrompt,
  matchTyped,
  type Pending,
  parsePending,
  promptMessage,
  storeReplyPrompts,
} from "./pending.ts";
import { type Access, allows, roleLabelKey } from "./permissions.ts";
import { ProcessedMarks, ReplyStore } from "./processed-marks.ts";
import { toPayload } from "./stored-message.ts";

/**
 * One incoming update as the dispatcher sees it. "answer": send `replies`, then call `answered` (or `release`);
 * "done": answered before, nothing to send; "busy": being handled elsewhere, ask the platform to deliver it again.
 */
export interface Turn {
  status: "answer" | "done" | "busy";
  replies: OutgoingMessage[];
  claimId: string | null;
  /** The replies were stored by an earlier handling whose answer was never confirmed sent. */
  replayed: boolean;
}

/** The message after matching typed text and button references against the open prompts. */
type Normalised =
  | { kind: "content"; content: IncomingContent; answered?: string }
  /** A security-relevant choice named by its typed label: confirmed before it is taken. */
  | { kind: "confirm"; value: string; label: string }
  /** A press on a prompt that is no longer open. */
  | { kind: "stale"; content: IncomingContent };

/**
 * The platform-neutral heart: takes one incoming message, decides who is speaking and what they may do, runs the
 * command, action or active conversation, and returns the replies for the channel to send.
 */
export class Dispatcher {
  private readonly commands = new Map<string, CommandDefinition>();
  /** By their button's wire prefix. */
  private readonly actions = new Map<string, Action>();
  private readonly marks: ProcessedMarks;
  private readonly speakers: SpeakerReader;
  private readonly replies: ReplyStore;

  constructor(
    private readonly deps: AppDeps,
    private readonly features: readonly Feature[],
    private readonly conversations?: ConversationHandler,
    private readonly flood?: FloodGuard,
  ) {
    this.marks = new ProcessedMarks(deps.db.sql, deps.clock, deps.logger);
    this.speakers = new SpeakerReader(deps);
    this.replies = new ReplyStore(deps.db.sql);
    for (const feature of features) {
      for (const command of feature.commands ?? []) {
        if (this.commands.has(command.name)) throw new Error(`Command /${command.name} is defined twice`);
        this.commands.set(command.name, command);
      }
      for (const action of feature.actions ?? []) {
        const { prefix } = action.button;
        if (this.actions.has(prefix)) throw new Error(`Action prefix ${prefix} is defined twice`);
        this.actions.set(prefix, action);
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
   * Handles one message and returns what to answer, for channels that send the replies themselves and then call
   * `answered` (or `release` when some could not be sent). A message whose update was answered already comes back
   * "done"; one that another instance is handling right now (or that arrived twice at once) comes back "busy": a
   * webhook refuses it so that the platform delivers it again later. An update handled before whose answer was never
   * confirmed sent comes back with the replies stored then, so it answers as it did the first time.
   * Never throws for a user's input: unexpected errors are logged once and answered with a short apology.
   */
  receive(msg: IncomingMessage): Promise<Turn> {
    // Counted from here: a fan-out waits between its batches until this update is answered.
    return this.deps.chatFirst.run(() => this.receiveNow(msg));
  }

  private async receiveNow(msg: IncomingMessage): Promise<Turn> {
    // Checked before any database work, so a flood costs nothing once its sender is muted.
    const flood = this.flood?.check(`${msg.platform}:${msg.sender.externalId}`, this.deps.clock.now()) ?? "ok";
    if (flood === "ignore") return { status: "done", replies: [], claimId: null, replayed: false };
    // Not caught: when the database cannot be reached nothing was claimed, and a webhook answered with an error
    // is delivered again later.
    const read = await this.speakers.read(msg);
    if (read.status !== "claimed") return { status: read.status, replies: [], claimId: null, replayed: false };
    const { speaker } = read;
    if (speaker.storedReplies) {
      return { status: "answer", replies: speaker.storedReplies, claimId: speaker.claimId, replayed: true };
    }
    const replies = await this.answer(msg, speaker, flood);
    if (speaker.claimId) {
      // Stored before anything is sent: a crash from here on means the same answer again, never a second handling.
      await this.replies
        .store(speaker.claimId, JSON.stringify(replies.map(toPayload)))
        .catch((err) => this.deps.logger.warn({ err, updateKey: msg.updateKey }, "could not store the replies"));
    }
    return { status: "answer", replies, claimId: speaker.claimId, replayed: false };
  }

  /** Every reply of the turn has left (or was refused for good): the update is processed. Batched, not awaited. */
  answered(turn: Turn): void {
    if (turn.claimId) this.marks.add(turn.claimId);
  }

  /** Stores the processed marks gathered so far now; a webhook waits for this before it acknowledges an update. */
  settle(): Promise<void> {
    return this.marks.flush();
  }

  /** Some replies could not be sent: the platform's next delivery of the update sends the stored replies again. */
  async release(turn: Turn): Promise<void> {
    if (!turn.claimId) return;
    await this.deps.db.sql.execute(
      `UPDATE "InboundUpdate" SET "claimedAt" = NULL WHERE "id" = $1 AND "processedAt" IS NULL`,
      [turn.claimId],
    );
  }

  /**
   * Handles one message whose replies the caller shows at once (the terminal, tests): it counts as answered when
   * this returns. Returns [] when the update was already handled or is being handled (a retry, a second poller).
   */
  async handle(msg: IncomingMessage): Promise<OutgoingMessage[]> {
    const turn = await this.receive(msg);
    if (turn.status !== "answer") return [];
    this.answered(turn);
    return turn.replies;
  }

  private async answer(msg: IncomingMessage, speaker: Speaker, flood: "ok" | "warn"): Promise<OutgoingMessage[]> {
    let ctx: ChatContext | undefined;
    try {
      if (flood === "warn") return [{ text: this.deps.i18n.t(speaker.lang, "flood-warning") }];
      if (msg.chatType === "group") {
        // The pending choices and conversations are the person's private ones: a group message never reads or
        // changes them, and a typed number in a group is just text.
        const typed = normalise(msg.content, { prompts: [] });
        ctx = new ChatContext(this.deps, msg, speaker, typed.kind === "content" ? typed.content : msg.content);
        await this.routeGroup(ctx);
        return ctx.replies;
      }
      const now = this.deps.clock.now();
      const pending = parsePending(speaker.identity.pendingChoices, now);
      const normalised = normalise(msg.content, pending);
      const content = normalised.kind === "confirm" ? msg.content : normalised.content;
      ctx = new ChatContext(this.deps, msg, speaker, content);
      if (normalised.kind === "confirm") {
        ctx.reply({
          text: ctx.t("choice-confirm-typed", { label: normalised.label }),
          choices: [{ value: normalised.value, label: ctx.t("choice-confirm-yes", { label: normalised.label }) }],
        });
      } else if (normalised.kind === "stale") await this.showCurrent(ctx, pending);
      else await this.route(ctx, pending);
      const answered = normalised.kind === "content" ? normalised.answered : undefined;
      await this.rememberChoices(ctx, pending, afterReplies(pending, ctx.replies, answered, now));
      for (const reply of ctx.replies) {
        const names = reply.files?.map((f) => f.name).join(", ");
        if (names) reply.fileFailedText ??= ctx.t("trust-file-failed", { name: names });
      }
      return ctx.replies;
    } catch (error) {
      this.deps.logger.error({ err: error, updateKey: msg.updateKey, platform: msg.platform }, "update failed");
      const lang = ctx?.lang ?? this.deps.i18n.defaultLocale;
      return [{ text: this.deps.i18n.t(lang, "error-unexpected") }];
    }
  }

  private async route(ctx: ChatContext, pending: Pending): Promise<void> {
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
      const action = this.actionOf(content.value);
      if (action) {
        if (this.refuse(ctx, action.access)) return;
        const run = action.bind(content.value);
        // A value of a known kind that does not decode (cut short, forged, from a bug): a button no longer valid.
        if (run) await run(ctx);
        else await this.showCurrent(ctx, pending);
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
      const action = this.actionOf(content.value);
      if (action?.inGroups) {
        if (this.refuse(ctx, action.access)) return;
        const run = action.bind(content.value);
        if (run) await run(ctx);
        else ctx.reply(ctx.t("choice-stale"));
        return;
      }
    }
    const link = ctx.msg.privateChatLink;
    ctx.reply(link ? ctx.t("trust-group-private-link", { link }) : ctx.t("trust-group-private"));
  }

  /** The action whose button kind a value is (the longest matching prefix), if any. */
  private actionOf(value: string): Action | undefined {
    const kind = kindOf(
      [...this.actions.values()].map((a) => a.button),
      value,
    );
    return kind ? this.actions.get(kind.prefix) : undefined;
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

  /** A press on a closed prompt: says so, then shows the current question (the conversation's, or the latest). */
  private async showCurrent(ctx: ChatContext, pending: Pending): Promise<void> {
    if (this.conversations?.showCurrent && (await this.conversations.showCurrent(ctx, [ctx.t("choice-stale")]))) return;
    ctx.reply(ctx.t("choice-stale"));
    const latest = latestPrompt(pending);
    if (latest?.text) ctx.reply(promptMessage(latest));
  }

  /** Stores the prompts now open (src/core/pending.ts decides which), when they changed. */
  private async rememberChoices(ctx: ChatContext, previous: Pending, next: Pending): Promise<void> {
    if (JSON.stringify(next) === JSON.stringify(previous)) return;
    await storeReplyPrompts(this.deps.db.sql, ctx.speaker.identity.id, next);
  }
}

/**
 * Typed "/cmd" becomes a command; a typed number or label answering an open prompt becomes that choice; a button
 * that carried only its place in a prompt gets its value back; a press on a closed prompt is stale.
 */
function normalise(content: IncomingContent, pending: Pending): Normalised {
  if (content.kind === "choice") {
    const prompt = findPrompt(pending, content.promptId);
    if (content.ref !== undefined) {
      const choice = prompt?.choices[content.ref];
      if (!choice) return { kind: "stale", content };
      return {
        kind: "content",
        content: { kind: "choice", value: choice.value, promptId: content.promptId },
        answered: prompt?.promptId,
      };
    }
    // Values that carry what they act on ("reg:approve:<id>", "/menu") and flow values (revisioned) judge themselves.
    const selfJudging =
      content.value.startsWith("/") || content.value.startsWith("~") || /^[a-z]+:/.test(content.value);
    if (content.promptId && !prompt && !selfJudging) return { kind: "stale", content };
    return { kind: "content", content, answered: prompt?.promptId };
  }
  if (content.kind !== "text") return { kind: "content", content };
  const parsed = contentFromText(content.text);
  if (parsed.kind !== "text") return { kind: "content", content: parsed };
  const match = matchTyped(pending, parsed.text);
  if (!match) return { kind: "content", content: parsed };
  if (match.kind === "confirm") return { kind: "confirm", value: match.choice.value, label: match.choice.label };
  // `typed` keeps what was written: a step that asks for a number may prefer "3" itself to the third choice.
  return {
    kind: "content",
    content: { kind: "choice", value: match.choice.value, promptId: match.prompt.promptId, typed: parsed.text },
    answered: match.prompt.promptId,
  };
}
