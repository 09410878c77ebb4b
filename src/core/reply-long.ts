import type { ChatContext } from "./context.ts";

/** Zalo takes at most 2,000 characters per message, Telegram 4,096: keep each reply under both. */
export const MESSAGE_LIMIT = 1_900;

/** Packs blocks of text into as few messages as fit the limit, never splitting a block unless it alone is too long. */
export function packBlocks(blocks: string[], limit = MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current = "";
  for (const block of blocks) {
    const pieces = block.length > limit ? splitLines(block, limit) : [block];
    for (const piece of pieces) {
      if (current && current.length + 2 + piece.length > limit) {
        messages.push(current);
        current = "";
      }
      current = current ? `${current}\n\n${piece}` : piece;
    }
  }
  if (current) messages.push(current);
  return messages;
}

function splitLines(text: string, limit: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    const piece = line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
    if (current && current.length + 1 + piece.length > limit) {
      out.push(current);
      current = "";
    }
    current = current ? `${current}\n${piece}` : piece;
  }
  if (current) out.push(current);
  return out;
}

export function replyLong(ctx: ChatContext, blocks: string[]): void {
  for (const text of packBlocks(blocks)) ctx.reply(text);
}
