import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OrgTree } from "../../../src/core/org.ts";
import { scopeOf } from "../../../src/core/permissions.ts";
import { recoverInterruptedRuns } from "../../../src/jobs/fan-out.ts";
import { createBroadcastTracker } from "../../../src/modules/broadcasts/broadcast-progress.ts";
import { createBroadcast, PREPARE_RUN } from "../../../src/modules/broadcasts/broadcasts.ts";
import type { OutboxWorker } from "../../../src/outbox/worker.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { account, addMembersToB, type BroadcastOrg, seedBroadcastOrg } from "../../support/broadcast-org.ts";
import { RecordingSender, testWorker } from "../../support/outbox.ts";

// The seeded org reaches 8 accounts; 120 more members make 128 accounts of 130 people: three batches of 50 people.
const EXTRA = 120;
const ACCOUNTS = 8 + EXTRA;
let app: TestApp;
let org: BroadcastOrg;
let worker: OutboxWorker | undefined;

beforeEach(async () => {
  app = await createTestApp({ now: "2026-11-30T01:00:00Z", env: { JOB_BATCH_SIZE: "50" } });
  org = await seedBroadcastOrg(app.deps.prisma);
  await addMembersToB(app.deps.prisma, org, EXTRA);
});
afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  await app.close();
});

/** Creates an announcement to everybody whose preparation dies after its first batch is committed. */
async function createDyingAfterFirstBatch(sendAt?: Date) {
  const tree = await OrgTree.load(app.deps.prisma);
  const scope = scopeOf(
    org.staffId,
    await app.deps.prisma.roleAssignment.findMany({ where: { personId: org.staffId } }),
    tree,
  );
  const created = await createBroadcast(
    { ...app.deps, clock: app.clock },
    {
      createdById: org.staffId,
      text: "Thông báo toàn Đoàn",
      audience: { kind: "all" },
      sendAt,
      origin: { platform: "telegram", chatId: "telegram-1" },
    },
    scope,
    tree,
    {
      afterBatch: (batch) => {
        if (batch === 1) throw new Error("the process was killed here");
      },
    },
  );
  if (!created.ok) throw new Error(created.reason);
  return created;
}

async function deliveriesOf(broadcastId: string) {
  const rows = await app.deps.prisma.delivery.findMany({
    where: { broadcastId },
    select: { platform: true, chatId: true },
  });
  return { rows: rows.length, chats: new Set(rows.map((r) => `${r.platform}:${r.chatId}`)).size };
}

