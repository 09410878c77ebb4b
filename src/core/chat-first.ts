import { AsyncLocalStorage } from "node:async_hooks";

/** How long background work waits at most for the updates in flight: a stuck update never stops a fan-out. */
export const CHAT_FIRST_MAX_WAIT_MS = 500;

/**
 * Chat goes before background work. The dispatcher runs each update it handles through `run`; a fan-out (a job's or a
 * broadcast's batches) calls `idle` before and after each batch, so the updates that arrived meanwhile finish their
 * queries first. Without it, on the embedded database (one connection, queries served in arrival order) an update
 * still being handled when a batch ends would meet the next batch's read and transaction in the queue, query after
 * query. Only the updates in flight when `idle` is called are waited for: under constant chat a fan-out still moves
 * on after each of them, never starved.
 */
export class ChatFirst {
  #next = 0;
  /** Each update being handled, by number: a promise settled (never rejected) when it is answered. */
  readonly #running = new Map<number, Promise<void>>();
  readonly #inside = new AsyncLocalStorage<number>();

  /** Updates being handled now. */
  get active(): number {
    return this.#running.size;
  }

  /** Handles one update: counted from this call (synchronously) until `work` settles. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const id = ++this.#next;
    const result = this.#inside.run(id, work);
    this.#running.set(
      id,
      result.then(
        () => {
          this.#running.delete(id);
        },
        () => {
          this.#running.delete(id);
        },
      ),
    );
    return result;
  }

  /**
   * Resolves once every update being handled now is answered (not those arriving later, nor the one the caller runs
   * in: the composer preparing its broadcast), or after `maxWaitMs` at the latest.
   */
  async idle(maxWaitMs = CHAT_FIRST_MAX_WAIT_MS): Promise<void> {
    const own = this.#inside.getStore();
    const inFlight = [...this.#running].filter(([id]) => id !== own).map(([, answered]) => answered);
    if (inFlight.length === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(inFlight),
      new Promise((resolve) => {
        timer = setTimeout(resolve, maxWaitMs);
      }),
    ]);
    clearTimeout(timer);
  }
}
