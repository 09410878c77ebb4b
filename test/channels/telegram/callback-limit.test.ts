import { describe, expect } from "vitest";
import { seedOrg } from "../../flows/support.ts";
import { linkAccount } from "../../support/app.ts";
import { it } from "../../support/fixtures.ts";

const secretary = { id: 611, firstName: "Em" };

describe("buttons within Telegram's 64-byte callback_data", () => {
  it("shows a secretary's whole /menu as buttons, each within the limit, and a long one still works", async ({
    telegramBot: { app, fake },
  }) => {
    const org = await seedOrg(app.deps.prisma);
    await linkAccount(app, { platform: "telegram", externalId: String(secretary.id) }, org.secretaryId);
    fake.sendText(secretary, "/menu");
    const [menu] = await fake.waitForMessages(secretary.id, 1);
    const buttons = menu?.replyMarkup?.inline_keyboard?.flat() ?? [];
    expect(buttons.length).toBeGreaterThan(3);
    expect(menu?.text).not.toMatch(/^\d+\. /m);
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data ?? "", "utf8"), b.text).toBeLessThanOrEqual(64);
    // "Báo cáo một hoạt động" names its unit by id: too long for callback_data, it travels as its place.
    const activity = buttons.find((b) => b.text.includes("Báo cáo một hoạt động"));
    expect(activity?.callback_data).toMatch(/^[0-9a-f]{8}#\d+$/);
    fake.press(secretary, menu!, activity!.callback_data!);
    const [, question] = await fake.waitForMessages(secretary.id, 2);
    expect(question?.text).toContain("Câu 1/5");

    // A press on the old menu, whose prompt is closed, shows the current question again.
    fake.press(secretary, menu!, activity!.callback_data!);
    const messages = await fake.waitForMessages(secretary.id, 3);
    expect(messages[2]?.text).toContain("đã cũ");
    expect(messages[2]?.text).toContain("Câu 1/5");
    expect(messages[2]?.replyMarkup?.inline_keyboard?.flat().length).toBeGreaterThan(0);
  });
});
