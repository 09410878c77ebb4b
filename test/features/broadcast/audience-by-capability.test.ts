import { afterEach, expect, it } from "vitest";
import type { OutgoingMessage } from "../../../src/core/messages.ts";
import { type ChatAccount, createTestApp, linkAccount, type TestApp } from "../../support/app.ts";
import { account, seedBroadcastOrg } from "../../support/broadcast-org.ts";

let app: TestApp;
afterEach(() => app.close());

const audienceValues = async (who: ChatAccount) => {
  await app.say(who, "/broadcast");
  await app.say(who, "Họp chi đoàn tối thứ Năm.");
  const asked = (await app.press(who, "bcc:nophoto")).at(-1) as OutgoingMessage;
  return (asked.choices ?? []).map((c) => c.value);
};

it("offers the terminal as an audience only to an author writing from it (a capability, not a platform name)", async () => {
  app = await createTestApp();
  const org = await seedBroadcastOrg(app.deps.prisma);
  const onTelegram = account("telegram", 1);
  const onTerminal = { platform: "terminal" as const, externalId: "demo-staff" };
  await linkAccount(app, onTerminal, org.staffId);
  const fromTelegram = await audienceValues(onTelegram);
  expect(fromTelegram).toContain("bcc:aud:telegram");
  expect(fromTelegram).not.toContain("bcc:aud:terminal");
  expect(await audienceValues(onTerminal)).toContain("bcc:aud:terminal");
});
