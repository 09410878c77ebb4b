import { afterEach, describe, expect, it } from "vitest";
import { IMAGES_PATH, imageRoute } from "../../../src/http/image-links.ts";
import { type HttpServer, startHttpServer } from "../../../src/http/server.ts";
import { I18n } from "../../../src/i18n/i18n.ts";
import { CHART_FONT_FILES, renderChartPng } from "../../../src/modules/dashboard/chart-render.ts";
import {
  CHART_UNITS_SHOWN,
  CHART_WIDTH,
  type CompletionRow,
  chartHeight,
  chartTexts,
  dashboardChartOption,
  type FunnelStep,
  funnelSeries,
} from "../../../src/modules/dashboard/dashboard-chart.ts";
import { FakeZaloServer } from "../../fakes/zalo-server.ts";
import { createTestApp, linkAccount, type TestApp } from "../../support/app.ts";
import { createZaloTestApp, startTelegramTestApp } from "../../support/channels.ts";
import { fontCodePoints, pngSize } from "../../support/font-cmap.ts";
import { buildOrg, makeDvut } from "../../support/org-fixture.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const i18n = new I18n("vi");
const t = i18n.forLocale("vi");

const steps: FunnelStep[] = [
  { label: t("chart-stage-selected"), value: 120 },
  { label: t("chart-stage-awareness"), value: 64 },
  { label: t("chart-stage-recognized"), value: 31 },
  { label: t("chart-stage-admitted"), value: 12 },
];
const unitNames = [
  "Đoàn cơ sở Trường Cao đẳng Kinh tế - Kỹ thuật",
  "Chi đoàn cơ sở Sở Y tế",
  "Đoàn cơ sở Sở Tư pháp",
  "Đoàn Thanh niên Bệnh viện Đa khoa",
  "Chi đoàn Ủy ban Mặt trận Tổ quốc",
];
const rows: CompletionRow[] = Array.from({ length: CHART_UNITS_SHOWN + 1 }, (_, i) => ({
  name: unitNames[i % unitNames.length] as string,
  filed: i,
  returned: i % 3,
  missing: 10 - i,
}));

