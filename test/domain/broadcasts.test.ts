import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LocalBudget, Pacer } from "../../src/channels/outbound/pacer.ts";
import { OrgTree } from "../../src/core/org.ts";
import { scopeOf } from "../../src/core/permissions.ts";
import { createBroadcastTracker } from "../../src/modules/broadcasts/broadcast-progress.ts";
import {
  type Audience,
  broadcastProgress,
  cancelBroadcast,
  createBroadcast,
  previewBroadcast,
} from "../../src/modules/broadcasts/broadcasts.ts";
import type { OutboxWorker } from "../../src/outbox/worker.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { type BroadcastOrg, seedBroadcastOrg } from "../support/broadcast-org.ts";
import { RecordingSender, testWorker, until } from "../support/outbox.ts";

let app: TestApp;
let org: BroadcastOrg;
let tree: OrgTree;
let worker: OutboxWorker | undefined;

beforeEach(async () => {
  app = await createTestApp();
  org = await seedBroadcastOrg(app.deps.prisma);
  tree = await OrgTree.load(app.deps.prisma);
});
afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  await app.close();
});

const scopeOfPerson = async (personId: string) =>
  scopeOf(personId, await app.deps.prisma.roleAssignment.findMany({ where: { personId } }), tree);

const deps = () => ({
  prisma: app.deps.prisma,
  clock: app.clock,
  i18n: app.deps.i18n,
});

describe("broadcast audiences", () => {
  it("counts every reachable account per platform and the people without one", async () => {
    const preview = await previewBroadcast(app.deps.prisma, { kind: "all" }, await scopeOfPerson(org.staffId), tree);
    expect(preview).toEqual({ ok: true, perPlatform: { telegram: 4, zalo: 4 }, total: 8, peopleWithoutChat: 2 });
  });

  it("reaches a unit and every unit below it, and nothing beside it", async () => {
    const scope = await scopeOfPerson(org.staffId);
    const preview = await previewBroadcast(app.deps.prisma, { kind: "unit", unitId: org.unitA }, scope, tree);
    expect(preview).toMatchObject({ ok: true, perPlatform: { telegram: 2, zalo: 3 }, total: 5 });
  });

  it("targets secretaries, ĐVUT and one platform", async () => {
    const scope = await scopeOfPerson(org.staffId);
    const count = async (audience: Audience) => {
      const p = await previewBroadcast(app.deps.prisma, audience, scope, tree);
      return p.ok ? p.perPlatform : p.reason;
    };
    expect(await count({ kind: "role", role: "secretary" })).toEqual({ telegram: 1, zalo: 1 });
    expect(await count({ kind: "dvut" })).toEqual({ zalo: 1 });
    expect(await count({ kind: "platform", platform: "telegram" })).toEqual({ telegram: 4 });
  });

  it("lets a secretary reach the secretaries of their own units only", async () => {
    // Người 7, in B, becomes B's secretary: the staff member reaches both, A's secretary only themselves.
    const inB = await app.deps.prisma.person.findFirstOrThrow({ where: { fullName: "Người 7" } });
    await app.deps.prisma.roleAssignment.create({ data: { personId: inB.id, role: "secretary", unitId: org.unitB } });
    const secretaries: Audience = { kind: "role", role: "secretary" };
    const fromStaff = await previewBroadcast(app.deps.prisma, secretaries, await scopeOfPerson(org.staffId), tree);
    expect(fromStaff).toMatchObject({ ok: true, perPlatform: { telegram: 2, zalo: 1 } });
    const fromA = await previewBroadcast(app.deps.prisma, secretaries, await scopeOfPerson(org.secretaryAId), tree);
    expect(fromA).toMatchObject({ ok: true, perPlatform: { telegram: 1, zalo: 1 } });
  });

  it("reaches registered unit group chats within the chosen unit", async () => {
    await app.deps.prisma.unitGroupChat.createMany({
      data: [
        { unitId: org.unitA1, platform: "telegram", chatId: "-100111" },
        { unitId: org.unitB, platform: "zalo", chatId: "group-b" },
      ],
    });
    const scope = await scopeOfPerson(org.staffId);
    const preview = await previewBroadcast(app.deps.prisma, { kind: "groups", unitId: org.unitA }, scope, tree);
    expect(preview).toMatchObject({ ok: true, perPlatform: { telegram: 1 }, total: 1 });
  });

  it("refuses a secretary a unit outside their subtree, and keeps their 'everyone' inside it", async () => {
    const scope = await scopeOfPerson(org.secretaryAId);
    const outside = await previewBroadcast(app.deps.prisma, { kind: "unit", unitId: org.unitB }, scope, tree);
    expect(outside).toEqual({
      ok: false,
      reason: "broadcast-refused-out-of-scope",
      args: { unit: "Đơn vị B" },
    });
    const created = await createBroadcast(
      deps(),
      { createdById: org.secretaryAId, text: "Họp", audience: { kind: "unit", unitId: org.unitB } },
      scope,
      tree,
    );
    expect(created.ok).toBe(false);
    expect(await app.deps.prisma.delivery.count()).toBe(0);
    const everyone = await previewBroadcast(app.deps.prisma, { kind: "all" }, scope, tree);
    expect(everyone).toMatchObject({ ok: true, total: 5 });
    const below = await previewBroadcast(app.deps.prisma, { kind: "unit", unitId: org.unitA1 }, scope, tree);
    expect(below).toMatchObject({ ok: true, total: 2 });
  });
});

