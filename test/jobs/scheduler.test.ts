import { describe, expect } from "vitest";
import { DatabaseRunCoordinator } from "../../src/jobs/coordinator.ts";
import type { JobDefinition } from "../../src/jobs/job.ts";
import { runJob } from "../../src/jobs/run-job.ts";
import { Scheduler } from "../../src/jobs/scheduler.ts";
import { nextSlotAfter, previousSlot } from "../../src/jobs/slots.ts";
import { WEEKLY_EDUCATION, weeklyEducationJob } from "../../src/modules/education/weekly-education.ts";
import { QUARTERLY_REMINDERS, quarterlyRemindersJob } from "../../src/modules/reporting/quarterly-reminders.ts";
import type { TestApp } from "../support/app.ts";
import { it } from "../support/fixtures.ts";

const scheduler = (app: TestApp, jobs: JobDefinition[], instance: string) =>
  new Scheduler(app.deps, jobs, {
    instance,
    coordinator: new DatabaseRunCoordinator(app.deps.prisma, instance, app.clock),
  });

describe("job runs", () => {
  it("are recorded with start, end, instance and how many messages were queued", async ({ app, jobsOrg: _org }) => {
    const outcome = await runJob(app.deps, weeklyEducationJob(app.deps.config), { period: "2026-W48", instance: "i1" });
    expect(outcome).toEqual({ status: "done", period: "2026-W48", messages: 8 });
    const run = await app.deps.prisma.jobRun.findUniqueOrThrow({
      where: { job_period: { job: WEEKLY_EDUCATION, period: "2026-W48" } },
    });
    expect(run).toMatchObject({ status: "done", instance: "i1", messages: 8, error: null });
    expect(run.startedAt).toEqual(app.clock.now());
    expect(run.finishedAt).toEqual(app.clock.now());
  });

  it("record a failure with its error, write nothing, and let the next run claim the period again", async ({
    app,
    jobsOrg: _org,
  }) => {
    const base = weeklyEducationJob(app.deps.config);
    let fail = true;
    const flaky: JobDefinition = {
      ...base,
      async record(tx, ctx, period, planned) {
        await base.record?.(tx, ctx, period, planned);
        if (fail) throw new Error("disk full");
      },
    };
    expect(await runJob(app.deps, flaky, { period: "2026-W48", instance: "i1" })).toEqual({
      status: "failed",
      period: "2026-W48",
      error: "disk full",
    });
    expect(await app.deps.prisma.delivery.count()).toBe(0);
    expect(await app.deps.prisma.educationSend.count()).toBe(0);
    expect(await app.deps.prisma.jobRun.findFirst()).toMatchObject({ status: "failed", error: "disk full" });
    fail = false;
    expect(await runJob(app.deps, flaky, { period: "2026-W48", instance: "i2" })).toMatchObject({ status: "done" });
    expect(await app.deps.prisma.delivery.count()).toBe(8);
    expect(await app.deps.prisma.jobRun.findFirst()).toMatchObject({ status: "done", error: null, instance: "i2" });
  });

  it("run a done period again only when forced, as a run of its own", async ({ app, jobsOrg: _org }) => {
    const job = weeklyEducationJob(app.deps.config);
    await runJob(app.deps, job, { period: "2026-W48", instance: "i1" });
    expect(await runJob(app.deps, job, { period: "2026-W48", instance: "i1" })).toMatchObject({ status: "skipped" });
    expect(await app.deps.prisma.delivery.count()).toBe(8);
    app.clock.advance(60_000);
    const forced = await runJob(app.deps, job, { period: "2026-W48", instance: "i1", force: true });
    expect(forced).toMatchObject({ status: "done", messages: 8 });
    expect(await app.deps.prisma.delivery.count()).toBe(16);
    expect(await app.deps.prisma.jobRun.count({ where: { job: WEEKLY_EDUCATION } })).toBe(2);
  });
});

describe("jobs firing at the same moment", () => {
  it("both complete on the embedded database, whose transactions take turns", async ({ app, jobsOrg: _org }) => {
    app.clock.set("2026-12-21T01:00:00Z");
    const outcomes = await Promise.all([
      runJob(app.deps, weeklyEducationJob(app.deps.config), { period: "2026-W52", instance: "i1" }),
      runJob(app.deps, quarterlyRemindersJob(app.deps.config), { period: "2026-12-21", instance: "i1" }),
      app.deps.prisma.person.count(),
    ]);
    expect(outcomes.slice(0, 2).map((o) => (o as { status: string }).status)).toEqual(["done", "done"]);
    expect(await app.deps.prisma.jobRun.count({ where: { status: "done" } })).toBe(2);
  });
});

