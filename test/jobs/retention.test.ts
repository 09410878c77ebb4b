import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HOUSEKEEPING } from "../../src/jobs/housekeeping.ts";
import { runJob } from "../../src/jobs/run-job.ts";
import { allJobs } from "../../src/modules/index.ts";
import { createTestApp, type TestApp } from "../support/app.ts";

let app: TestApp;

beforeEach(async () => {
  app = await createTestApp({
    env: {
      RETENTION_DELIVERY_DAYS: "90",
      RETENTION_REGISTRATION_DAYS: "180",
      RETENTION_DRAFT_DAYS: "30",
      RETENTION_LINK_CODE_DAYS: "30",
    },
  });
});
afterEach(async () => {
  await app.close();
});

const DAY = 86_400_000;

/** One of each kind of row, stamped at the clock's time: its work over (or not, where `live`). */
async function rowsAt(tag: string) {
  const { prisma } = app.deps;
  const now = app.clock.now();
  const unit = await prisma.orgUnit.create({ data: { code: `U-${tag}`, name: `Chi đoàn ${tag}` } });
  const person = await prisma.person.create({ data: { fullName: `Lê Thị ${tag}`, unitId: unit.id } });
  const done = await prisma.broadcast.create({
    data: { createdById: person.id, text: "x", audience: { kind: "all" }, status: "done", createdAt: now },
  });
  const sending = await prisma.broadcast.create({
    data: { createdById: person.id, text: "x", audience: { kind: "all" }, status: "sending", createdAt: now },
  });
  let messages = 0;
  const delivery = async (data: object) => {
    const message = await prisma.outboxMessage.create({
      data: { id: `m-${tag}-${++messages}`, payload: { text: "x" }, createdAt: now },
    });
    return prisma.delivery.create({
      data: { platform: "zalo", chatId: `c-${tag}`, messageId: message.id, createdAt: now, ...data },
    });
  };
  await delivery({ status: "sent", sentAt: now, personId: person.id });
  await delivery({ status: "failed" });
  await delivery({ status: "sent", sentAt: now, broadcastId: done.id });
  await delivery({ status: "sent", sentAt: now, broadcastId: sending.id, dedupeKey: `live-${tag}` });
  await delivery({ status: "pending", dedupeKey: `pending-${tag}` });
  const request = (status: "pending" | "approved" | "rejected") =>
    prisma.registrationRequest.create({
      data: {
        platform: "zalo",
        externalId: `z-${tag}-${status}`,
        chatId: `z-${tag}`,
        fullName: "Nguyễn Văn A",
        dateOfBirth: new Date("2000-01-01"),
        unitId: unit.id,
        status,
        createdAt: now,
        ...(status === "pending" ? {} : { decidedAt: now }),
      },
    });
  await request("approved");
  await request("rejected");
  await request("pending");
  const draft = (status: "active" | "cancelled" | "expired" | "submitted", flowId: string) =>
    prisma.conversation.create({
      data: { ownerKey: `p:${person.id}`, flowId, status, stateVersion: 1, state: {}, createdAt: now, updatedAt: now },
    });
  await draft("cancelled", "a");
  await draft("expired", "b");
  await draft("active", "c");
  await draft("submitted", "d");
  await prisma.linkCode.create({
    data: { code: `USED${tag}`, personId: person.id, expiresAt: new Date(now.getTime() + DAY), usedAt: now },
  });
  await prisma.linkCode.create({ data: { code: `EXPD${tag}`, personId: person.id, expiresAt: now } });
  await prisma.linkAttempt.create({ data: { platform: "zalo", externalId: `z-${tag}`, success: false, at: now } });
  return { person };
}

describe("retention (the daily housekeeping job)", () => {
  it("removes what ended longer ago than its period and keeps recent rows and work still open", async () => {
    const { prisma } = app.deps;
    const old = await rowsAt("old");
    app.clock.advance(200 * DAY);
    const recent = await rowsAt("new");
    // A link code still valid, made long ago with a long life, is kept.
    app.clock.advance(DAY);

    const job = allJobs(app.deps.config).find((j) => j.name === HOUSEKEEPING);
    if (!job) throw new Error("the housekeeping job is missing");
    const period = job.periodOf(app.clock.now(), app.deps.config.TZ_NAME) as string;
    const result = await runJob(app.deps, job, { period, instance: "one" });
    expect(result).toMatchObject({ status: "done" });

    // Old: only what is still open survives (the live broadcast's delivery, the pending one, the pending request,
    // the active and the submitted draft).
    const oldDeliveries = await prisma.delivery.findMany({ where: { chatId: "c-old" } });
    expect(oldDeliveries.map((d) => d.dedupeKey).sort()).toEqual(["live-old", "pending-old"]);
    // The stored messages go with the last delivery that sends them.
    const oldMessages = await prisma.outboxMessage.findMany({ where: { id: { startsWith: "m-old-" } } });
    expect(oldMessages.map((m) => m.id).sort()).toEqual(oldDeliveries.map((d) => d.messageId).sort());
    expect((await prisma.registrationRequest.findMany({ where: { chatId: "z-old" } })).map((r) => r.status)).toEqual([
      "pending",
    ]);
    const oldDrafts = await prisma.conversation.findMany({ where: { ownerKey: `p:${old.person.id}` } });
    expect(oldDrafts.map((c) => c.status).sort()).toEqual(["active", "submitted"]);
    expect(await prisma.linkCode.count({ where: { personId: old.person.id } })).toBe(0);
    expect(await prisma.linkAttempt.count({ where: { externalId: "z-old" } })).toBe(0);

    // Recent: everything kept.
    expect(await prisma.delivery.count({ where: { chatId: "c-new" } })).toBe(5);
    expect(await prisma.outboxMessage.count({ where: { id: { startsWith: "m-new-" } } })).toBe(5);
    expect(await prisma.registrationRequest.count({ where: { chatId: "z-new" } })).toBe(3);
    expect(await prisma.conversation.count({ where: { ownerKey: `p:${recent.person.id}` } })).toBe(4);
    expect(await prisma.linkCode.count({ where: { personId: recent.person.id } })).toBe(2);
    expect(await prisma.linkAttempt.count({ where: { externalId: "z-new" } })).toBe(1);
  });

  it("keeps everything with a period of 0", async () => {
    await app.close();
    app = await createTestApp({ env: { RETENTION_DELIVERY_DAYS: "0", RETENTION_LINK_CODE_DAYS: "0" } });
    await rowsAt("old");
    app.clock.advance(400 * DAY);
    const job = allJobs(app.deps.config).find((j) => j.name === HOUSEKEEPING);
    if (!job) throw new Error("the housekeeping job is missing");
    const period = job.periodOf(app.clock.now(), app.deps.config.TZ_NAME) as string;
    await runJob(app.deps, job, { period, instance: "one" });
    expect(await app.deps.prisma.delivery.count()).toBe(5);
    expect(await app.deps.prisma.linkCode.count()).toBe(2);
    // The other periods (defaults) still apply.
    expect(await app.deps.prisma.conversation.count()).toBe(2);
  });
});
