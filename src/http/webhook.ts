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
 * Waits for the update to be handled and answered, or `maxWaitMs` at the latest (platforms time out around 10 s).
 * "failed" means it could not be claimed (the database was unreachable), is being handled by another instance, or
 * its replies could not all be sent; "slow" that it is still being handled.
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

/**
 * The answer to a webhook call once `answerWithin` has decided: 200 only when the update's replies have left.
 * Otherwise 503, and the platform delivers the update again later: a slow update still being handled is then
 * refused ("busy") until it is answered and acknowledged ("done"); one whose instance died is taken over after
 * UPDATE_CLAIM_STALE_SECONDS. Nothing is lost by an instance killed in the middle.
 */
export function answerWebhook(res: ServerResponse, outcome: "handled" | "failed" | "slow"): void {
  if (outcome === "handled") sendJson(res, 200, { ok: true });
  else sendJson(res, 503, { ok: false });
}
