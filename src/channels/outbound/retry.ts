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
 * Runs one platform call with the send discipline shared by every channel: waits out 429s and retries 5xx and
 * network errors that happened before the request left, with exponential back-off, up to a limit; everything
 * else is classified once and handed back as a SendResult.
 */
export async function withRetries<T>(
  policy: RetryPolicy,
  call: () => Promise<T>,
  classify: (error: unknown) => FailureKind,
  describe: (error: unknown) => string,
): Promise<{ ok: true; value: T } | Exclude<SendResult, { ok: true }>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { ok: true, value: await call() };
    } catch (error) {
      const failure = classify(error);
      const message = describe(error);
      if (failure.kind !== "retry") return { ok: false, kind: failure.kind, error: message };
      const wait = failure.retryAfterMs ?? policy.backoffMs * 2 ** (attempt - 1);
      if (attempt >= policy.maxAttempts || wait > policy.maxWaitMs) {
        return { ok: false, kind: "retry", error: message, retryAfterMs: wait };
      }
      await sleep(wait);
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
