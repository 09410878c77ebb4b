import { afterEach, describe, expect, it } from "vitest";
import { documentRoute } from "../../src/http/document-route.ts";
import { type HttpServer, startHttpServer } from "../../src/http/server.ts";
import type { WebhookChannel } from "../../src/http/webhook.ts";
import { DOCUMENTS_PATH } from "../../src/modules/documents/document-link.ts";
import { signDocumentLink } from "../../src/modules/documents/signed-link.ts";
import { buildDocumentOrg } from "../documents/document-fixture.ts";
import { FakeTelegramServer } from "../fakes/telegram-server.ts";
import { FakeZaloServer } from "../fakes/zalo-server.ts";
import { linkAccount, type TestApp } from "../support/app.ts";
import { createTelegramTestApp, createZaloTestApp } from "../support/channels.ts";
import { docxParagraphs } from "../support/docx.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function started(app: TestApp, channel: WebhookChannel, fake: { close(): Promise<void> }) {
  cleanups.push(
    () => app.close(),
    () => fake.close(),
  );
  await channel.start();
  cleanups.push(() => channel.stop());
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("documents reach Telegram users as files", () => {
  it("a secretary asking on Telegram receives the .docx through sendDocument", async () => {
    const fake = await FakeTelegramServer.start();
    const { app, channel } = await createTelegramTestApp(fake);
    await started(app, channel, fake);
    const org = await buildDocumentOrg(app);
    const user = { id: 801 };
    await linkAccount(app, { platform: "telegram", externalId: String(user.id) }, org.people.secA1.id);
    fake.sendText(user, "/export dvut docx");
    const sent = await fake.waitFor(() => fake.messages(user.id).find((m) => m.method === "sendDocument"));
    expect(fake.texts(user.id)).toContain("Danh sách ĐVUT năm 2026 — 1 dòng. Tệp đính kèm bên dưới.");
    expect(sent.fileName).toBe("Danh sách ĐVUT năm 2026 - Chi đoàn Văn phòng.docx");
    const paragraphs = await docxParagraphs(sent.fileData as Buffer);
    expect(paragraphs).toContain("ĐOÀN TNCS HỒ CHÍ MINH");
    expect(paragraphs).toContain("Nguyễn Thị Hương");
  });
});

