import { createTask } from "node-cron";

const MINUTE = 60_000;

/**
 * The latest time at or before `now`, and no earlier than `now - lookbackMs`, at which the cron expression fires;
 * undefined when there is none. node-cron only looks forward, so this steps back minute by minute with its own
 * matcher (a few thousand checks for a few days: done once per job at start-up).
 */
export function previousSlot(expression: string, timeZone: string, now: Date, lookbackMs: number): Date | undefined {
  const task = createTask(expression, () => undefined, { timezone: timeZone });
  try {
    const start = Math.floor(now.getTime() / MINUTE) * MINUTE;
    for (let t = start; t >= now.getTime() - lookbackMs; t -= MINUTE) {
      const date = new Date(t);
      if (task.match(date)) return date;
    }
    return undefined;
  } finally {
    void task.destroy();
  }
}

/** The next time the expression fires from the real current time, for `npm run admin -- jobs`. */
export function nextSlot(expression: string, timeZone: string): Date | undefined {
  const task = createTask(expression, () => undefined, { timezone: timeZone });
  try {
    return task.getNextRuns(1)[0];
  } finally {
    void task.destroy();
  }
}
