import { describe, expect } from "vitest";
import { HOUSEKEEPING } from "../../src/jobs/housekeeping.ts";
import { runJob } from "../../src/jobs/run-job.ts";
import { STALE_DRAFTS, staleDraftsJob } from "../../src/jobs/stale-drafts.ts";
import { allJobs } from "../../src/modules/index.ts";
import { it } from "../support/fixtures.ts";

describe("stale-draft sweep", () => {
  it("reminds an idle draft once through the conversation engine by default", async ({ app }) => {
    const { prisma } = app.deps;
    const unit = await prisma.orgUnit.create({ data: { code: "U", name: "Chi đoàn U" } });
    const person = await prisma.person.create({ data: { fullName: "Lê Thị Hoa", unitId: unit.id } });
    await prisma.platformIdentity.create({
      data: { platform: "zalo", externalId: "z1", chatId: "z1", personId: person.id },
    });
    const idleSince = new Date(app.clock.now().getTime() - (app.deps.config.FLOW_IDLE_REMIND_HOURS + 1) * 3_600_000);
    await prisma.$executeRawUnsafe(
      `INSERT INTO "Conversation" (id, "ownerKey", "flowId", status, "stateVersion", state, revision, "createdAt", "updatedAt")
       VALUES ('c1', $1, 'activity', 'active', 1, '{}', 0, $2, $2)`,
      `p:${person.id}`,
      idleSince,
    );
    const job = allJobs(app.deps.config).find((j) => j.name === STALE_DRAFTS);
    if (!job) throw new Error("the stale-draft job is missing");
    const period = job.periodOf(app.clock.now(), app.deps.config.TZ_NAME) as string;
    expect(await runJob(app.deps, job, { period, instance: "one" })).toMatchObject({ status: "done", messages: 1 });
    const deliveries = await prisma.delivery.findMany({ where: { personId: person.id } });
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ platform: "zalo", chatId: "z1", status: "pending" });
    app.clock.advance(3_600_000);
    const next = job.periodOf(app.clock.now(), app.deps.config.TZ_NAME) as string;
    await runJob(app.deps, job, { period: next, instance: "one" });
    expect(await prisma.delivery.count({ where: { personId: person.id } })).toBe(1);
  });

  it("sweeps once per hour across instances and records how many drafts it touched", async ({ app }) => {
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

describe("housekeeping", () => {
  it("forgets update claims older than two weeks and keeps the recent ones", async ({ app }) => {
    const { prisma } = app.deps;
    const now = app.clock.now().getTime();
    await prisma.inboundUpdate.createMany({
      data: [
        { platform: "telegram", updateKey: "old", receivedAt: new Date(now - 15 * 86_400_000) },
        { platform: "zalo", updateKey: "recent", receivedAt: new Date(now - 13 * 86_400_000) },
      ],
    });
    const job = allJobs(app.deps.config).find((j) => j.name === HOUSEKEEPING);
    if (!job) throw new Error("the housekeeping job is missing");
    const period = job.periodOf(app.clock.now(), app.deps.config.TZ_NAME) as string;
    expect(await runJob(app.deps, job, { period, instance: "one" })).toMatchObject({ status: "done", messages: 1 });
    expect((await prisma.inboundUpdate.findMany()).map((u) => u.updateKey)).toEqual(["recent"]);
  });
});
