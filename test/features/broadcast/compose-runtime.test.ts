import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect } from "vitest";
import { type App, createApp } from "../../../src/app.ts";
import { ManualClock } from "../../../src/clock.ts";
import { loadConfig } from "../../../src/config.ts";
import type { OutgoingMessage } from "../../../src/core/messages.ts";
import { openDatabase } from "../../../src/db/database.ts";
import { createLogger } from "../../../src/logger.ts";
import { account, seedBroadcastOrg } from "../../support/broadcast-org.ts";
import { it } from "../../support/fixtures.ts";

/** The composer is a flow of the dialogue runtime: /back, changes from the preview and restarts come from it. */
let dir: string;
const staff = account("telegram", 1);
const clock = new ManualClock("2026-11-26T02:00:00Z");

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "doanbot-compose-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function open(): Promise<App> {
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", FLOOD_MAX_MESSAGES: "1000" });
  const db = await openDatabase({ kind: "pglite", dataDir: join(dir, "pglite") });
  return createApp(config, createLogger({ level: "silent", pretty: false }), { clock, db });
}

const send = (app: App, content: { kind: "text"; text: string } | { kind: "choice"; value: string }) =>
  app.dispatcher.handle({
    platform: staff.platform,
    chatId: staff.externalId,
    chatType: "private",
    sender: { externalId: staff.externalId },
    content,
    receivedAt: clock.now(),
  });
const last = (replies: OutgoingMessage[]) => replies.at(-1) as OutgoingMessage;
const say = async (app: App, text: string) => last(await send(app, { kind: "text", text }));
const tap = async (app: App, screen: OutgoingMessage, label: string) => {
  const choice = screen.choices?.find((c) => c.label.startsWith(label));
  if (!choice) throw new Error(`no choice "${label}" in ${JSON.stringify(screen.choices)}`);
  return last(await send(app, { kind: "choice", value: choice.value }));
};

describe("the broadcast composer as a flow", () => {
  // Two processes on a data folder each migrate and open it: slow on a busy machine.
  it("goes back, changes the audience from the preview, and is sent after a restart", {
    timeout: 300_000,
  }, async () => {
    const before = await open();
    await seedBroadcastOrg(before.deps.prisma);
    expect((await say(before, "/broadcast Họp BCH mở rộng")).text).toContain("kèm ảnh");
    // /back from the photo: the text given with the command is there to keep.
    const back = await say(before, "/back");
    expect(back.text).toContain("Soạn thông báo mới");
    expect(back.text).toContain("Đang trả lời: Họp BCH mở rộng");
    expect((await tap(before, back, "Giữ nguyên")).text).toContain("kèm ảnh");
    await say(before, "1");
    await say(before, "1");
    expect((await say(before, "26/11/2026 08:00")).text).toContain("Thời điểm này đã qua");
    await say(before, "28/11/2026 07:30");
    let preview = await say(before, "Không");
    expect(preview.text).toContain("Người nhận: Tất cả đoàn viên");
    expect(preview.text).toContain("Số tài khoản sẽ nhận: 8");
    expect(preview.text).toContain("07:30 28/11/2026");
    expect(preview.choices?.map((c) => c.label)).toEqual([
      "Gửi",
      "Sửa mục “Nội dung”",
      "Sửa mục “Ảnh kèm theo”",
      "Sửa mục “Người nhận”",
      "Sửa mục “Thời điểm gửi”",
      "Sửa mục “Yêu cầu xác nhận đã đọc”",
      "Hủy bản này",
    ]);
    // Changing the audience to one unit asks for the unit, then comes back to the preview.
    const audience = await tap(before, preview, "Sửa mục “Người nhận”");
    const unit = await tap(before, audience, "Một đơn vị");
    expect(unit.text).toContain("gõ mã đơn vị");
    preview = await say(before, "A1");
    expect(preview.text).toContain("Người nhận: Đơn vị A1 và các đơn vị trực thuộc");
    expect(preview.text).toContain("Số tài khoản sẽ nhận: 2");
    await before.close();

    // A new process on the same database: the draft is where it was, and "1" sends it.
    const after = await open();
    expect((await say(after, "/broadcast")).text).toContain("Đơn vị A1 và các đơn vị trực thuộc");
    expect((await say(after, "1")).text).toContain("Đã xếp lịch gửi thông báo tới 2 tài khoản");
    const broadcast = await after.deps.prisma.broadcast.findFirstOrThrow();
    expect(broadcast).toMatchObject({
      text: "Họp BCH mở rộng",
      photoUrl: null,
      requireConfirmation: false,
      sendAt: new Date("2026-11-28T00:30:00Z"),
      originPlatform: "telegram",
    });
    expect(broadcast.audience).toMatchObject({ kind: "unit" });
    expect(await after.deps.prisma.delivery.count()).toBe(2);
    // Sent once: the old preview's button files nothing more.
    expect((await tap(after, preview, "Gửi")).text).not.toContain("Đã xếp lịch");
    expect(await after.deps.prisma.broadcast.count()).toBe(1);
    await after.close();
  });

  it("is discarded with /cancel, and its draft is gone", async ({ app, broadcastOrg: _org }) => {
    await say(app, "/broadcast");
    await say(app, "Thông báo nháp");
    expect((await say(app, "/cancel")).text).toContain("Đã hủy bản đang làm");
    expect((await say(app, "xin chào")).text).toContain("Hệ thống chưa nhận diện được");
    expect(await app.deps.prisma.broadcast.count()).toBe(0);
  });
});
