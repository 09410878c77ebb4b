import type { RunCoordinator } from "node-cron";
import { describe, expect } from "vitest";
import { DatabaseRunCoordinator } from "../../src/jobs/coordinator.ts";
import type { JobDefinition } from "../../src/jobs/job.ts";
import { Scheduler } from "../../src/jobs/scheduler.ts";
import { weeklyEducationJob } from "../../src/modules/education/weekly-education.ts";
import type { TestApp } from "../support/app.ts";
import { it } from "../support/fixtures.ts";

/** Walks the scheduler's clock seam as node-cron would: each next time, the clock set there, then the fire. */
async function walkUntil(app: TestApp, s: Scheduler, until: Date) {
  const outcomes: { at: Date; status: string | undefined }[] = [];
  for (let next = s.nextFire(app.clock.now()); next && next.at <= until; next = s.nextFire(next.at)) {
    app.clock.set(next.at);
    for (const job of next.jobs) outcomes.push({ at: next.at, status: (await s.fire(job, next.at))?.status });
  }
  return outcomes;
}

describe("a scheduled run that failed", () => {
  it("is tried again within the hour after a database blip at its time, and sends once", async ({
    app,
    jobsOrg: _org,
  }) => {
    const base = weeklyEducationJob(app.deps.config);
    let blips = 2;
    const flaky: JobDefinition = {
      ...base,
      async plan(tx, ctx, period) {
        if (blips-- > 0) throw new Error("Connection terminated unexpectedly");
        return base.plan ? base.plan(tx, ctx, period) : [];
      },
      // The run writes in batches when the job can (src/jobs/run-job.ts): the blip hits that path too.
      planBatches: base.planBatches
        ? (db, ctx, period, size) => {
            if (blips-- > 0) throw new Error("Connection terminated unexpectedly");
            return (base.planBatches as NonNullable<typeof base.planBatches>)(db, ctx, period, size);
          }
        : undefined,
    };
    const coordinator = new DatabaseRunCoordinator(app.deps.prisma, "i1", app.clock);
    const s = new Scheduler(app.deps, [flaky], { instance: "i1", coordinator });
    const monday = new Date("2026-11-30T01:00:00Z"); // 08:00 Monday in Vietnam
    app.clock.set(new Date(monday.getTime() - 60_000));
    const outcomes = await walkUntil(app, s, new Date(monday.getTime() + 60 * 60_000));
    expect(outcomes.map((o) => o.status)).toEqual(["failed", "failed", "done"]);
    expect((outcomes.at(-1)?.at.getTime() ?? 0) - monday.getTime()).toBeLessThan(60 * 60_000);
    expect(await app.deps.prisma.jobRun.findFirst()).toMatchObject({ period: "2026-W49", status: "done" });
    expect(await app.deps.prisma.delivery.count()).toBe(8);
  });

  it("is tried again when the run coordinator itself could not be reached", async ({ app, jobsOrg: _org }) => {
    const job = weeklyEducationJob(app.deps.config);
    let down = true;
    const real = new DatabaseRunCoordinator(app.deps.prisma, "i1", app.clock);
    const coordinator: RunCoordinator = {
      shouldRun: (key, ttl) => (down ? Promise.reject(new Error("ECONNREFUSED")) : real.shouldRun(key, ttl)),
    } as RunCoordinator;
    const s = new Scheduler(app.deps, [job], { instance: "i1", coordinator });
    const monday = new Date("2026-11-30T01:00:00Z");
    app.clock.set(new Date(monday.getTime() - 60_000));
    const first = s.nextFire(app.clock.now());
    expect(first?.at).toEqual(monday);
    app.clock.set(monday);
    expect(await s.fire(job, monday)).toBeUndefined();
    down = false;
    const outcomes = await walkUntil(app, s, new Date(monday.getTime() + 60 * 60_000));
    expect(outcomes.map((o) => o.status)).toEqual(["done"]);
    expect(await app.deps.prisma.delivery.count()).toBe(8);
  });
});