describe("the dashboard's chart", () => {
  it("renders the ĐVUT funnel and the reports-by-unit picture as PNGs of the size asked", async () => {
    const funnel = await renderChartPng(
      { backgroundColor: "#fff", series: [funnelSeries(steps, { top: 20, height: 360 })] },
      CHART_WIDTH,
      400,
    );
    expect(pngSize(funnel)).toEqual({ width: CHART_WIDTH, height: 400 });
    const texts = chartTexts(t, "Đoàn Khối Cơ quan và Doanh nghiệp", "4/2026");
    const picture = await renderChartPng(
      dashboardChartOption(texts, steps, rows),
      CHART_WIDTH,
      chartHeight(rows.length),
    );
    expect(pngSize(picture)).toEqual({ width: CHART_WIDTH, height: chartHeight(rows.length) });
    // A picture of a few colours and text: tens of kilobytes, not a blank page and not megabytes.
    expect(picture.length).toBeGreaterThan(20_000);
    expect(picture.length).toBeLessThan(500_000);
  });

  it("draws every character of its Vietnamese labels from the shipped font (no missing glyphs)", async () => {
    for (const file of CHART_FONT_FILES) {
      const covered = fontCodePoints(file);
      // Every vowel with every tone, upper and lower case, đ/Đ, and every text the chart draws, in both languages.
      const vowels = "aăâeêioôơuưy";
      const tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
      const alphabet = [...vowels].flatMap((v) => tones.map((m) => `${v}${m}`.normalize("NFC"))).join("");
      const labels = [
        alphabet,
        alphabet.toUpperCase(),
        "đĐ0123456789…—·%()/",
        ...unitNames,
        ...["vi", "en"].flatMap((lang) => {
          const tr = new I18n("vi").forLocale(lang as "vi");
          return [
            ...Object.values(chartTexts(tr, "Đoàn Khối", "4/2026")),
            tr("chart-stage-selected"),
            tr("chart-stage-awareness"),
            tr("chart-stage-recognized"),
            tr("chart-stage-admitted"),
            tr("chart-others", { count: 12 }),
          ];
        }),
      ];
      const missing = new Set<string>();
      for (const label of labels) {
        for (const ch of label.replace(/[\s\u2068\u2069]/g, "")) {
          if (!covered.has(ch.codePointAt(0) as number)) missing.add(ch);
        }
      }
      expect([...missing], file).toEqual([]);
    }
    // And resvg draws them: a Vietnamese title changes the picture (no system fonts are loaded to fall back on).
    const titled = (text: string) =>
      renderChartPng({ backgroundColor: "#fff", title: { text, textStyle: { fontSize: 30 } } }, 400, 80);
    const blank = await titled("");
    const vietnamese = await titled("Đoàn viên ưu tú");
    const other = await titled("Doan vien uu tu");
    expect(vietnamese.equals(blank)).toBe(false);
    // The marks are drawn too, not dropped: the same letters without them are another picture.
    expect(vietnamese.equals(other)).toBe(false);
  });

  it("on Telegram: /dashboard offers “Xem biểu đồ”; pressing it sends the chart as an uploaded PNG photo", async () => {
    const { app, fake } = await startTelegramTestApp(cleanups);
    const org = await buildOrg(app);
    await makeDvut(app, org.people.an, "2026-03-10");
    const user = { id: 9301 };
    await linkAccount(app, { platform: "telegram", externalId: String(user.id) }, org.people.staff.id);
    fake.sendText(user, "/dashboard");
    const totals = await fake.waitFor(() =>
      fake
        .messages(user.id)
        .find((m) => m.replyMarkup?.inline_keyboard?.some((row) => row.some((b) => b.text === "Xem biểu đồ"))),
    );
    expect(totals.text).toContain("ĐVUT: 1 → 0 → 0 → 0");
    const button = totals.replyMarkup?.inline_keyboard?.flat().find((b) => b.text === "Xem biểu đồ");
    fake.press(user, totals, button?.callback_data as string);
    const photo = await fake.waitFor(() => fake.messages(user.id).find((m) => m.method === "sendPhoto"));
    expect(photo.caption).toBe("Biểu đồ của Đoàn Khối, quý 4/2026: ĐVUT theo giai đoạn và báo cáo quý theo đơn vị.");
    const size = pngSize(photo.photoData as Buffer);
    expect(size.width).toBe(CHART_WIDTH);
    // Đoàn Khối's two units below it, each a bar.
    expect(size.height).toBe(chartHeight(2));
  });

  it("on Zalo, which takes pictures only by URL: not offered; asked anyway, the numbers come as text with a note", async () => {
    const app: TestApp = await createTestApp();
    cleanups.push(() => app.close());
    const org = await buildOrg(app);
    const zalo = { platform: "zalo" as const, externalId: "z-staff" };
    await linkAccount(app, zalo, org.people.staff.id);
    const replies = await app.say(zalo, "/dashboard");
    expect(replies[0]?.choices ?? []).toEqual([]);
    const chart = await app.press(zalo, "dashc:DK");
    expect(chart).toHaveLength(1);
    expect(chart[0]?.image).toBeUndefined();
    expect(chart[0]?.text).toContain("Đoàn Khối: 6 đoàn viên trong 6 đơn vị");
    expect(chart[0]?.text).toContain("Hình ảnh biểu đồ không gửi được qua nền tảng này");
    // A secretary sees only their own units' chart.
    const secB = { platform: "terminal" as const, externalId: "t-secB" };
    expect((await app.press(secB, "dashc:A"))[0]?.text).toContain("không phụ trách");
  });

  it("on Zalo with a public address: the choice is offered, and the chart goes as a photo whose signed link Zalo fetches", async () => {
    const PUBLIC_URL = "https://bot.example.org";
    const fake = await FakeZaloServer.start();
    const { app, channel } = await createZaloTestApp(fake, {
      PUBLIC_URL,
      ZALO_WEBHOOK_SECRET: "zalo-webhook-secret",
      DOCUMENT_LINK_SECRET: "document-link-secret-for-tests",
      IMAGE_LINK_TTL_MINUTES: "15",
    });
    cleanups.push(
      () => app.close(),
      () => fake.close(),
    );
    await channel.start();
    cleanups.push(() => channel.stop());
    const http: HttpServer = await startHttpServer({
      host: "127.0.0.1",
      port: 0,
      db: app.deps.db,
      channels: [channel],
      logger: app.deps.logger,
      prefixRoutes: [{ prefix: IMAGES_PATH, handle: imageRoute(app.deps) }],
    });
    cleanups.push(() => http.close());
    const local = (url: string) => url.replace(PUBLIC_URL, http.url);
    // Zalo fetches the picture at the public address before it answers sendPhoto.
    fake.fetchPhotos(local);
    const org = await buildOrg(app);
    await makeDvut(app, org.people.an, "2026-03-10");
    const user = { id: "z-staff" };
    await linkAccount(app, { platform: "zalo", externalId: user.id }, org.people.staff.id);
    // Posted as Zalo's webhook does. Drawing the first chart can take longer than the webhook waits for replies on a
    // busy machine (the answer is then 503 and the work goes on), so what counts is what reaches the fake server.
    const say = async (text: string) => {
      const res = await fetch(`${http.url}/webhook/zalo`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-bot-api-secret-token": "zalo-webhook-secret" },
        body: JSON.stringify(fake.makeTextUpdate(user, text)),
      });
      expect([200, 503]).toContain(res.status);
    };
    await say("/dashboard");
    await fake.waitForMessages(user.id, 3, 30_000);
    const totals = fake.messages(user.id).find((m) => m.text?.includes("Xem biểu đồ"));
    expect(totals?.text).toContain("ĐVUT: 1 → 0 → 0 → 0");
    const number = /(\d+)\. Xem biểu đồ/.exec(totals?.text ?? "")?.[1] as string;
    expect(number).toBeDefined();
    await say(number);
    const photo = await fake.waitFor(
      () => fake.messages(user.id).find((m) => m.method === "sendPhoto"),
      "the chart's photo",
      120_000,
    );
    expect(fake.photoRefusals).toEqual([]);
    expect(photo.caption).toBe("Biểu đồ của Đoàn Khối, quý 4/2026: ĐVUT theo giai đoạn và báo cáo quý theo đơn vị.");
    // The URL is this service's public address; Zalo got the PNG there.
    expect(photo.photo).toMatch(/^https:\/\/bot\.example\.org\/images\/[0-9a-f-]{36}\.\d+\.[\w-]+\.png$/);
    expect(photo.fetched?.status).toBe(200);
    expect(photo.fetched?.contentType).toBe("image/png");
    expect(pngSize(photo.fetched?.data as Buffer)).toEqual({ width: CHART_WIDTH, height: chartHeight(2) });
    // A link whose signature was tampered with (another picture's id, or a later expiry) is refused.
    const url = local(photo.photo as string);
    const [id, exp, sig] = (url.split(IMAGES_PATH)[1] as string).replace(/\.png$/, "").split(".");
    const later = `${http.url}${IMAGES_PATH}${id}.${Number(exp) + 3_600_000}.${sig}.png`;
    expect((await fetch(later)).status).toBe(403);
    const otherId = `${http.url}${IMAGES_PATH}${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}.${exp}.${sig}.png`;
    expect((await fetch(otherId)).status).toBe(403);
    expect((await fetch(`${http.url}${IMAGES_PATH}${id}.png`)).status).toBe(403);
    // Within the link's life it opens again; after it, refused as expired.
    expect((await fetch(url)).status).toBe(200);
    app.clock.advance(16 * 60_000);
    const expired = await fetch(url);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("hết hạn");
  }, 180_000);
});
