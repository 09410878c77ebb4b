import { afterEach, expect, it } from "vitest";
import type { OutgoingMessage } from "../../../src/core/messages.ts";
import { type ChatAccount, createTestApp, linkAccount, type TestApp } from "../../support/app.ts";
import { account, seedBroadcastOrg } from "../../support/broadcast-org.ts";

let app: TestApp;
afterEach(() => app.close());

const audienceValues = async (who: ChatAccount) => {
  await app.say(who, "/broadcast");
  await app.say(who, "Họp chi đoàn tối thứ Năm.");
  // "1": the photo step's first choice, "Không kèm ảnh".
  const asked = (await app.say(who, "1")).at(-1) as OutgoingMessage;
  // The audiences are those of the chat the draft began in: discard it before the same person starts elsewhere.
  await app.say(who, "/cancel");
  // A flow's button carries the draft's revision, then its action ("~4:v:telegram").
  return (asked.choices ?? []).map((c) => c.value.replace(/^~\d+:/, ""));
};

it("offers the terminal as an audience only to an author writing from it (a capability, not a platform name)", async () => {
  app = await createTestApp();
  const org = await seedBroadcastOrg(app.deps.prisma);
  const onTelegram = account("telegram", 1);
  const onTerminal = { platform: "terminal" as const, externalId: "demo-staff" };
  await linkAccount(app, onTerminal, org.staffId);
  const fromTelegram = await audienceValues(onTelegram);
  expect(fromTelegram).toContain("v:telegram");
  expect(fromTelegram).not.toContain("v:terminal");
  expect(await audienceValues(onTerminal)).toContain("v:terminal");
});
