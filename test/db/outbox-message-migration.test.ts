import { describe, expect, it } from "vitest";
import { openPgliteDatabase } from "../../src/db/database.ts";
import { earlierDatabase } from "../support/earlier-database.ts";

describe("moving the queued messages out of the deliveries", () => {
  it("keeps every delivery's content, one stored message per distinct payload, and a broadcast's rows unique", async () => {
    // The database as the release before made it, with messages queued and sent.
    const client = await earlierDatabase((name) => name < "20261204000000_outbox_message");
    await client.exec(`
      INSERT INTO "OrgUnit" ("id", "code", "name", "updatedAt") VALUES ('u', 'U', 'Chi đoàn U', now());
      INSERT INTO "Person" ("id", "fullName", "unitId", "updatedAt") VALUES ('p', 'Lê Thị Hoa', 'u', now());
      INSERT INTO "Broadcast" ("id", "createdById", "text", "audience") VALUES ('b', 'p', 'Họp', '{"kind":"all"}');
      INSERT INTO "Delivery" ("id", "platform", "chatId", "payload", "dedupeKey", "broadcastId", "status") VALUES
        ('d1', 'telegram', '1', '{"text":"Bài tuần 48"}', 'weekly-education:2026-W48:p', NULL, 'sent'),
        ('d2', 'zalo', '2', '{"text":"Bài tuần 48"}', 'weekly-education:2026-W48:q', NULL, 'pending'),
        ('d3', 'zalo', '2', '{"text":"Họp"}', NULL, 'b', 'pending');
      INSERT INTO "EducationSend" ("id", "week", "itemId", "personId", "quizAnswer") VALUES ('e', '2026-W48', 'w48', 'p', 2);
    `);
    const db = await openPgliteDatabase(client);
    try {
      const rows = await db.prisma.delivery.findMany({ include: { message: true }, orderBy: { id: "asc" } });
      expect(rows.map((r) => [r.id, r.message.payload, r.dedupeKey, r.status])).toEqual([
        ["d1", { text: "Bài tuần 48" }, "weekly-education:2026-W48:p", "sent"],
        ["d2", { text: "Bài tuần 48" }, "weekly-education:2026-W48:q", "pending"],
        ["d3", { text: "Họp" }, "broadcast:b:zalo:2", "pending"],
      ]);
      expect(await db.prisma.outboxMessage.count()).toBe(2);
      expect(await db.prisma.educationSend.findMany()).toEqual([
        expect.objectContaining({ week: "2026-W48", personId: "p", itemId: "w48", quizAnswer: 2 }),
      ]);
    } finally {
      await db.close();
    }
  });
});
