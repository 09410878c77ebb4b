import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Channel } from "../core/channel.ts";

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
 * Waits for the update to be handled, or `maxWaitMs` at the latest: a slow update must not make the platform time
 * out and deliver it again (de-duplication would catch it, but the answer would be late twice). "failed" means the
 * update could not even be claimed (the database was unreachable): answering with an error makes the platform
 * deliver it again later, so nothing is lost.
 */
export async function answerWithin(work: Promise<unknown>, maxWaitMs: number): Promise<"handled" | "failed" | "slow"> {
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    work.then(
      () => "handled" as const,
      () => "failed" as const,
    ),
    new Promise<"slow">((resolve) => {
      timer = setTimeout(() => resolve("slow"), maxWaitMs);
    }),
  ]);
  clearTimeout(timer);
  return outcome;
}

/** The answer to a webhook call once `answerWithin` has decided. */
export function answerUpdate(res: ServerResponse, outcome: "handled" | "failed" | "slow"): void {
  if (outcome === "failed") sendJson(res, 500, { ok: false });
  else sendJson(res, 200, { ok: true });
}