describe("start-up catch-up", () => {
  it("runs a weekly job missed while the service was down once, whichever instance starts", async ({
    app,
    jobsOrg: _org,
  }) => {
    const job = weeklyEducationJob(app.deps.config);
    app.clock.set("2026-11-30T03:00:00Z"); // Monday 10:00 in Vietnam; the 08:00 fire was missed
    const first = await scheduler(app, [job], "i1").catchUp();
    expect(first.get(WEEKLY_EDUCATION)).toMatchObject({ status: "done", period: "2026-W49", messages: 8 });
    app.clock.advance(5 * 60_000);
    const second = await scheduler(app, [job], "i2").catchUp();
    expect(second.size).toBe(0);
    expect(await app.deps.prisma.delivery.count()).toBe(8);
  });

  it("catches up in the background on start, and stop waits for it", async ({ app, jobsOrg: _org }) => {
    app.clock.set("2026-11-30T03:00:00Z");
    const s = scheduler(app, [weeklyEducationJob(app.deps.config)], "i1");
    await s.start();
    await s.stop();
    expect(await app.deps.prisma.jobRun.findFirst()).toMatchObject({ period: "2026-W49", status: "done", messages: 8 });
  });

  it("does not run a job whose missed time is outside its window, or before its time has come", async ({
    app,
    jobsOrg: _org,
  }) => {
    const job = weeklyEducationJob(app.deps.config);
    app.clock.set("2026-12-04T03:00:00Z"); // Friday: Monday's fire is more than three days old
    expect((await scheduler(app, [job], "i1").catchUp()).size).toBe(0);
    app.clock.set("2026-11-30T00:00:00Z"); // Monday 07:00: this week's fire is still to come
    expect((await scheduler(app, [job], "i1").catchUp()).size).toBe(0);
    expect(await app.deps.prisma.jobRun.count()).toBe(0);
  });

  it("finds the latest scheduled time in the job's timezone", () => {
    const now = new Date("2026-11-26T02:00:00Z"); // Thursday 09:00 in Vietnam
    expect(previousSlot("0 8 * * 1", "Asia/Ho_Chi_Minh", now, 4 * 86_400_000)).toEqual(
      new Date("2026-11-23T01:00:00Z"),
    );
    expect(previousSlot("0 8 * * 1", "Asia/Ho_Chi_Minh", now, 2 * 86_400_000)).toBeUndefined();
    expect(previousSlot("30 8 * * *", "Asia/Ho_Chi_Minh", now, 86_400_000)).toEqual(new Date("2026-11-26T01:30:00Z"));
  });
});

describe("scheduled times on a manual clock", () => {
  it("finds the next time of any job, with every job due then", ({ app, jobsOrg: _org }) => {
    const s = scheduler(app, [weeklyEducationJob(app.deps.config), quarterlyRemindersJob(app.deps.config)], "i1");
    // Thursday 26 November 09:00 in Vietnam: the daily check comes first, on Friday at 08:00.
    expect(s.nextFire(app.clock.now())).toMatchObject({ at: new Date("2026-11-27T01:00:00Z") });
    // Monday 08:00 has both.
    const monday = s.nextFire(new Date("2026-11-29T12:00:00Z"));
    expect(monday?.at).toEqual(new Date("2026-11-30T01:00:00Z"));
    expect(monday?.jobs.map((j) => j.name)).toEqual([WEEKLY_EDUCATION, QUARTERLY_REMINDERS]);
    expect(
      nextSlotAfter("0 8 * * 1", "Asia/Ho_Chi_Minh", new Date("2026-11-30T01:00:00Z"), 86_400_000),
    ).toBeUndefined();
  });

  it("fires a scheduled time once across instances, and only when it belongs to a period", async ({
    app,
    jobsOrg: _org,
  }) => {
    const job = weeklyEducationJob(app.deps.config);
    const quarterly = quarterlyRemindersJob(app.deps.config);
    const at = new Date("2026-11-30T01:00:00Z");
    app.clock.set(at);
    expect(await scheduler(app, [job], "i1").fire(job, at)).toMatchObject({ status: "done", period: "2026-W49" });
    expect(await scheduler(app, [job], "i2").fire(job, at)).toBeUndefined();
    // 30 November is not a reminder day.
    expect(await scheduler(app, [quarterly], "i1").fire(quarterly, at)).toBeUndefined();
    expect(await app.deps.prisma.jobRun.count()).toBe(1);
  });
});

describe("database run coordinator", () => {
  it("lets one instance win each fire and keeps the win after the run", async ({ app, jobsOrg: _org }) => {
    const a = new DatabaseRunCoordinator(app.deps.prisma, "a", app.clock);
    const b = new DatabaseRunCoordinator(app.deps.prisma, "b", app.clock);
    const key = "weekly-education:2026-11-30T01:00:00.000Z";
    expect(await a.shouldRun(key, 30_000)).toBe(true);
    a.onComplete();
    expect(await b.shouldRun(key, 30_000)).toBe(false);
    // Long after the lease: an instance whose clock is late still does not win the same fire.
    app.clock.advance(60 * 60_000);
    expect(await b.shouldRun(key, 30_000)).toBe(false);
    expect(await b.shouldRun("weekly-education:2026-12-07T01:00:00.000Z", 30_000)).toBe(true);
  });
});
