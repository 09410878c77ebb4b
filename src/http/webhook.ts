import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Channel } from "../channels/channel.ts";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** A channel that can also take updates on the HTTP server. */
export interface WebhookChannel extends Channel {
  webhook?: { path: string; handle: RequestHandler };
}

/** Compares a secret header in constant time (hashing first makes the lengths equal). */
export function secretMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== "string" || given === "") return false;
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

export class BodyTooLargeError extends Error {}

/** Reads a JSON body of at most `limit` bytes; throws on anything else. */
export async function readJsonBody(req: IncomingMessage, limit = 1_000_000): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError("body too large");
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * Answers the platform once the update is handled, or after `maxWaitMs` at the latest: a slow update must not make
 * the platform time out and deliver it again (de-duplication would catch it, but the answer would be late twice).
 */
export async function answerWithin(work: Promise<unknown>, maxWaitMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    work.catch(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, maxWaitMs);
    }),
  ]);
  clearTimeout(timer);
}
