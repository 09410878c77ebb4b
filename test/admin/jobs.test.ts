import { describe, expect } from "vitest";
import { jobsCommand } from "../../src/admin/jobs.ts";
import { morningOf } from "../jobs/org-fixture.ts";
import type { TestApp } from "../support/app.ts";
import { it } from "../support/fixtures.ts";

// Thursday 26/11/2026, 2026-W48

async function admin(app: TestApp, ...args: string[]) {
  const lines: string[] = [];
  const code = await jobsCommand.run(app, args, (line) => lines.push(line));
  return { code, output: lines.join("\n") };
}

describe("npm run admin -- jobs", () => {
  it("lists every job with its schedule, next run and last result", async ({ app, jobsOrg: _org }) => {
    const before = await admin(app);
    expect(before.code).toBe(0);
    for (const name of ["weekly-education", "quarterly-reminders", "holiday-handover", "two-year-rule"]) {
      expect(before.output).toMatch(
        new RegExp(`^${name} {2}\\[[^\\]]+\\] {2}next: \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} {2}last: never run`, "m"),
      );
    }
    await admin(app, "run", "weekly-education");
    expect((await admin(app)).output).toMatch(
      /^weekly-education .*last: 2026-W48 done, 8 message\(s\) at 2026-11-26 09:00$/m,
    );
  });

  it("previews who would receive what, writing nothing", async ({ app, jobsOrg: _org }) => {
    const { code, output } = await admin(app, "preview", "weekly-education", "--period", "2026-W49");
    expect(code).toBe(0);
    expect(output).toContain("weekly-education 2026-W49: 7 recipient(s), 8 message(s); nothing is sent.");
    expect(output).toMatch(/To .*Nguyễn Văn An \(telegram, zalo\)/);
    expect(output).toMatch(/To .*Trần Thị Bình \(telegram\)/);
    expect(output).toMatch(/ {2}\| Các đồng chí đoàn viên thân mến!/);
    expect(output).toMatch(/\[1\] .* → quiz:2026-W49:1/);
    expect(await app.deps.prisma.delivery.count()).toBe(0);
    expect(await app.deps.prisma.jobRun.count()).toBe(0);
    expect(await app.deps.prisma.educationSend.count()).toBe(0);
  });

  it("runs a job once per period unless forced", async ({ app, jobsOrg: _org }) => {
    expect(await admin(app, "run", "weekly-education", "--period", "2026-W48")).toEqual({
      code: 0,
      output: "weekly-education 2026-W48: done, 8 message(s) queued",
    });
    expect((await admin(app, "run", "weekly-education", "--period", "2026-W48")).output).toContain(
      "already done for this period (add --force to run it again)",
    );
    expect((await admin(app, "run", "weekly-education", "--period", "2026-W48", "--force")).output).toMatch(
      /^weekly-education 2026-W48#forced-.*: done, 8 message\(s\) queued$/,
    );
    expect(await app.deps.prisma.delivery.count()).toBe(16);
  });

  it("says when nothing is due today and how to run a given period", async ({ app, jobsOrg: _org }) => {
    app.clock.set(morningOf("2026-11-27")); // not on the reminder rhythm
    const { code, output } = await admin(app, "run", "quarterly-reminders");
    expect(code).toBe(0);
    expect(output).toBe(
      "Nothing is due for quarterly-reminders today. To run it anyway, give a period, e.g. --period 2026-11-27",
    );
    expect(await app.deps.prisma.jobRun.count()).toBe(0);
  });

  it("refuses an unknown job or a malformed period with what it expects", async ({ app, jobsOrg: _org }) => {
    expect(await admin(app, "run", "nope")).toMatchObject({
      code: 2,
      output: expect.stringMatching(/Unknown job "nope"/),
    });
    expect(await admin(app, "preview", "weekly-education", "--period", "2026-13")).toEqual({
      code: 2,
      output: '"2026-13" is not a period of weekly-education: expected the shape of 2026-W48',
    });
  });
});
