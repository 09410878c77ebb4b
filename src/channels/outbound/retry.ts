import type { SendResult } from "../../core/channel.ts";
import { sleep } from "./pacer.ts";

/** How one failed platform call should be treated. */
export type FailureKind =
  | { kind: "retry"; retryAfterMs?: number }
  | { kind: "unreachable" }
  | { kind: "uncertain" }
  | { kind: "failed" };

export interface RetryPolicy {
  maxAttempts: number;
  /** The longest single wait sat out here; anything longer goes back to the caller as "retry". */
  maxWaitMs: number;
  backoffMs: number;
}

/**
 * The one place where a send is tried again, for replies and the outbox alike. Each try takes its own slot from the
 * pacer (`pace`). A 429 pauses the whole bot for its `retry_after` (on every instance: the budget is shared), then
 * the message is tried again; a 5xx or a network error that happened before the request left is retried with
 * exponential back-off. Why here: the platforms' limits and outages are per bot and short, so a wait in process
 * answers most of them at once, and the outbox only keeps what this hands back as "retry later" (a wait longer than
 * SEND_MAX_WAIT_SECONDS, or the tries used up) for its next round. An error after which the message may have left
 * is never retried here: sendMessage has no idempotency key.
 */
export async function withRetries<T>(
  policy: RetryPolicy,
  call: () => Promise<T>,
  classify: (error: unknown) => FailureKind,
  describe: (error: unknown) => string,
  pace?: { wait(): Promise<void>; pause(ms: number): Promise<void> },
): Promise<{ ok: true; value: T } | Exclude<SendResult, { ok: true }>> {
  for (let attempt = 1; ; attempt++) {
    try {
      await pace?.wait();
      return { ok: true, value: await call() };
    } catch (error) {
      const failure = classify(error);
      const message = describe(error);
      if (failure.kind !== "retry") return { ok: false, kind: failure.kind, error: message };
      if (failure.retryAfterMs) await pace?.pause(failure.retryAfterMs);
      const wait = failure.retryAfterMs ?? policy.backoffMs * 2 ** (attempt - 1);
      if (attempt >= policy.maxAttempts || wait > policy.maxWaitMs) {
        return { ok: false, kind: "retry", error: message, retryAfterMs: wait };
      }
      // After a 429 the pacer's next slot is already after the pause.
      if (!(failure.retryAfterMs && pace)) await sleep(wait);
    }
  }
}

/** Network error codes that mean the request never reached the platform, so sending again cannot duplicate it. */
export const notSentCodes = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "ENETDOWN",
  "EHOSTDOWN",
]);

/** Finds a Node error code (`ECONNREFUSED`…) anywhere in an error's cause chain. */
export function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^E[A-Z_]+$/.test(code)) return code;
    const next = (current as { cause?: unknown; error?: unknown }).cause ?? (current as { error?: unknown }).error;
    current = next;
  }
  return undefined;
}
