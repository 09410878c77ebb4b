import type { MessageArgs, MessageKey } from "../i18n/i18n.ts";

/** What a user can get wrong is a value, not an exception: a locale key (and its arguments) saying why. */
export type Result<T> = { ok: true; value: T } | { ok: false; reason: MessageKey; args?: MessageArgs };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const refuse = (
  reason: MessageKey,
  args?: MessageArgs,
): { ok: false; reason: MessageKey; args?: MessageArgs } => ({
  ok: false,
  reason,
  ...(args ? { args } : {}),
});