describe("documents reach Zalo users as a signed link, or an explanation", () => {
  const SECRET = "document-link-secret-for-tests";
  const PUBLIC_URL = "https://bot.example.org";

  async function zaloWithLinks() {
    const fake = await FakeZaloServer.start();
    const { app, channel } = await createZaloTestApp(fake, {
      PUBLIC_URL,
      ZALO_WEBHOOK_SECRET: "zalo-webhook-secret",
      DOCUMENT_LINK_SECRET: SECRET,
      DOCUMENT_LINK_TTL_MINUTES: "30",
    });
    await started(app, channel, fake);
    const http: HttpServer = await startHttpServer({
      host: "127.0.0.1",
      port: 0,
      db: app.deps.db,
      channels: [channel],
      logger: app.deps.logger,
      prefixRoutes: [{ prefix: DOCUMENTS_PATH, handle: documentRoute(app.deps) }],
    });
    cleanups.push(() => http.close());
    const say = async (user: { id: string }, text: string) => {
      const before = fake.messages(user.id).length;
      const res = await fetch(`${http.url}/webhook/zalo`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-bot-api-secret-token": "zalo-webhook-secret" },
        body: JSON.stringify(fake.makeTextUpdate(user, text)),
      });
      expect(res.status).toBe(200);
      return (await fake.waitForMessages(user.id, before + 1)).at(-1)?.text ?? "";
    };
    /** The link as the bot wrote it, pointed at the test server instead of the public address. */
    const local = (url: string) => url.replace(PUBLIC_URL, http.url);
    return { fake, app, say, local };
  }

  it("the link opens the .docx for the person it was made for, with a UTF-8 file name", async () => {
    const { app, say, local } = await zaloWithLinks();
    const org = await buildDocumentOrg(app);
    const user = { id: "z-801" };
    await linkAccount(app, { platform: "zalo", externalId: user.id }, org.people.secA1.id);
    const text = await say(user, "/export dvut docx");
    expect(text).toMatch(/^Danh sách ĐVUT năm 2026: bấm vào liên kết dưới đây .* có hiệu lực 30 phút\):\n/);
    const url = /https:\/\/bot\.example\.org\/documents\/\S+/.exec(text)?.[0] as string;
    expect(url).toBeDefined();
    const res = await fetch(local(url));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(DOCX);
    const disposition = res.headers.get("content-disposition") ?? "";
    expect(disposition).toContain('filename="Danh sach DVUT nam 2026 - Chi doan Van phong.docx"');
    expect(disposition).toContain(
      `filename*=UTF-8''${encodeURIComponent("Danh sách ĐVUT năm 2026 - Chi đoàn Văn phòng.docx")}`,
    );
    expect(res.headers.get("cache-control")).toContain("no-store");
    const paragraphs = await docxParagraphs(Buffer.from(await res.arrayBuffer()));
    expect(paragraphs).toContain("BCH CHI ĐOÀN VĂN PHÒNG");
    expect(paragraphs).toContain("Nguyễn Thị Hương");
    expect(paragraphs).not.toContain("Lê Văn Cường");
  });

  it("refuses a link made for someone without the right, a forged one, one whose person lost the role, and an expired one", async () => {
    const { app, say, local } = await zaloWithLinks();
    const org = await buildDocumentOrg(app);
    const user = { id: "z-802" };
    await linkAccount(app, { platform: "zalo", externalId: user.id }, org.people.secA1.id);
    const text = await say(user, "/export xeploai 2026 docx");
    const url = local(/https:\/\/bot\.example\.org\/documents\/\S+/.exec(text)?.[0] as string);
    const token = url.slice(url.lastIndexOf("/") + 1);
    const [body = "", signature = ""] = token.split(".");
    const doc = JSON.parse(Buffer.from(body, "base64url").toString("utf8")).doc;
    const base = url.slice(0, url.lastIndexOf("/") + 1);
    const get = async (link: string) => {
      const res = await fetch(link);
      return { status: res.status, text: await res.text() };
    };
    expect((await get(url)).status).toBe(200);

    // The same document, properly signed but for another person: the secretary of unit B may not see chi đoàn A1.
    const exp = app.clock.now().getTime() + 60_000;
    const forB = signDocumentLink({ doc, personId: org.people.secB.id, exp }, SECRET);
    expect(await get(base + forB)).toEqual({
      status: 403,
      text: "Liên kết này không còn dùng được: người nhận không còn quyền xem tài liệu này.",
    });
    const forMember = signDocumentLink({ doc, personId: org.people.an.id, exp }, SECRET);
    expect((await get(base + forMember)).status).toBe(403);

    // Someone rewrites the person in the link: the signature no longer matches.
    const rewritten = Buffer.from(JSON.stringify({ doc, personId: org.people.staff.id, exp })).toString("base64url");
    expect(await get(`${base}${rewritten}.${signature}`)).toEqual({
      status: 403,
      text: "Liên kết không hợp lệ. Đề nghị đồng chí yêu cầu lại tài liệu trong cuộc trò chuyện với bot.",
    });
    expect((await get(`${base}${body}.${signature.slice(0, -2)}AA`)).status).toBe(403);
    expect((await get(`${base}${token}`)).status).toBe(200);

    // Rights are checked when the link is opened, not when it was made.
    const role = await app.deps.prisma.roleAssignment.findFirstOrThrow({ where: { personId: org.people.secA1.id } });
    await app.deps.prisma.roleAssignment.update({ where: { id: role.id }, data: { revokedAt: app.clock.now() } });
    expect((await get(url)).status).toBe(403);
    await app.deps.prisma.roleAssignment.update({ where: { id: role.id }, data: { revokedAt: null } });

    app.clock.advance(30 * 60_000);
    expect(await get(url)).toEqual({
      status: 410,
      text: "Liên kết đã hết hạn. Đề nghị đồng chí yêu cầu lại tài liệu trong cuộc trò chuyện với bot.",
    });
  });

  it("without a public address, a Zalo user is told how to get the file", async () => {
    const fake = await FakeZaloServer.start();
    const { app, channel } = await createZaloTestApp(fake);
    await started(app, channel, fake);
    const org = await buildDocumentOrg(app);
    const user = { id: "z-803" };
    await linkAccount(app, { platform: "zalo", externalId: user.id }, org.people.staff.id);
    fake.sendText(user, "/export baocao 2026-Q4 docx");
    const [reply] = await fake.waitForMessages(user.id, 1);
    expect(reply?.text).toBe(
      "Báo cáo quý của đơn vị 4/2026: Zalo chưa cho phép gửi tệp qua bot. Đề nghị đồng chí gõ lại lệnh này trên Telegram để nhận tệp, hoặc liên hệ cán bộ Đoàn Khối để được gửi.",
    );
    expect(fake.callsOf("sendMessage").some((c) => String(c.text).includes("/documents/"))).toBe(false);
  });
});
