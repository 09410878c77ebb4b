import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { ManualClock } from "../../src/clock.ts";
import { loadConfig } from "../../src/config.ts";
import { openPgliteDatabase } from "../../src/db/database.ts";
import { createLogger } from "../../src/logger.ts";
import { earlierDatabase } from "../support/earlier-database.ts";

describe("the one-dialogue-runtime migration", () => {
  it("cancels the drafts of the old composer and registration, and the bot answers their authors as before", async () => {
    // The database as it was before: every migration but this one, with a draft of each old runtime in flight.
    const client = await earlierDatabase((name) => name !== "20261201010000_one_dialogue_runtime");
    await client.exec(`
      INSERT INTO "OrgUnit" (id, code, name, "updatedAt") VALUES ('u', 'U', 'Chi đoàn', now());
      INSERT INTO "Conversation" (id, "ownerKey", "flowId", status, "stateVersion", state, "updatedAt") VALUES
        ('old-bc', 'broadcast:p:someone', 'broadcast', 'active', 1, '{"step": "audience", "text": "Họp"}', now()),
        ('old-reg', 'c:zalo:z-1', 'link-registration', 'active', 1, '{"step": "dob", "fullName": "Lê Văn Tám"}', now()),
        ('report', 'p:someone', 'dvut-remark', 'active', 1, '{}', now());
    `);
    const db = await openPgliteDatabase(client);
    const clock = new ManualClock("2026-12-01T02:00:00Z");
    const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent" });
    const app = await createApp(config, createLogger({ level: "silent", pretty: false }), { clock, db });
    try {
      const rows = await db.prisma.conversation.findMany({ orderBy: { id: "asc" } });
      expect(rows.map((r) => [r.id, r.status])).toEqual([
        ["old-bc", "cancelled"],
        ["old-reg", "cancelled"],
        // A report draft of the dialogue runtime is not touched.
        ["report", "active"],
      ]);
      // The stranger who was half-way through registering: a date is not taken as an answer, nothing breaks.
      const replies = await app.dispatcher.handle({
        platform: "zalo",
        chatId: "z-1",
        chatType: "private",
        sender: { externalId: "z-1" },
        content: { kind: "text", text: "12/12/2000" },
        receivedAt: clock.now(),
      });
      expect(replies.map((r) => r.text).join("\n")).toContain("Hệ thống chưa nhận diện được nội dung tin nhắn");
    } finally {
      await app.close();
    }
  });
});
