import { contentFromText, type IncomingContent, type IncomingMessage } from "../../core/messages.ts";
import type { ZaloUpdate } from "./client.ts";

/** Converts a Zalo update into the neutral message; null when there is nobody to answer (no message). */
export function zaloToIncoming(update: ZaloUpdate, receivedAt: Date): IncomingMessage | null {
  const message = update.message;
  if (!message || message.from.is_bot) return null;
  const group = message.chat.chat_type?.toUpperCase() === "GROUP";
  let content: IncomingContent;
  if (update.event_name === "message.text.received" && message.text !== undefined) {
    let text = message.text;
    // In groups the bot only hears messages that mention it: "@Bot Đoàn /help" is the command /help.
    if (group && text.startsWith("@")) {
      const slash = text.indexOf(" /");
      if (slash > 0) text = text.slice(slash + 1);
    }
    content = contentFromText(text);
  } else {
    content = { kind: "unsupported" };
  }
  return {
    platform: "zalo",
    chatId: message.chat.id,
    chatType: group ? "group" : "private",
    sender: { externalId: message.from.id, displayName: message.from.display_name },
    content,
    receivedAt,
    updateKey: `zalo:${update.event_name}:${message.message_id}`,
  };
}
