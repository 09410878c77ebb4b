import { describe, expect } from "vitest";
import type { FakeTelegramServer, SentTelegramMessage } from "../fakes/telegram-server.ts";
import type { FakeZaloServer } from "../fakes/zalo-server.ts";
import { seedOrg } from "../flows/support.ts";
import { linkAccount } from "../support/app.ts";
import { it } from "../support/fixtures.ts";

const tgUser = { id: 901 };
const zaloUser = { id: "z-901" };

/** Sends on Zalo and returns the text of the next message the bot sends back. */
async function zaloSay(zalo: FakeZaloServer, text: string): Promise<string> {
  const before = zalo.texts(zaloUser.id).length;
  zalo.sendText(zaloUser, text);
  const messages = await zalo.waitForMessages(zaloUser.id, before + 1);
  return messages.at(-1)?.text ?? "";
}

async function telegramNext(telegram: FakeTelegramServer, after: number): Promise<SentTelegramMessage> {
  const messages = await telegram.waitForMessages(tgUser.id, after + 1);
  return messages.at(-1) as SentTelegramMessage;
}

function button(message: SentTelegramMessage, label: string): string {
  const found = message.replyMarkup?.inline_keyboard?.flat().find((b) => b.text.includes(label));
  if (!found?.callback_data) throw new Error(`no button "${label}" in: ${message.text}`);
  return found.callback_data;
}

describe("one draft on both platforms, through the fake servers", () => {
  it("starts an activity report on Zalo by numbers, finishes it on Telegram by buttons, refuses a stale Zalo answer and stores one report", async ({
    platforms: { app, telegram, zalo },
  }) => {
    const org = await seedOrg(app.deps.prisma);
    await linkAccount(app, { platform: "telegram", externalId: String(tgUser.id) }, org.secretaryId);
    await linkAccount(app, { platform: "zalo", externalId: zaloUser.id }, org.secretaryId);

    // Zalo has no buttons: the menu is a numbered list, answered by its number.
    const menu = await zaloSay(zalo, "/menu");
    const line = menu.split("\n").find((l) => l.includes("Báo cáo một hoạt động"));
    const number = line?.match(/^(\d+)\./)?.[1];
    expect(number, menu).toBeDefined();
    expect(await zaloSay(zalo, number as string)).toContain("Câu 1/5");
    expect(await zaloSay(zalo, "Sinh hoạt chính trị")).toContain("Câu 2/5");
    expect(await zaloSay(zalo, "20/11/2026")).toContain("Câu 3/5");

    // The same person writes on Telegram: the draft continues there at the same step.
    let count = telegram.texts(tgUser.id).length;
    telegram.sendText(tgUser, "tiếp");
    let prompt = await telegramNext(telegram, count);
    expect(prompt.text).toContain("Đồng chí đang làm dở bản này ở một cuộc trò chuyện khác");
    expect(prompt.text).toContain("Câu 3/5");
    count = telegram.texts(tgUser.id).length;
    telegram.press(tgUser, prompt, button(prompt, "Pháp luật"));
    prompt = await telegramNext(telegram, count);
    count = telegram.texts(tgUser.id).length;
    telegram.press(tgUser, prompt, button(prompt, "Xong"));
    prompt = await telegramNext(telegram, count);
    expect(prompt.text).toContain("Câu 4/5");
    count = telegram.texts(tgUser.id).length;
    telegram.sendText(tgUser, "35");
    prompt = await telegramNext(telegram, count);
    count = telegram.texts(tgUser.id).length;
    telegram.sendText(tgUser, "Sinh hoạt chuyên đề về Hiến pháp và pháp luật cho đoàn viên trẻ");
    prompt = await telegramNext(telegram, count);
    expect(prompt.text).toContain("35");

    // A late answer typed on Zalo to the question it last saw is refused, and nothing changes.
    expect(await zaloSay(zalo, "1")).toContain("thuộc một câu hỏi cũ");

    count = telegram.texts(tgUser.id).length;
    telegram.press(tgUser, prompt, button(prompt, "Gửi"));
    await telegramNext(telegram, count);
    const reports = await app.deps.prisma.report.findMany({ where: { kind: "activity" } });
    expect(reports).toHaveLength(1);
    const data = reports[0]?.data as { answers: Record<string, unknown> } | undefined;
    expect(data?.answers).toMatchObject({
      type: "political_study",
      date: "2026-11-20",
      topics: ["law"],
      participants: 35,
    });
  });
});
