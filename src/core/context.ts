import type { Locale, MessageArgs, MessageKey } from "../i18n/i18n.ts";
import type { ChannelCapabilities } from "./channel.ts";
import type { AppDeps } from "./deps.ts";
import type { Speaker } from "./identity.ts";
import type { IncomingContent, IncomingMessage, OutgoingMessage } from "./messages.ts";
import type { OrgTree } from "./org.ts";
import { type Scope, scopeOf } from "./permissions.ts";

/** Everything a handler needs to answer one incoming message. Handlers add replies; the channel sends them. */
export class ChatContext {
  readonly replies: OutgoingMessage[] = [];
  private tree: OrgTree | undefined;

  constructor(
    readonly deps: AppDeps,
    readonly msg: IncomingMessage,
    readonly speaker: Speaker,
    /** The message after normalisation (typed "/cmd" → command, typed "2" → choice). */
    readonly content: IncomingContent,
  ) {}

  get lang(): Locale {
    return this.speaker.lang;
  }

  get person() {
    return this.speaker.person;
  }

  /** What the platform of this chat can do (edit, share a contact, take files, button value length…). */
  get capabilities(): ChannelCapabilities {
    return this.deps.capabilities[this.msg.platform];
  }

  /** Whether files in a reply reach this chat; when not, offer a link or say where to get the file. */
  get canReceiveFiles(): boolean {
    return this.capabilities.canReceiveFiles;
  }

  /** "p:<personId>" once linked, "c:<platform>:<chatId>" before: whose conversation this is. */
  get ownerKey(): string {
    return this.speaker.person ? `p:${this.speaker.person.id}` : `c:${this.msg.platform}:${this.msg.chatId}`;
  }

  t = (key: MessageKey, args?: MessageArgs): string => this.deps.i18n.t(this.speaker.lang, key, args);

  reply(message: string | OutgoingMessage): void {
    this.replies.push(typeof message === "string" ? { text: message } : message);
  }

  /** The org tree as of this message (kept between messages, reread after the units change). */
  async orgTree(): Promise<OrgTree> {
    this.tree ??= await this.deps.orgTrees.current();
    return this.tree;
  }

  async scope(): Promise<Scope> {
    return scopeOf(this.speaker.person?.id ?? null, this.speaker.roles, await this.orgTree());
  }

  /** Switches the language for the rest of this message and for the future. */
  setLang(lang: Locale): void {
    this.speaker.lang = lang;
  }
}
