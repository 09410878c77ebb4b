import { AsyncLocalStorage } from "node:async_hooks";

/** How long background work waits at most for chat to fall silent: under constant chat it still moves on. */
export const CHAT_FIRST_MAX_WAIT_MS = 500;

interface Waiter {
  /** 1 when the waiting work runs inside an update itself (the composer preparing its broadcast): not counted. */
  own: number;
  wake(): void;
}

/**
 * Chat goes before background work. The dispatcher runs each update it handles through `run`; a fan-out (a job's or a
 * broadcast's batches) calls `idle` before and after each batch, so updates that arrived meanwhile finish their queries
 * first. Without it, on the embedded database (one connection, queries served in arrival order) a chat update's
 * queries would each queue behind a whole batch, and `/me` would wait for several batches.
 */
export class ChatFirst {
  #active = 0;
  #waiters: Waiter[] = [];
  readonly #inside = new AsyncLocalStorage<true>();

  /** Updates being handled now. */
  get active(): number {
    return this.#active;
  }

  /** Handles one update: counted from this call (synchronously) until `work` settles. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    this.#active++;
    try {
      return await this.#inside.run(true, work);
    } finally {
      this.#active--;
      this.#wake();
    }
  }

  /**
   * Resolves once no update is being handled (other than the one the caller runs in), or after `maxWaitMs` at the
   * latest, so background work still moves on under constant chat.
   */
  idle(maxWaitMs = CHAT_FIRST_MAX_WAIT_MS): Promise<void> {
    const own = this.#inside.getStore() ? 1 : 0;
    if (this.#active - own <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter: Waiter = {
        own,
        wake: () => {
          clearTimeout(timer);
          this.#waiters = this.#waiters.filter((w) => w !== waiter);
          resolve();
        },
      };
      const timer = setTimeout(waiter.wake, maxWaitMs);
      this.#waiters.push(waiter);
    });
  }

  #wake(): void {
    for (const waiter of this.#waiters) if (this.#active - waiter.own <= 0) waiter.wake();
  }
}
