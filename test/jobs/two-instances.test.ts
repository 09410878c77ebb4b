import { createTask } from "node-cron";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.ts";
import { ManualClock } from "../../src/clock.ts";
import { loadConfig } from "../../src/config.ts";
import { openDatabase } from "../../src/db/database.ts";
import { DatabaseRunCoordinator } from "../../src/jobs/coordinator.ts";
import { runJob } from "../../src/jobs/run-job.ts";
import { Scheduler } from "../../src/jobs/scheduler.ts";
import { createLogger } from "../../src/logger.ts";
import { weeklyEducationJob } from "../../src/modules/education/weekly-education.ts";
import { QUARTERLY_REMINDERS, quarterlyRemindersJob } from "../../src/modules/reporting/quarterly-reminders.ts";
import { createScratchPostgresDatabase, postgresServerUrl } from "../support/database.ts";
import { morningOf, seedOrg } from "./org-fixture.ts";

/** Two instances of the bot on one PostgreSQL database, with one clock, as two servers of a deployment. */
describe.skipIf(!postgresServerUrl())("two scheduler instances on one PostgreSQL database", () => {
  const clock = new ManualClock(morningOf("2026-12-21"));
  let scratch: Awaited<ReturnType<typeof createScratchPostgresDatabase>>;
  let one: App;
  let two: App;

  beforeAll(async () => {
    scratch = await createScratchPostgresDatabase();
    const config = loadConfig({ NODE_ENV: "test", DATABASE_URL: scratch.url });
    const logger = createLogger({ level: "silent", pretty: false });
    const open = async () =>
      createApp(config, logger, {
        clock,
        db: await openDatabase({ kind: "postgres", url: scratch.url }, { poolSize: 3 }),
      });
    one = await open();
    two = await open();
    await seedOrg(one.deps);
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await scratch?.drop();
  });

  it("write each reminder once when both fire together", async () => {
    const job = quarterlyRemindersJob(one.deps.config);
    const outcomes = await Promise.all([
      runJob(one.deps, job, { period: "2026-12-21", instance: "one" }),
      runJob(two.deps, job, { period: "2026-12-21", instance: "two" }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["done", "skipped"]);
    const rows = await one.deps.prisma.delivery.findMany({ where: { dedupeKey: { startsWith: QUARTERLY_REMINDERS } } });
    // Three secretaries; one of them has two chat accounts.
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.dedupeKey)).size).toBe(4);
    expect(await one.deps.prisma.jobRun.count({ where: { job: QUARTERLY_REMINDERS } })).toBe(1);
  });

  it("catch up a missed weekly message once when both start together", async () => {
    clock.set("2026-11-30T03:00:00Z");
    const job = weeklyEducationJob(one.deps.config);
    const make = (app: App, instance: string) =>
      new Scheduler(app.deps, [job], {
        instance,
        coordinator: new DatabaseRunCoordinator(app.deps.prisma, instance, clock),
      });
    const [a, b] = await Promise.all([make(one, "one").catchUp(), make(two, "two").catchUp()]);
    expect([a, b].map((m) => m.get(job.name)?.status ?? "not needed").sort()).toEqual(["done", "skipped"]);
    expect(
      await one.deps.prisma.delivery.count({ where: { dedupeKey: { startsWith: "weekly-education:2026-W49:" } } }),
    ).toBe(8);
    expect(await one.deps.prisma.educationSend.count({ where: { week: "2026-W49" } })).toBe(7);
  });

  it("elect exactly one instance per fire through the coordinator", async () => {
    const coordinators = ["one", "two", "three"].map(
      (name, i) => new DatabaseRunCoordinator((i === 1 ? two : one).deps.prisma, name, clock),
    );
    for (let fire = 0; fire < 5; fire++) {
      const key = `race:2026-12-21T01:0${fire}:00.000Z`;
      const wins = await Promise.all(coordinators.map((c) => c.shouldRun(key, 30_000)));
      expect(wins.filter(Boolean)).toHaveLength(1);
    }
  });

  it("run a node-cron distributed task once per tick across instances", async () => {
    const ran: string[] = [];
    const tasks = [one, two].map((app, i) =>
      createTask("* * * * * *", (ctx) => void ran.push(ctx.date.toISOString()), {
        name: "tick-test",
        distributed: true,
        runCoordinator: new DatabaseRunCoordinator(app.deps.prisma, `i${i}`, { now: () => new Date() }),
      }),
    );
    for (const task of tasks) await task.start();
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    for (const task of tasks) await task.destroy();
    expect(ran.length).toBeGreaterThan(0);
    expect(new Set(ran).size).toBe(ran.length);
  });
});
