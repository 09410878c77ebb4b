import { afterEach, describe, expect, it } from "vitest";
import { buildDocumentOrg } from "../documents/document-fixture.ts";
import { linkAccount } from "../support/app.ts";
import { startTelegramTestApp } from "../support/channels.ts";

/** Issue #17 point 16: a file that fails to send is reported to the person, not only logged. */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("a document that Telegram refuses", () => {
  it("is followed by a message saying the file was not sent", async () => {
    const { app, fake } = await startTelegramTestApp(cleanups);
    const org = await buildDocumentOrg(app);
    const user = { id: 802 };
    await linkAccount(app, { platform: "telegram", externalId: String(user.id) }, org.people.secA1.id);
    fake.fail({ method: "sendDocument", status: 400, description: "Bad Request: file is too big" });
    fake.sendText(user, "/export dvut docx");
    const notice = await fake.waitFor(() => fake.texts(user.id).find((t) => t.includes("chưa gửi được")));
    expect(notice).toContain("Danh sách ĐVUT năm 2026 - Chi đoàn Văn phòng.docx");
    expect(fake.texts(user.id)[0]).toContain("Tệp đính kèm bên dưới");
    expect(fake.messages(user.id).filter((m) => m.method === "sendDocument")).toEqual([]);
  }, 300_000);
});
