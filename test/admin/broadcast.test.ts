import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { broadcastCommand } from "../../src/modules/broadcasts/broadcast-admin.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { seedBroadcastOrg } from "../support/broadcast-org.ts";

let app: TestApp;
let out: string[];

beforeEach(async () => {
  app = await createTestApp();
  await seedBroadcastOrg(app.deps.prisma);
  out = [];
});
afterEach(async () => {
  await app.close();
});

const admin = (...args: string[]) => broadcastCommand.run(app, args, (line) => out.push(line));

describe("npm run admin -- broadcast", () => {
  it("queues an announcement to a unit and below at a given time", async () => {
    const code = await admin("--text", "Họp BCH", "--audience", "unit:A", "--at", "2026-12-01T08:00+07:00");
    expect(code).toBe(0);
    expect(out[0]).toBe("recipients: 5 (telegram 2, zalo 3); without a chat account: 1");
    const broadcast = await app.deps.prisma.broadcast.findFirstOrThrow();
    expect(broadcast.sendAt.toISOString()).toBe("2026-12-01T01:00:00.000Z");
    expect(await app.deps.prisma.delivery.count({ where: { broadcastId: broadcast.id } })).toBe(5);
  });

  it("previews without queuing on --dry-run", async () => {
    expect(await admin("--text", "x", "--audience", "role:secretary", "--dry-run")).toBe(0);
    expect(out).toEqual([
      "recipients: 2 (telegram 1, zalo 1); without a chat account: 0",
      "read confirmation: not asked",
    ]);
    expect(await app.deps.prisma.broadcast.count()).toBe(0);
  });

  it("asks members to confirm reading with --confirm, and says so before queuing", async () => {
    expect(await admin("--text", "Nộp đoàn phí quý IV", "--audience", "unit:A1", "--confirm")).toBe(0);
    expect(out[1]).toContain("read confirmation: required");
    expect(out[1]).toContain("after 3 days");
    const broadcast = await app.deps.prisma.broadcast.findFirstOrThrow();
    expect(broadcast.requireConfirmation).toBe(true);
    const deliveries = await app.deps.prisma.delivery.findMany({
      include: { message: true },
      where: { broadcastId: broadcast.id },
    });
    expect(deliveries).toHaveLength(2);
    for (const d of deliveries) {
      expect(d.message.payload).toMatchObject({
        choices: [{ value: `ack:${broadcast.id}`, label: "Đã đọc / Xác nhận" }],
      });
    }
  });

  it("explains a usage mistake and exits 2", async () => {
    expect(await admin("--text", "x", "--audience", "unit:NOPE")).toBe(2);
    expect(out.join("\n")).toContain('no unit with code "NOPE"');
    expect(await admin("--audience", "all")).toBe(2);
    expect(out.join("\n")).toContain("--text is required");
    expect(await admin("--nope")).toBe(2);
    expect(await app.deps.prisma.broadcast.count()).toBe(0);
  });
});
