import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BackgroundWork } from "../../../src/core/background.ts";
import type { OutgoingMessage } from "../../../src/core/messages.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { account, addMembersToB, type BroadcastOrg, seedBroadcastOrg } from "../../support/broadcast-org.ts";

/** Background work that starts only when the test says so: what the answer did not wait for stays visible. */
class HeldBackground extends BackgroundWork {
  readonly held: (() => void)[] = [];
  override run(name: string, work: () => Promise<unknown>): void {
    this.held.push(() => super.run(name, work));
  }
  release(): Promise<void> {
    for (const start of this.held.splice(0)) start();
    return this.settle();
  }
}

// 128 accounts in batches of 50: a broadcast to everyone takes three batches.
const EXTRA = 120;
const staff = account("telegram", 1);
let app: TestApp;
let org: BroadcastOrg;
let background: HeldBackground;

beforeEach(async () => {
  background = new HeldBackground();
  app = await createTestApp({ now: "2026-11-30T01:00:00Z", env: { JOB_BATCH_SIZE: "50" }, background });
  org = await seedBroadcastOrg(app.deps.prisma);
  await addMembersToB(app.deps.prisma, org, EXTRA);
});
afterEach(async () => {
  await app.close();
});

const last = (replies: OutgoingMessage[]) => replies.at(-1) as OutgoingMessage;
const say = async (text: string) => last(await app.say(staff, text));

describe("a broadcast larger than one batch, from the composer", () => {
  it("is confirmed to staff at once and prepared after the answer, each account queued once", async () => {
    await say("/broadcast Họp BCH mở rộng");
    await say("1");
    await say("1");
    await say("1");
    const preview = await say("Không");
    expect(preview.text).toContain("Số tài khoản sẽ nhận: 128");
    expect((await say("1")).text).toContain("Đã xếp lịch gửi thông báo tới 128 tài khoản");
    // The answer did not wait for the preparation: nothing is written yet, and it is held as `preparing`.
    const broadcast = await app.deps.prisma.broadcast.findFirstOrThrow();
    expect(broadcast.status).toBe("preparing");
    expect(await app.deps.prisma.delivery.count({ where: { broadcastId: broadcast.id } })).toBe(0);
    expect(background.held).toHaveLength(1);

    await background.release();
    const after = await app.deps.prisma.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } });
    expect(after.status).toBe("scheduled");
    const rows = await app.deps.prisma.delivery.findMany({ where: { broadcastId: broadcast.id } });
    expect(rows).toHaveLength(128);
    expect(new Set(rows.map((r) => `${r.platform}:${r.chatId}`)).size).toBe(128);
  });

  it("of one batch or less is written before the answer", async () => {
    for (const answer of ["/broadcast Họp chi đoàn A", "1", "2", "A", "1"]) await say(answer);
    const preview = await say("Không");
    expect(preview.text).toContain("Người nhận: Đơn vị A và các đơn vị trực thuộc");
    expect(preview.text).toMatch(/Số tài khoản sẽ nhận: [1-9]\b/);
    await say("1");
    const broadcast = await app.deps.prisma.broadcast.findFirstOrThrow();
    expect(broadcast.status).toBe("scheduled");
    expect(await app.deps.prisma.delivery.count({ where: { broadcastId: broadcast.id } })).toBeGreaterThan(0);
    expect(background.held).toHaveLength(0);
  });
});
