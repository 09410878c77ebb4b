import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { allJobs } from "../../src/jobs/jobs.ts";
import { runJob } from "../../src/jobs/run-job.ts";
import { STALE_DRAFTS, staleDraftsJob } from "../../src/jobs/stale-drafts.ts";
import { createTestApp, type TestApp } from "../support/app.ts";

let app: TestApp;

beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("stale-draft sweep", () => {
  it("is scheduled only when the conversation engine's sweep is given", () => {
    expect(allJobs(app.deps.config).map((j) => j.name)).not.toContain(STALE_DRAFTS);
    expect(allJobs(app.deps.config, { sweepDrafts: async () => 0 }).map((j) => j.name)).toContain(STALE_DRAFTS);
  });

  it("sweeps once per hour across instances and records how many drafts it touched", async () => {
    let sweeps = 0;
    const job = staleDraftsJob(app.deps.config, async () => {
      sweeps++;
      return 3;
    });
    const period = job.periodOf(app.clock.now(), app.deps.config.TZ_NAME) as string;
    expect(period).toBe("2026-11-26T02");
    expect(await runJob(app.deps, job, { period, instance: "one" })).toEqual({ status: "done", period, messages: 3 });
    expect(await runJob(app.deps, job, { period, instance: "two" })).toEqual({ status: "skipped", period });
    expect(sweeps).toBe(1);
    expect(await app.deps.prisma.jobRun.findFirst({ where: { job: STALE_DRAFTS } })).toMatchObject({
      status: "done",
      messages: 3,
    });
  });
});
