import { describe, expect } from "vitest";
import { renderZalo } from "../../src/channels/zalo/sender.ts";
import { loadConfig } from "../../src/config.ts";
import { fromPayload } from "../../src/core/stored-message.ts";
import { DatabaseRunCoordinator } from "../../src/jobs/coordinator.ts";
import { Scheduler } from "../../src/jobs/scheduler.ts";
import { CHART_WIDTH } from "../../src/modules/dashboard/dashboard-chart.ts";
import { WEEKLY_CHART } from "../../src/modules/dashboard/weekly-chart.ts";
import { allJobs } from "../../src/modules/index.ts";
import { it } from "../support/fixtures.ts";
import { pngSize } from "../support/font-cmap.ts";

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
    const rows = await app.deps.prisma.delivery.findMany({ orderBy: [{ dedupeKey: "asc" }] });
    expect(rows.map((r) => r.dedupeKey?.split(":").slice(0, 3).join(":")).sort()).toEqual(
      [
        `${WEEKLY_CHART}:2026-W49:${admin.id}`,
        `${WEEKLY_CHART}:2026-W49:${org.people.staff.id}`,
        `${WEEKLY_CHART}:2026-W50:${admin.id}`,
        `${WEEKLY_CHART}:2026-W50:${org.people.staff.id}`,
      ].sort(),
    );
    const telegram = rows.find((r) => r.personId === org.people.staff.id);
    const message = fromPayload(telegram?.payload);
    expect(message?.text).toBe(
      "Tổng hợp tuần 2026-W49 của Đoàn Khối: 0/2 đơn vị đã nộp báo cáo quý 4/2026; ĐVUT: 2 → 0 → 0 → 0.",
    );
    expect(pngSize(message?.image?.data as Buffer).width).toBe(CHART_WIDTH);
    // Zalo shows no uploaded picture: the caption, then the numbers and a note.
    const zalo = rows.find((r) => r.personId === admin.id);
    const zaloText = renderZalo(fromPayload(zalo?.payload) ?? { text: "" })
      .map((s) => (s.kind === "text" ? s.text : ""))
      .join("\n");
    expect(zaloText).toContain("Tổng hợp tuần 2026-W49 của Đoàn Khối");
    expect(zaloText).toContain("ĐVUT: 2 → 0 → 0 → 0");
    expect(zaloText).toContain("Nền tảng này không nhận hình ảnh từ hệ thống");
  });

  it("can be turned off", () => {
    const config = loadConfig({ NODE_ENV: "test", DASHBOARD_CHART_WEEKLY: "false" });
    expect(allJobs(config).map((j) => j.name)).not.toContain(WEEKLY_CHART);
    expect(allJobs(loadConfig({ NODE_ENV: "test" })).map((j) => j.name)).toContain(WEEKLY_CHART);
  });
});
