import { describe, expect } from "vitest";
import type { IncomingMessage } from "../../src/core/messages.ts";
import { issueLinkCode } from "../../src/modules/linking/linking.ts";
import type { TestApp } from "../support/app.ts";
import { it } from "../support/fixtures.ts";

function update(app: TestApp, text: string, updateId: number, user = "3001"): IncomingMessage {
  return {
    platform: "telegram",
    chatId: user,
    chatType: "private",
    sender: { externalId: user },
    content: { kind: "text", text },
    receivedAt: app.clock.now(),
    updateKey: `bot1:${updateId}`,
  };
}

async function codeForNewPerson(app: TestApp): Promise<string> {
  const unit = await app.deps.prisma.orgUnit.create({ data: { code: "U1", name: "Chi đoàn Sở Tư pháp" } });
  const person = await app.deps.prisma.person.create({ data: { fullName: "Nguyễn Thị Hà", unitId: unit.id } });
  const issued = await issueLinkCode(app.deps.prisma, app.clock, person.id, 72);
  if (!issued.ok) throw new Error("no code");
  return issued.code;
}

describe("an update is processed once its answer has left", () => {
  it.override({ appOptions: { env: { UPDATE_CLAIM_STALE_SECONDS: "60" } } });
  it("refuses a delivery of an update being handled, and one answered gets nothing twice", async ({ app }) => {
    const first = await app.dispatcher.receive(update(app, "/help", 1));
    expect(first.status).toBe("answer");
    // Telegram delivers it again while the replies are still on their way: refused, so it tries again later.
    expect((await app.dispatcher.receive(update(app, "/help", 1))).status).toBe("busy");
    app.dispatcher.answered(first);
    await app.dispatcher.settle();
    expect((await app.dispatcher.receive(update(app, "/help", 1))).status).toBe("done");
    const row = await app.deps.prisma.inboundUpdate.findFirstOrThrow({ where: { updateKey: "bot1:1" } });
    expect(row.processedAt).not.toBeNull();
  });

  it("after a crash between handling and sending, the next delivery sends the same replies, not a new handling", async ({
    app,
  }) => {
    const code = await codeForNewPerson(app);
    const first = await app.dispatcher.receive(update(app, `/start ${code}`, 2));
    expect(first.replies[0]?.text).toContain("Nguyễn Thị Hà");
    // The instance dies here: nothing marked. Before the claim is stale, deliveries are refused…
    app.clock.advance(30_000);
    expect((await app.dispatcher.receive(update(app, `/start ${code}`, 2))).status).toBe("busy");
    // …then the platform's next delivery is answered as the first time, without touching the code again.
    app.clock.advance(60_000);
    const again = await app.dispatcher.receive(update(app, `/start ${code}`, 2));
    expect(again).toMatchObject({ status: "answer", replayed: true });
    expect(again.replies).toEqual(first.replies);
    expect(await app.deps.prisma.linkAttempt.count({ where: { success: false } })).toBe(0);
  });

  it("a reply that could not be sent releases the update: the next delivery takes it at once", async ({ app }) => {
    const first = await app.dispatcher.receive(update(app, "/help", 3));
    await app.dispatcher.release(first);
    const again = await app.dispatcher.receive(update(app, "/help", 3));
    expect(again).toMatchObject({ status: "answer", replayed: true, replies: first.replies });
  });

  it("a /start CODE handled a second time answers as the first time and counts no failed attempt", async ({ app }) => {
    const code = await codeForNewPerson(app);
    const who = { platform: "telegram" as const, externalId: "3002" };
    const first = await app.say(who, `/start ${code}`);
    // The same message handled again (its stored answer was lost with the instance that handled it).
    expect(await app.say(who, `/start ${code}`)).toEqual(first);
    expect(await app.deps.prisma.linkAttempt.count({ where: { success: false } })).toBe(0);
    // Another account with the same code is still refused.
    const other = await app.say({ platform: "telegram", externalId: "3003" }, `/start ${code}`);
    expect(other[0]?.text).not.toEqual(first[0]?.text);
  });
});
