import { createTask, parse } from "node-cron";

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

/** Every timezone's offset from UTC is a whole number of quarter hours. */
const QUARTER_HOURS = [0, 15, 30, 45];

/**
 * The first time strictly after `after`, and no later than `after + withinMs`, at which the cron expression fires;
 * undefined when there is none. Steps forward minute by minute from the injected clock (node-cron's own look-ahead
 * starts from the real time), skipping minutes whose minute-of-hour cannot match in any timezone.
 */
export function nextSlotAfter(expression: string, timeZone: string, after: Date, withinMs: number): Date | undefined {
  const task = createTask(expression, () => undefined, { timezone: timeZone });
  const minutes = new Set(parse(expression).minute);
  try {
    const start = Math.floor(after.getTime() / MINUTE) * MINUTE + MINUTE;
    for (let t = start; t <= after.getTime() + withinMs; t += MINUTE) {
      const minute = new Date(t).getUTCMinutes();
      if (!QUARTER_HOURS.some((q) => minutes.has((minute + q) % 60))) continue;
      const date = new Date(t);
      if (task.match(date)) return date;
    }
    return undefined;
  } finally {
    void task.destroy();
  }
}
