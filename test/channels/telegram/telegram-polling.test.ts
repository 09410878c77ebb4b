import { describe, expect } from "vitest";
import { it } from "../../support/fixtures.ts";

const anna = { id: 501, firstName: "Anna" };

describe("telegram channel (long polling)", () => {
  it("answers a command and registers the command menu in both languages", async ({ telegramBot: { fake } }) => {
    fake.sendText(anna, "/help");
    const [reply] = await fake.waitForMessages(anna.id, 1);
    expect(reply?.text).toContain("/lang");
    expect(fake.callsOf("deleteWebhook")).toHaveLength(1);
    expect(fake.commands.get("vi")?.map((c) => c.command)).toEqual(expect.arrayContaining(["start", "help", "lang"]));
    expect(fake.commands.get("en")?.find((c) => c.command === "help")?.description).toBe("Commands you can use");
    expect(fake.commands.get("vi")?.find((c) => c.command === "help")?.description).toBe("Các lệnh đồng chí dùng được");
  });

  it("shows choices as buttons, takes the buttons off when one is pressed, and answers a stale press politely", async ({
    telegramBot: { fake },
  }) => {
    fake.sendText(anna, "/lang");
    const [menu] = await fake.waitForMessages(anna.id, 1);
    const buttons = menu?.replyMarkup?.inline_keyboard?.flat() ?? [];
    expect(buttons.map((b) => b.text)).toEqual(["Tiếng Việt", "English"]);
    fake.press(anna, menu!, buttons[1]!.callback_data!);
    const after = await fake.waitForMessages(anna.id, 2);
    expect(after[1]?.text).toBe("Switched to English.");
    expect(menu?.edited).toBe(true);
    expect(menu?.replyMarkup?.inline_keyboard).toBeUndefined();
    expect(fake.callsOf("answerCallbackQuery")).toHaveLength(1);

    // A press on an old prompt whose value is not an action is recognised as stale.
    fake.press(anna, menu!, `${"deadbeef"}|something`);
    const last = await fake.waitForMessages(anna.id, 3);
    expect(last[2]?.text).toBe("That choice is out of date. Please answer the latest question below.");
  });

  it("handles updates of one chat in order", async ({ telegramBot: { fake } }) => {
    for (const text of ["/lang en", "/help", "/lang vi", "/help"]) fake.sendText(anna, text);
    const messages = await fake.waitForMessages(anna.id, 4);
    expect(messages[0]?.text).toBe("Switched to English.");
    expect(messages[1]?.text).toContain("commands you can use");
    expect(messages[2]?.text).toBe("Đã chuyển sang Tiếng Việt.");
    expect(messages[3]?.text).toContain("Các lệnh dùng được");
  });

  it("links by the person's own shared contact and takes the contact button away", async ({
    telegramBot: { app, fake },
  }) => {
    const unit = await app.deps.prisma.orgUnit.create({ data: { code: "U1", name: "Chi đoàn 1" } });
    await app.deps.prisma.person.create({ data: { fullName: "Lê Thu Trang", unitId: unit.id, phone: "0903.111.222" } });
    fake.sendText(anna, "/start");
    const [welcome] = await fake.waitForMessages(anna.id, 2);
    expect(welcome?.replyMarkup?.keyboard?.[0]?.[0]).toMatchObject({ request_contact: true });
    fake.shareContact(anna, "+84 903 111 222");
    const [, , linked] = await fake.waitForMessages(anna.id, 3);
    expect(linked?.text).toContain("Lê Thu Trang");
    expect(linked?.replyMarkup?.remove_keyboard).toBe(true);
  });

  it("stops polling and lets the handled updates be confirmed", async ({ telegramBot: { fake, channel } }) => {
    fake.sendText(anna, "/help");
    await fake.waitForMessages(anna.id, 1);
    await channel.stop();
    expect(channel.isRunning()).toBe(false);
  });
});

describe("telegram rendering", () => {
  it("keeps every button when a value does not fit in callback_data: the long one carries its place", async () => {
    const { renderTelegram } = await import("../../../src/channels/telegram/render.ts");
    const steps = renderTelegram({
      text: "Chọn",
      promptId: "abcd1234",
      choices: [
        { value: "x:short", label: "Ngắn" },
        { value: `x:${"y".repeat(80)}`, label: "Dài" },
      ],
    });
    expect(steps).toEqual([
      {
        kind: "text",
        text: "Chọn",
        markup: {
          inline_keyboard: [
            [{ text: "Ngắn", callback_data: "abcd1234|x:short" }],
            [{ text: "Dài", callback_data: "abcd1234#1" }],
          ],
        },
      },
    ]);
  });
});