describe("broadcast sending", () => {
  it("queues the broadcast and all its deliveries together, and sends none before its time", async () => {
    const sendAt = new Date(app.clock.now().getTime() + 3_600_000);
    const created = await createBroadcast(
      deps(),
      { createdById: org.staffId, text: "Hội nghị", audience: { kind: "all" }, sendAt },
      await scopeOfPerson(org.staffId),
      tree,
    );
    expect(created).toMatchObject({ ok: true, recipients: 8 });
    const rows = await app.deps.prisma.delivery.findMany();
    expect(rows).toHaveLength(8);
    expect(rows.every((r) => r.notBefore.getTime() === sendAt.getTime())).toBe(true);

    const telegram = new RecordingSender("telegram");
    const zalo = new RecordingSender("zalo");
    worker = testWorker(app.deps.prisma, [telegram, zalo], { clock: app.clock });
    await worker.start();
    expect(await worker.drain(2000)).toBe(true);
    expect(telegram.calls + zalo.calls).toBe(0);
    app.clock.advance(3_600_000);
    await until(
      async () => (await broadcastProgress(app.deps.prisma, created.ok ? created.broadcast.id : "")).sent === 8,
    );
    expect(telegram.delivered.size + zalo.delivered.size).toBe(8);
  });

  it("cancel stops what is not yet sent; what was sent stays sent", async () => {
    await app.deps.prisma.platformIdentity.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({
        platform: "telegram" as const,
        externalId: `bulk-${i}`,
        chatId: `bulk-${i}`,
        personId: org.staffId,
      })),
    });
    const scope = await scopeOfPerson(org.staffId);
    const created = await createBroadcast(
      deps(),
      { createdById: org.staffId, text: "Nhiều người", audience: { kind: "all" } },
      scope,
      tree,
    );
    if (!created.ok) throw new Error(created.reason);
    const paced = () => new Pacer({ chatIntervalMs: 0, chatBurst: 1 }, new LocalBudget(40));
    const telegram = new RecordingSender("telegram", undefined, paced());
    const zalo = new RecordingSender("zalo", undefined, paced());
    worker = testWorker(app.deps.prisma, [telegram, zalo], { clock: app.clock, maxInFlight: 4 });
    await worker.start();
    await until(() => telegram.calls >= 10);
    const result = await cancelBroadcast(app.deps.prisma, app.clock, created.broadcast.id, {
      personId: org.staffId,
      scope,
    });
    const callsAtCancel = telegram.calls + zalo.calls;
    await worker.stop();
    worker = undefined;
    expect(result.ok).toBe(true);
    const progress = await broadcastProgress(app.deps.prisma, created.broadcast.id);
    expect(progress.remaining).toBe(0);
    expect(progress.sent + progress.cancelled).toBe(progress.total);
    expect(progress.cancelled).toBeGreaterThan(200);
    // Only the sends already in flight when it was cancelled could still go out.
    expect(telegram.calls + zalo.calls - callsAtCancel).toBeLessThanOrEqual(4);
    expect(telegram.calls + zalo.calls).toBe(progress.sent);
    const again = await cancelBroadcast(app.deps.prisma, app.clock, created.broadcast.id, {
      personId: org.staffId,
      scope,
    });
    expect(again).toMatchObject({ ok: false, reason: "broadcast-already-finished" });
  });

  it("lets only its author or staff cancel a broadcast", async () => {
    const scope = await scopeOfPerson(org.staffId);
    const created = await createBroadcast(
      deps(),
      { createdById: org.staffId, text: "x", audience: { kind: "all" } },
      scope,
      tree,
    );
    if (!created.ok) throw new Error(created.reason);
    const bySecretary = await cancelBroadcast(app.deps.prisma, app.clock, created.broadcast.id, {
      personId: org.secretaryAId,
      scope: await scopeOfPerson(org.secretaryAId),
    });
    expect(bySecretary).toMatchObject({ ok: false, reason: "broadcast-refused-not-yours" });
  });

  it("tells its author when sending starts and sums it up at the end, through the outbox", async () => {
    const scope = await scopeOfPerson(org.staffId);
    const created = await createBroadcast(
      deps(),
      {
        createdById: org.staffId,
        text: "Tổng kết",
        audience: { kind: "unit", unitId: org.unitB },
        origin: { platform: "telegram", chatId: "telegram-1" },
      },
      scope,
      tree,
    );
    if (!created.ok) throw new Error(created.reason);
    const zalo = new RecordingSender("zalo", () => ({ ok: false, kind: "unreachable", error: "blocked" }));
    const telegram = new RecordingSender("telegram");
    const tracker = createBroadcastTracker({ ...app.deps, clock: app.clock }, "resend", {
      edit: (platform, chatId, messageId, message) =>
        worker ? worker.edit(platform, chatId, messageId, message) : Promise.resolve(false),
      everyMs: 0,
    });
    worker = testWorker(app.deps.prisma, [telegram, zalo], { clock: app.clock, onTick: tracker.tick, tickMs: 50 });
    await worker.start();
    await until(() => (telegram.delivered.get("telegram-1")?.length ?? 0) >= 2);
    const [started, summary] = telegram.delivered.get("telegram-1") ?? [];
    expect(started?.text).toContain("Bắt đầu gửi thông báo tới 2 tài khoản");
    expect(summary?.text).toContain("1 đã nhận, 0 lỗi, 1 không liên lạc được");
    const broadcast = await app.deps.prisma.broadcast.findUniqueOrThrow({ where: { id: created.broadcast.id } });
    expect(broadcast.status).toBe("done");
    // The "started" message was edited in place with the final figures.
    const startedRow = await app.deps.prisma.delivery.findUniqueOrThrow({
      where: { dedupeKey: `broadcast:${created.broadcast.id}:started` },
    });
    expect(broadcast.progressMessageId).toBe(startedRow.platformMessageId);
    expect(telegram.edits.at(-1)).toEqual({
      chatId: "telegram-1",
      messageId: startedRow.platformMessageId,
      text: expect.stringContaining("1 đã nhận, 0 lỗi, 1 không liên lạc được"),
    });
  });
});
