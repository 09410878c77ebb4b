import { describe, expect } from "vitest";
import { renderZalo } from "../../src/channels/zalo/sender.ts";
import { loadConfig } from "../../src/config.ts";
import { fromPayload } from "../../src/core/stored-message.ts";
import { IMAGES_PATH, imageRoute } from "../../src/http/image-links.ts";
import { startHttpServer } from "../../src/http/server.ts";
import { DatabaseRunCoordinator } from "../../src/jobs/coordinator.ts";
import { Scheduler } from "../../src/jobs/scheduler.ts";
import { CHART_WIDTH } from "../../src/modules/dashboard/dashboard-chart.ts";
import { WEEKLY_CHART } from "../../src/modules/dashboard/weekly-chart.ts";
import { allJobs } from "../../src/modules/index.ts";
import { FakeZaloServer } from "../fakes/zalo-server.ts";
import { createZaloTestApp } from "../support/channels.ts";
import { it } from "../support/fixtures.ts";
import { pngSize } from "../support/font-cmap.ts";
import { seedOrg } from "./org-fixture.ts";

// Thursday 26/11/2026 09:00 in Vietnam

describe("the weekly chart to staff", () => {
  it("goes once a week to each staff member: the picture as PNG bytes with a one-line caption; on Zalo as text", async ({
    app,
    jobsOrg: org,
  }) => {
    // A second staff member (an admin) reached on Zalo only.
    const admin = await app.deps.prisma.person.create({
      data: { fullName: "Ngô Thị Hoa", unitId: org.units.root.id, locale: "vi" },
    });
    await app.deps.prisma.roleAssignment.create({ data: { personId: admin.id, role: "admin", unitId: null } });
    await app.deps.prisma.platformIdentity.create({
      data: { platform: "zalo", externalId: "z-hoa", chatId: "z-hoa", personId: admin.id, linkedAt: new Date() },
    });
    const job = allJobs(app.deps.config).find((j) => j.name === WEEKLY_CHART);
    expect(job?.schedule).toBe("30 7 * * 1");
    const scheduler = new Scheduler(app.deps, [job as NonNullable<typeof job>], {
      instance: "i1",
      coordinator: new DatabaseRunCoordinator(app.deps.prisma, "i1", app.clock),
    });
    // Two weeks on the manual clock, as node-cron would wake the scheduler; every fire is tried twice.
    const until = new Date("2026-12-10T00:00:00Z");
    const fired: string[] = [];
    for (let next = scheduler.nextFire(app.clock.now()); next && next.at <= until; next = scheduler.nextFire(next.at)) {
      app.clock.set(next.at);
      for (const j of next.jobs) {
        fired.push((await scheduler.fire(j, next.at))?.status ?? "none");
        await scheduler.fire(j, next.at);
      }
    }
    expect(fired).toEqual(["done", "done"]);
    const rows = await app.deps.prisma.delivery.findMany({
      include: { message: true },
      orderBy: [{ dedupeKey: "asc" }],
    });
    expect(rows.map((r) => r.dedupeKey?.split(":").slice(0, 3).join(":")).sort()).toEqual(
      [
        `${WEEKLY_CHART}:2026-W49:${admin.id}`,
        `${WEEKLY_CHART}:2026-W49:${org.people.staff.id}`,
        `${WEEKLY_CHART}:2026-W50:${admin.id}`,
        `${WEEKLY_CHART}:2026-W50:${org.people.staff.id}`,
      ].sort(),
    );
    const telegram = rows.find((r) => r.personId === org.people.staff.id);
    const message = fromPayload(telegram?.message.payload);
    expect(message?.text).toBe(
      "Tổng hợp tuần 2026-W49 của Đoàn Khối: 0/2 đơn vị đã nộp báo cáo quý 4/2026; ĐVUT: 2 → 0 → 0 → 0.",
    );
    expect(pngSize(message?.image?.data as Buffer).width).toBe(CHART_WIDTH);
    // Zalo shows no uploaded picture: the caption, then the numbers and a note.
    const zalo = rows.find((r) => r.personId === admin.id);
    const zaloText = renderZalo(fromPayload(zalo?.message.payload) ?? { text: "" })
      .map((s) => (s.kind === "text" ? s.text : ""))
      .join("\n");
    expect(zaloText).toContain("Tổng hợp tuần 2026-W49 của Đoàn Khối");
    expect(zaloText).toContain("ĐVUT: 2 → 0 → 0 → 0");
    expect(zaloText).toContain("Hình ảnh biểu đồ không gửi được qua nền tảng này");
  });

  it("can be turned off", () => {
    const config = loadConfig({ NODE_ENV: "test", DASHBOARD_CHART_WEEKLY: "false" });
    expect(allJobs(config).map((j) => j.name)).not.toContain(WEEKLY_CHART);
    expect(allJobs(loadConfig({ NODE_ENV: "test" })).map((j) => j.name)).toContain(WEEKLY_CHART);
  });

  it("on Zalo with a public address: sent hours later, the picture goes as a photo whose fresh signed link gives the PNG", async () => {
    const PUBLIC_URL = "https://bot.example.org";
    const fake = await FakeZaloServer.start();
    const { app: zaloApp, channel } = await createZaloTestApp(fake, {
      PUBLIC_URL,
      ZALO_WEBHOOK_SECRET: "zalo-webhook-secret",
      DOCUMENT_LINK_SECRET: "document-link-secret-for-tests",
      IMAGE_LINK_TTL_MINUTES: "15",
    });
    const http = await startHttpServer({
      host: "127.0.0.1",
      port: 0,
      db: zaloApp.deps.db,
      channels: [],
      logger: zaloApp.deps.logger,
      prefixRoutes: [{ prefix: IMAGES_PATH, handle: imageRoute(zaloApp.deps) }],
    });
    try {
      fake.fetchPhotos((url) => url.replace(PUBLIC_URL, http.url));
      const zaloOrg = await seedOrg(zaloApp.deps);
      await zaloApp.deps.prisma.platformIdentity.create({
        data: {
          platform: "zalo",
          externalId: "z-staff",
          chatId: "z-staff",
          personId: zaloOrg.people.staff.id,
          linkedAt: zaloApp.clock.now(),
        },
      });
      const job = allJobs(zaloApp.deps.config).find((j) => j.name === WEEKLY_CHART);
      const scheduler = new Scheduler(zaloApp.deps, [job as NonNullable<typeof job>], {
        instance: "i1",
        coordinator: new DatabaseRunCoordinator(zaloApp.deps.prisma, "i1", zaloApp.clock),
      });
      const fire = scheduler.nextFire(zaloApp.clock.now());
      if (!fire) throw new Error("no weekly fire");
      zaloApp.clock.set(fire.at);
      expect((await scheduler.fire(fire.jobs[0] as NonNullable<typeof job>, fire.at))?.status).toBe("done");
      const row = await zaloApp.deps.prisma.delivery.findFirstOrThrow({
        include: { message: true },
        where: { platform: "zalo", chatId: "z-staff" },
      });
      // The outbox sends it three hours later: the link is made then, and works then.
      zaloApp.clock.advance(3 * 3_600_000);
      const message = fromPayload(row.message.payload);
      if (!message || !channel.sender) throw new Error("no message or sender");
      const result = await channel.sender.send("z-staff", message);
      expect(result.ok).toBe(true);
      expect(fake.photoRefusals).toEqual([]);
      const [photo] = fake.messages("z-staff");
      expect(photo?.method).toBe("sendPhoto");
      expect(photo?.caption).toContain("của Đoàn Khối");
      expect(photo?.photo?.startsWith(`${PUBLIC_URL}${IMAGES_PATH}`)).toBe(true);
      expect(pngSize(photo?.fetched?.data as Buffer).width).toBe(CHART_WIDTH);
      // When Zalo cannot fetch the picture (this service unreachable from it), the same facts go as text.
      fake.fetchPhotos(() => `${http.url}/nothing-here`);
      expect((await channel.sender.send("z-staff", message)).ok).toBe(true);
      expect(fake.photoRefusals).toHaveLength(1);
      const fallback = fake.messages("z-staff").at(-1);
      expect(fallback?.method).toBe("sendMessage");
      expect(fallback?.text).toContain("của Đoàn Khối");
      expect(fallback?.text).toContain("Hình ảnh biểu đồ không gửi được qua nền tảng này");
    } finally {
      await http.close();
      await zaloApp.close();
      await fake.close();
    }
  }, 180_000);
});
