import type { MessageKey } from "../i18n/i18n.ts";
import type { ButtonKind, ButtonPattern } from "./buttons.ts";
import type { ChatContext } from "./context.ts";
import type { Access } from "./permissions.ts";

/** A chat command such as /help. */
export interface CommandDefinition {
  name: string;
  access: Access;
  /** Locale key of its one-line description in /help and in the platform's command menu. */
  descriptionKey?: MessageKey;
  /** Registered with Telegram's setMyCommands (keep this list short). */
  inPlatformMenu?: boolean;
  /** Answered in group chats too; every other command there is told to write privately (docs/trust-accounts.md). */
  inGroups?: boolean;
  run(ctx: ChatContext, args: string): Promise<void>;
}

/**
 * A button or numbered choice that means an action, whatever conversation is active: one kind of button
 * (src/core/buttons.ts, e.g. "reg:approve:42"), whose value carries what it acts on, so it is never stale. The
 * dispatcher decodes the value and `run` receives the typed fields; a malformed value never reaches it.
 */
export interface ActionDefinition<F> {
  button: ButtonKind<F>;
  access: Access;
  /** A button meant for group chats (nothing personal in its answer); others are refused there. */
  inGroups?: boolean;
  run(ctx: ChatContext, fields: F): Promise<void>;
}

/** An action as a feature lists it, its fields' type hidden inside: made by `action()`. */
export interface Action {
  readonly button: ButtonPattern;
  readonly access: Access;
  readonly inGroups: boolean;
  /** The call that runs this value, decoded; undefined when the value is a malformed one of this kind. */
  bind(value: string): ((ctx: ChatContext) => Promise<void>) | undefined;
}

export function action<F>(definition: ActionDefinition<F>): Action {
  return {
    button: definition.button,
    access: definition.access,
    inGroups: definition.inGroups ?? false,
    bind(value) {
      const decoded = definition.button.decode(value);
      return decoded.ok ? (ctx) => definition.run(ctx, decoded.fields) : undefined;
    },
  };
}

/** Free text, a contact or a choice while a guided conversation is active, plus /back, /skip and /cancel. */
export interface ConversationHandler {
  /** True when a conversation took the message. */
  handle(ctx: ChatContext): Promise<boolean>;
  /** Shows the active conversation's current question below `before`; false when none is active. */
  showCurrent?(ctx: ChatContext, before: string[]): Promise<boolean>;
}

/** One folder under src/features exports one of these; src/features/index.ts lists them in order. */
export interface Feature {
  name: string;
  commands?: CommandDefinition[];
  actions?: Action[];
  /** Consulted, in feature order, for messages no conversation took (e.g. a shared contact). */
  fallback?(ctx: ChatContext): Promise<boolean>;
}
