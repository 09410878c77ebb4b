import { pino } from "pino";

export type Logger = pino.Logger;

/** JSON lines in production, readable lines in a terminal. Tokens and secrets are redacted wherever they appear. */
export function createLogger(options: { level: string; pretty: boolean; destination?: NodeJS.WritableStream }): Logger {
  const redact = {
    paths: [
      "token",
      "*.token",
      "secret",
      "*.secret",
      "headers.authorization",
      "config.TELEGRAM_BOT_TOKEN",
      "config.ZALO_BOT_TOKEN",
    ],
    censor: "[redacted]",
  };
  if (options.pretty) {
    return pino({
      level: options.level,
      redact,
      transport: { target: "pino-pretty", options: { colorize: true, destination: 2, translateTime: "SYS:HH:MM:ss" } },
    });
  }
  return pino({ level: options.level, redact }, options.destination ?? process.stderr);
}

/** Removes bot tokens from text that may contain URLs (error messages of HTTP clients). */
export function scrubSecrets(text: string): string {
  return text.replace(/bot\d{3,25}:[A-Za-z0-9_-]{10,}/g, "bot[redacted]");
}
