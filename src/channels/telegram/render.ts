import type { InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove } from "grammy/types";
import {
  type OutgoingFile,
  type OutgoingImage,
  type OutgoingMessage,
  renderChoicesAsList,
  splitText,
} from "../../core/messages.ts";
import { encodeCallbackData } from "./callback-data.ts";

export const TELEGRAM_TEXT_LIMIT = 4096;
/** A photo's caption holds at most this many characters. */
export const TELEGRAM_CAPTION_LIMIT = 1024;

export type TelegramMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove;

/** One Bot API call of a rendered message. */
export type TelegramStep =
  | { kind: "text"; text: string; markup?: TelegramMarkup }
  | { kind: "document"; file: OutgoingFile }
  | { kind: "photo"; url: string }
  /** A picture of the bot's own, uploaded (multipart), with the message's text as its caption when it fits. */
  | { kind: "upload-photo"; image: OutgoingImage; caption?: string };

/**
 * Turns a neutral message into Bot API calls: text split at line boundaries, choices as an inline keyboard on the
 * last part (a numbered list when a value does not fit in callback_data), a contact button, then files.
 */
export function renderTelegram(message: OutgoingMessage, options: { removeKeyboard?: boolean } = {}): TelegramStep[] {
  let text = message.text;
  let markup: TelegramMarkup | undefined;
  const choices = message.choices ?? [];
  if (message.requestContact) {
    markup = {
      keyboard: [[{ text: message.contactLabel ?? "Chia sẻ số điện thoại", request_contact: true }]],
      one_time_keyboard: true,
      resize_keyboard: true,
    };
    if (choices.length > 0) text = `${text}\n\n${renderChoicesAsList(choices, message.numberFrom)}`;
  } else if (choices.length > 0) {
    const buttons = choices.map((c, i) => ({ choice: c, data: encodeCallbackData(message.promptId, c.value, i) }));
    const fitting = buttons.filter((b) => b.data !== null);
    if (fitting.length > 0) {
      markup = { inline_keyboard: fitting.map((b) => [{ text: b.choice.label, callback_data: b.data as string }]) };
    }
    const listed = buttons.filter((b) => b.data === null).map((b) => b.choice);
    // Only a long value without a prompt id has no button: it is listed, and a typed label answers it.
    if (listed.length > 0) text = `${text}\n\n${listed.map((c) => `• ${c.label}`).join("\n")}`;
  } else if (options.removeKeyboard) {
    markup = { remove_keyboard: true };
  }
  // A short text with nothing to press is the picture's caption: one message, as a chart with its title.
  if (message.image && !markup && text.length <= TELEGRAM_CAPTION_LIMIT && !message.photoUrl && !message.files?.length)
    return [{ kind: "upload-photo", image: message.image, ...(text.trim() ? { caption: text } : {}) }];
  const parts = splitText(text, TELEGRAM_TEXT_LIMIT);
  const steps: TelegramStep[] = parts.map((part, i) => ({
    kind: "text",
    text: part,
    markup: i === parts.length - 1 ? markup : undefined,
  }));
  if (message.photoUrl) steps.push({ kind: "photo", url: message.photoUrl });
  if (message.image) steps.push({ kind: "upload-photo", image: message.image });
  for (const file of message.files ?? []) steps.push({ kind: "document", file });
  return steps;
}
