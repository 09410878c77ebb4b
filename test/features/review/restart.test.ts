import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type App, createApp } from "../../../src/app.ts";
import { ManualClock } from "../../../src/clock.ts";
import { loadConfig } from "../../../src/config.ts";
import type { IncomingMessage } from "../../../src/core/messages.ts";
import { openDatabase } from "../../../src/db/database.ts";
import { createLogger } from "../../../src/logger.ts";
import { last, tap } from "../../flows/support.ts";
import type { ChatAccount } from "../../support/app.ts";
import { blockSecretary, fileUnitReport, seedReviewOrg } from "./support.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "doanbot-review-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The app as a new process would start it, on the same embedded database, with say/press. */
async function open(clock: ManualClock) {
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", FLOOD_MAX_MESSAGES: "1000" });
  const db = await openDatabase({ kind: "pglite", dataDir: join(dir, "pglite") });
  const app: App = await createApp(config, createLogger({ level: "silent", pretty: false }), { clock, db });
  const send = (who: ChatAccount, content: IncomingMessage["content"]) =>
    app.dispatcher.handle({
      platform: who.platform,
      chatId: who.externalId,
      chatType: "private",
      sender: { externalId: who.externalId },
      content,
      receivedAt: clock.now(),
    });
  return Object.assign(app, {
    say: (who: ChatAccount, text: string) => send(who, { kind: "text", text }),
    press: (who: ChatAccount, value: string, promptId?: string) => send(who, { kind: "choice", value, promptId }),
  });
}

describe("a return in progress", () => {
  // A new data folder on disk is created by a child process (initdb): tens of seconds on a busy two-core machine.
  it("continues at the same comment in a new process on the same database", { timeout: 180_000 }, async () => {
    const clock = new ManualClock("2026-11-26T02:00:00Z");
    const before = await open(clock);
    const org = await seedReviewOrg(before);
    const reportId = await fileUnitReport(before, org);
    let r = await before.press(blockSecretary, `review:return:${reportId}`);
    r = await tap(before, blockSecretary, r, "Buổi sinh hoạt chính trị");
    r = await tap(before, blockSecretary, r, "Khó khăn");
    r = await tap(before, blockSecretary, r, "Xong");
    r = await before.say(blockSecretary, "Số buổi chưa khớp biên bản");
    expect(last(r).text).toContain("Góp ý cho mục “Khó khăn”");
    await before.close();

    const after = await open(clock);
    r = await after.say(blockSecretary, "Nêu rõ khó khăn");
    expect(last(r).text).toContain("Góp ý “Buổi sinh hoạt chính trị”: Số buổi chưa khớp biên bản");
    r = await tap(after, blockSecretary, r, "Gửi");
    expect(last(r).text).toContain("Đã trả lại");
    const review = await after.deps.prisma.reportReview.findFirstOrThrow({ where: { reportId } });
    expect(review.comments).toEqual({ education: "Số buổi chưa khớp biên bản", difficulties: "Nêu rõ khó khăn" });
    await after.close();
  });
});
