import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JobDefinition } from "../../src/jobs/job.ts";
import { runJob } from "../../src/jobs/run-job.ts";
import { WEEKLY_EDUCATION, weeklyEducationJob } from "../../src/modules/education/weekly-education.ts";
import { createTestApp, type TestApp } from "../support/app.ts";

const MEMBERS = 180;
let app: TestApp;

beforeEach(async () => {
  // Batches of 50 recipients: 180 members make four batches.
  app = await createTestApp({ now: "2026-11-30T01:00:00Z", env: { JOB_BATCH_SIZE: "50" } });
  const { prisma } = app.deps;
  await prisma.orgUnit.create({ data: { id: "root", code: "DK", name: "Đoàn Khối" } });
  await prisma.person.createMany({
    data: Array.from({ length: MEMBERS }, (_, i) => ({
      id: `p${String(i).padStart(3, "0")}`,
      fullName: `Đoàn viên ${i}`,
      unitId: "root",
    })),
  });
  await prisma.platformIdentity.createMany({
    data: Array.from({ length: MEMBERS }, (_, i) => ({
      platform: i % 3 === 0 ? ("zalo" as const) : ("telegram" as const),
      externalId: `x${i}`,
      chatId: `x${i}`,
      personId: `p${String(i).padStart(3, "0")}`,
    })),
  });
});
afterEach(async () => {
  await app.close();
});

/** The weekly job, made to die while writing its `dieAt`-th batch (that batch's transaction rolls back). */
function dyingJob(dieAt: number): JobDefinition {
  const job = weeklyEducationJob(app.deps.config);
  let batch = 0;
  return {
    ...job,
    async record(tx, ctx, period, planned) {
      if (++batch === dieAt) throw new Error("the process was killed here");
      await job.record?.(tx, ctx, period, planned);
    },
  };
}

async function counts(week: string) {
  const { prisma } = app.deps;
  const rows = await prisma.delivery.findMany({
    where: { dedupeKey: { startsWith: `${WEEKLY_EDUCATION}:${week}:` } },
    select: { personId: true },
  });
  return {
    deliveries: rows.length,
    people: new Set(rows.map((r) => r.personId)).size,
    sends: await prisma.educationSend.count({ where: { week } }),
  };
}

describe("a fan-out written in batches", () => {
  it("stops half-way on an error, then a new run completes it: every member once", async () => {
    const failed = await runJob(app.deps, dyingJob(3), { period: "2026-W49", instance: "a" });
    expect(failed.status).toBe("failed");
    // Two batches committed before the failure; the third rolled back.
    expect(await counts("2026-W49")).toEqual({ deliveries: 100, people: 100, sends: 100 });
    const resumed = await runJob(app.deps, weeklyEducationJob(app.deps.config), { period: "2026-W49", instance: "b" });
    expect(resumed).toEqual({ status: "done", period: "2026-W49", messages: MEMBERS });
    expect(await counts("2026-W49")).toEqual({ deliveries: MEMBERS, people: MEMBERS, sends: MEMBERS });
    // Once done, the period is never written again.
    expect(
      (await runJob(app.deps, weeklyEducationJob(app.deps.config), { period: "2026-W49", instance: "c" })).status,
    ).toBe("skipped");
    expect(await counts("2026-W49")).toEqual({ deliveries: MEMBERS, people: MEMBERS, sends: MEMBERS });
  });

  it("a run left 'running' by a killed process is taken over once its heartbeat is stale, not before", async () => {
    await runJob(app.deps, dyingJob(2), { period: "2026-W49", instance: "killed" });
    // A killed process records nothing: its run stays "running" with the heartbeat of its last batch.
    await app.deps.prisma.jobRun.update({
      where: { job_period: { job: WEEKLY_EDUCATION, period: "2026-W49" } },
      data: { status: "running", finishedAt: null, error: null },
    });
    expect(await counts("2026-W49")).toEqual({ deliveries: 50, people: 50, sends: 50 });
    const job = weeklyEducationJob(app.deps.config);
    app.clock.advance(60_000);
    expect((await runJob(app.deps, job, { period: "2026-W49", instance: "b" })).status).toBe("skipped");
    app.clock.advance(app.deps.config.JOB_RUN_STALE_SECONDS * 1000);
    expect(await runJob(app.deps, job, { period: "2026-W49", instance: "b" })).toEqual({
      status: "done",
      period: "2026-W49",
      messages: MEMBERS,
    });
    expect(await counts("2026-W49")).toEqual({ deliveries: MEMBERS, people: MEMBERS, sends: MEMBERS });
    const run = await app.deps.prisma.jobRun.findUniqueOrThrow({
      where: { job_period: { job: WEEKLY_EDUCATION, period: "2026-W49" } },
    });
    expect(run.instance).toBe("b");
  });
});

describe("chat during a fan-out", () => {
  it("an update being handled when a batch ends is answered before the next batch starts", async () => {
    const job = weeklyEducationJob(app.deps.config);
    const events: string[] = [];
    let chat: Promise<unknown> | undefined;
    const chatting: JobDefinition = {
      ...job,
      async record(tx, ctx, period, planned) {
        events.push(`batch ${events.filter((e) => e.startsWith("batch")).length + 1}`);
        // A member sends /me while the first batch's transaction is open; its handling takes a while longer
        // (a slow answer, a busy machine) than the batch.
        chat ??= app.deps.chatFirst.run(async () => {
          const replies = await app.dispatcher.handle({
            platform: "telegram",
            chatId: "x1",
            chatType: "private",
            sender: { externalId: "x1" },
            content: { kind: "command", name: "me", args: "" },
            receivedAt: app.clock.now(),
          });
          await new Promise((resolve) => setTimeout(resolve, 150));
          events.push(`chat answered (${replies.length})`);
        });
        await job.record?.(tx, ctx, period, planned);
      },
    };
    expect((await runJob(app.deps, chatting, { period: "2026-W49", instance: "a" })).status).toBe("done");
    await chat;
    expect(events).toEqual(["batch 1", "chat answered (1)", "batch 2", "batch 3", "batch 4"]);
  });
});
