import type { Update } from "grammy/types";
import { contentFromText, type IncomingContent, type IncomingMessage } from "../../core/messages.ts";
import { decodeCallbackData } from "./callback-data.ts";

/** Converts one Telegram update into the neutral message, or null for updates the bot does not act on. */
export function toIncoming(
  update: Update,
  bot: { id: number; username?: string },
  receivedAt: Date,
): IncomingMessage | null {
  const updateKey = `tg:${bot.id}:${update.update_id}`;
  // Where a group member is sent for anything personal; "from_group" is no link code (codes have no "_").
  const privateChatLink = bot.username ? `https://t.me/${bot.username}?start=from_group` : undefined;
  const message = update.message;
  if (message?.from && !message.from.is_bot) {
    let content: IncomingContent;
    if (message.text !== undefined) content = contentFromText(message.text);
    else if (message.contact) {
      content = {
        kind: "contact",
        phone: message.contact.phone_number,
        // Only the sender's own contact may link an account; a forwarded card of someone else may not.
        isOwn: message.contact.user_id === message.from.id,
      };
    } else content = { kind: "unsupported" };
    return {
      platform: "telegram",
      chatId: String(message.chat.id),
      chatType: message.chat.type === "private" ? "private" : "group",
      sender: {
        externalId: String(message.from.id),
        displayName: [message.from.first_name, message.from.last_name].filter(Boolean).join(" "),
        username: message.from.username,
        languageCode: message.from.language_code,
      },
      content,
      receivedAt,
      updateKey,
      privateChatLink,
    };
  }
  const query = update.callback_query;
  if (query?.data !== undefined) {
    const { promptId, value, ref } = decodeCallbackData(query.data);
    const chat = query.message?.chat;
    return {
      platform: "telegram",
      chatId: String(chat?.id ?? query.from.id),
      chatType: !chat || chat.type === "private" ? "private" : "group",
      sender: {
        externalId: String(query.from.id),
        displayName: [query.from.first_name, query.from.last_name].filter(Boolean).join(" "),
        username: query.from.username,
        languageCode: query.from.language_code,
      },
      content: ref === undefined ? { kind: "choice", value, promptId } : { kind: "choice", value, promptId, ref },
      receivedAt,
      updateKey,
      privateChatLink,
    };
  }
  return null;
}