const statusOf = async (id: string) =>
  (await app.deps.prisma.broadcast.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("a broadcast prepared a batch at a time", () => {
  it("dies after its first batch, is finished by the worker's tick with every account once, and waits for its time", async () => {
    const sendAt = new Date(app.clock.now().getTime() + 3_600_000);
    const created = await createDyingAfterFirstBatch(sendAt);
    expect(created.complete).toBe(false);
    const first = await deliveriesOf(created.broadcast.id);
    expect(first.rows).toBeGreaterThan(0);
    expect(first.rows).toBeLessThan(ACCOUNTS);
    expect(await statusOf(created.broadcast.id)).toBe("preparing");

    // The staff member's view says it is being prepared and how many are queued so far, not "x of a total".
    const [list] = await app.say(account("telegram", 1), "/broadcasts");
    expect(list?.text).toContain("đang chuẩn bị danh sách người nhận");
    expect(list?.text).toContain(`đã xếp ${first.rows} tin vào hàng gửi`);

    const tracker = createBroadcastTracker({ ...app.deps, clock: app.clock }, "resend");
    await tracker.tick();
    expect(await deliveriesOf(created.broadcast.id)).toEqual({ rows: ACCOUNTS, chats: ACCOUNTS });
    expect(await statusOf(created.broadcast.id)).toBe("scheduled");
    const run = await app.deps.prisma.jobRun.findUniqueOrThrow({
      where: { job_period: { job: PREPARE_RUN, period: created.broadcast.id } },
    });
    expect(run).toMatchObject({ status: "done", messages: ACCOUNTS });

    // Scheduled for an hour later: nothing leaves before then, everything once after.
    const telegram = new RecordingSender("telegram");
    const zalo = new RecordingSender("zalo");
    worker = testWorker(app.deps.prisma, [telegram, zalo], { clock: app.clock });
    await worker.start();
    expect(await worker.drain(10_000)).toBe(true);
    expect(telegram.calls + zalo.calls).toBe(0);
    app.clock.advance(3_600_000);
    await tracker.tick();
    expect(await statusOf(created.broadcast.id)).toBe("sending");
    expect(await worker.drain(30_000)).toBe(true);
    await tracker.tick();
    expect(await statusOf(created.broadcast.id)).toBe("done");
    const broadcastCopies = [...telegram.delivered.entries(), ...zalo.delivered.entries()].flatMap(([chat, list]) =>
      list.filter((m) => m.text === "Thông báo toàn Đoàn").map(() => chat),
    );
    expect(broadcastCopies).toHaveLength(ACCOUNTS);
    expect(new Set(broadcastCopies).size).toBe(ACCOUNTS);
  });

  it("killed between batches: never reported finished, resumed at the embedded database's start-up", async () => {
    const created = await createDyingAfterFirstBatch();
    // A killed process records nothing: its run stays "running" with the heartbeat of its last batch.
    await app.deps.prisma.jobRun.update({
      where: { job_period: { job: PREPARE_RUN, period: created.broadcast.id } },
      data: { status: "running", finishedAt: null, error: null },
    });
    const first = await deliveriesOf(created.broadcast.id);

    // The rows written so far may go, but the broadcast is not announced nor finished while it is half-built.
    const telegram = new RecordingSender("telegram");
    const zalo = new RecordingSender("zalo");
    const tracker = createBroadcastTracker({ ...app.deps, clock: app.clock }, "resend");
    worker = testWorker(app.deps.prisma, [telegram, zalo], { clock: app.clock });
    await worker.start();
    expect(await worker.drain(30_000)).toBe(true);
    await tracker.tick();
    expect(await deliveriesOf(created.broadcast.id)).toEqual(first);
    expect(await statusOf(created.broadcast.id)).toBe("preparing");
    const told = await app.deps.prisma.delivery.count({
      where: { dedupeKey: { in: ["started", "summary"].map((what) => `broadcast:${created.broadcast.id}:${what}`) } },
    });
    expect(told).toBe(0);

    // The next start of the embedded database's only process marks the run interrupted; the tick finishes it.
    expect(await recoverInterruptedRuns(app.deps.prisma, app.clock.now())).toBe(1);
    await tracker.tick();
    expect(await deliveriesOf(created.broadcast.id)).toEqual({ rows: ACCOUNTS, chats: ACCOUNTS });
    await tracker.tick();
    expect(await worker.drain(30_000)).toBe(true);
    await tracker.tick();
    expect(await statusOf(created.broadcast.id)).toBe("done");
    const copies = [...telegram.delivered.values(), ...zalo.delivered.values()].map(
      (list) => list.filter((m) => m.text === "Thông báo toàn Đoàn").length,
    );
    expect(copies.filter((n) => n === 1)).toHaveLength(ACCOUNTS);
    expect(copies.every((n) => n <= 1)).toBe(true);
  });

  it("created in the composer's filing transaction: counted with one query, never by reading its audience", async () => {
    const tree = await OrgTree.load(app.deps.prisma);
    const roles = await app.deps.prisma.roleAssignment.findMany({ where: { personId: org.staffId } });
    const scope = scopeOf(org.staffId, roles, tree);
    const calls: string[] = [];
    const after: (() => Promise<void>)[] = [];
    const create = (audience: Parameters<typeof createBroadcast>[1]["audience"]) =>
      app.deps.prisma.$transaction((tx) =>
        createBroadcast(
          { ...app.deps, clock: app.clock },
          { createdById: org.staffId, text: "Thông báo toàn Đoàn", audience },
          scope,
          tree,
          { within: { tx: recording(tx, calls), afterCommit: (run) => after.push(run) } },
        ),
      );
    const created = await create({ kind: "all" });
    if (!created.ok) throw new Error(created.reason);
    expect(created.recipients).toBe(ACCOUNTS);
    expect(calls.filter((c) => c.startsWith("person.") || c.startsWith("platformIdentity."))).toEqual([
      "platformIdentity.count",
    ]);
    for (const run of after) await run();
    // More than one batch: the preparation goes on after the answer (see compose-large.test.ts).
    await app.deps.background.settle();
    expect(await deliveriesOf(created.broadcast.id)).toEqual({ rows: ACCOUNTS, chats: ACCOUNTS });

    // Nobody reached: refused, nothing created.
    expect(await create({ kind: "platform", platform: "terminal" })).toMatchObject({
      ok: false,
      reason: "broadcast-refused-nobody",
    });
    expect(await app.deps.prisma.broadcast.count()).toBe(1);
  });
});

/** The transaction client, recording "model.method" for each call made through it. */
function recording<T extends object>(tx: T, calls: string[]): T {
  return new Proxy(tx, {
    get(target, model) {
      const delegate = Reflect.get(target, model);
      if (typeof model !== "string" || typeof delegate !== "object" || delegate === null) return delegate;
      return new Proxy(delegate, {
        get(d, method) {
          const fn = Reflect.get(d, method);
          if (typeof method !== "string" || typeof fn !== "function") return fn;
          return (...args: unknown[]) => {
            calls.push(`${model}.${method}`);
            return fn.apply(d, args);
          };
        },
      });
    },
  });
}
