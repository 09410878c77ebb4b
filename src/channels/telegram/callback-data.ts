/** Telegram limits callback_data to 64 bytes. */
export const CALLBACK_DATA_LIMIT = 64;

/**
 * "<promptId>|<value>": the prompt lets the core tell a press on an old message from an answer to the latest.
 * A value too long for Telegram travels as "<promptId>#<index>", its place in the prompt: the core keeps every open
 * prompt's choices (src/core/pending.ts) and gives the value back. Null only for a long value without a prompt id.
 */
export function encodeCallbackData(promptId: string | undefined, value: string, index = 0): string | null {
  const data = `${promptId ?? ""}|${value}`;
  if (Buffer.byteLength(data, "utf8") <= CALLBACK_DATA_LIMIT) return data;
  return promptId ? `${promptId}#${index}` : null;
}

export function decodeCallbackData(data: string): { promptId?: string; value: string; ref?: number } {
  const ref = /^([^|#]+)#(\d{1,3})$/.exec(data);
  if (ref) return { promptId: ref[1] as string, value: "", ref: Number(ref[2]) };
  const bar = data.indexOf("|");
  if (bar < 0) return { value: data };
  const promptId = data.slice(0, bar);
  return { promptId: promptId === "" ? undefined : promptId, value: data.slice(bar + 1) };
}
