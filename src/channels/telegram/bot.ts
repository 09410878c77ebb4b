import { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";

export interface TelegramBotOptions {
  token: string;
  apiRoot: string;
  /** Known bot details skip the getMe call (tests, benchmarks). */
  botInfo?: UserFromGetMe;
}

/** A grammY bot pointed at the configured Bot API server. Nothing is registered or started here. */
export function createTelegramBot(options: TelegramBotOptions): Bot {
  return new Bot(options.token, { client: { apiRoot: options.apiRoot }, botInfo: options.botInfo });
}
