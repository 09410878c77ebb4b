import type { RunCoordinator } from "node-cron";
import type { Clock } from "../clock.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";

/** How long a won slot stays recorded: far longer than any clock skew between instances. */
const KEEP_MS = 7 * 24 * 3_600_000;

/**
 * node-cron's RunCoordinator interface on the database, asked by the Scheduler at each fire: the first instance to
 * insert the SchedulerLock row of a fire (key "<job name>:<slot ISO time>", as node-cron's distributed mode uses)
 * runs it; the others skip it. The row is kept after the run rather than released: an instance whose clock is late
 * would otherwise win the same slot again.
 * If the database cannot be reached, shouldRun throws and the scheduler skips the fire (fail-closed); the start-up
 * catch-up and the JobRun claim make up for it.
 */
export class DatabaseRunCoordinator implements RunCoordinator {
  private lastCleanup = 0;

  constructor(
    private readonly prisma: Pick<PrismaClient, "schedulerLock">,
    private readonly instance: string,
    private readonly clock: Clock,
  ) {}

  async shouldRun(key: string, ttlMs: number): Promise<boolean> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + Math.max(ttlMs, KEEP_MS));
    const { count } = await this.prisma.schedulerLock.createMany({
      data: [{ key, instance: this.instance, expiresAt }],
      skipDuplicates: true,
    });
    if (now.getTime() - this.lastCleanup > 3_600_000) {
      this.lastCleanup = now.getTime();
      await this.prisma.schedulerLock.deleteMany({ where: { expiresAt: { lt: now } } });
    }
    return count === 1;
  }

  onComplete(): void {
    // Deliberately nothing: see the class comment.
  }
}
