import type { Logger } from "../logger.ts";

/**
 * Work that an answer started but need not wait for (a large broadcast's preparation): it runs beside chat, and
 * closing the app waits for it before the database goes. Work cut short by a crash must be resumable elsewhere (a
 * preparation is finished by the outbox worker's tick), since nothing here survives the process.
 */
export class BackgroundWork {
  readonly #tasks = new Set<Promise<void>>();

  constructor(private readonly logger?: Pick<Logger, "error">) {}

  /** Starts `work` now; its failure is logged, never thrown at the caller. */
  run(name: string, work: () => Promise<unknown>): void {
    const task = Promise.resolve()
      .then(work)
      .then(
        () => undefined,
        (err: unknown) => this.logger?.error({ err, work: name }, "background work failed"),
      )
      .finally(() => this.#tasks.delete(task));
    this.#tasks.add(task);
  }

  /** Resolves once everything started so far (and anything it started) has ended. */
  async settle(): Promise<void> {
    while (this.#tasks.size > 0) await Promise.all([...this.#tasks]);
  }
}
