/** Telegram limits callback_data to 64 bytes. */
export const CALLBACK_DATA_LIMIT = 64;

/** "<promptId>|<value>": the prompt lets the core tell a press on an old message from an answer to the latest. */
export function encodeCallbackData(promptId: string | undefined, value: string): string | null {
  const data = `${promptId ?? ""}|${value}`;
  return Buffer.byteLength(data, "utf8") <= CALLBACK_DATA_LIMIT ? data : null;
}

export function decodeCallbackData(data: string): { promptId?: string; value: string } {
  const bar = data.indexOf("|");
  if (bar < 0) return { value: data };
  const promptId = data.slice(0, bar);
  return { promptId: promptId === "" ? undefined : promptId, value: data.slice(bar + 1) };
}
