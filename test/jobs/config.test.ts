import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "../..");

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("job configuration", () => {
  it("has working defaults: Monday 08:00 education, daily checks, the four handover holidays", () => {
    const config = loadConfig({});
    expect(config.CRON_WEEKLY_EDUCATION).toBe("0 8 * * 1");
    expect(config.HANDOVER_HOLIDAYS).toEqual([
      { day: 3, month: 2, year: 1930, name: "Ngày thành lập Đảng Cộng sản Việt Nam" },
      { day: 26, month: 3, year: 1931, name: "Ngày thành lập Đoàn TNCS Hồ Chí Minh" },
      { day: 19, month: 5, year: 1890, name: "Ngày sinh Chủ tịch Hồ Chí Minh" },
      { day: 2, month: 9, year: 1945, name: "Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam" },
    ]);
    expect(config.JOBS_ENABLED).toBe(true);
  });

  it("refuses invalid cron expressions, naming the variable, the field and an example", () => {
    const problems = problemsOf({
      CRON_WEEKLY_EDUCATION: "0 8 * * 8",
      CRON_QUARTERLY_REMINDERS: "0 25 * * *",
      CRON_TWO_YEAR_RULE: "*/10 * * * * *",
      CRON_HOLIDAY_HANDOVER: "every day",
    });
    expect(problems).toHaveLength(4);
    const of = (name: string) => problems.find((p) => p.startsWith(`${name}:`));
    expect(of("CRON_WEEKLY_EDUCATION")).toMatch(/cron expression of 5 fields .*"0 8 \* \* 1".*dayOfWeek/);
    expect(of("CRON_QUARTERLY_REMINDERS")).toMatch(/hour/);
    expect(of("CRON_TWO_YEAR_RULE")).toMatch(/6 field\(s\)/);
    expect(of("CRON_HOLIDAY_HANDOVER")).toMatch(/got "every day"/);
  });

  it("refuses a holiday list with an impossible date", () => {
    expect(problemsOf({ HANDOVER_HOLIDAYS: "3/2, 31/2" })).toEqual([
      expect.stringMatching(/^HANDOVER_HOLIDAYS: expected day\/month dates .*\("31\/2"\)/),
    ]);
    expect(loadConfig({ HANDOVER_HOLIDAYS: "3/2, 22/12" }).HANDOVER_HOLIDAYS).toEqual([
      { day: 3, month: 2 },
      { day: 22, month: 12 },
    ]);
    expect(
      loadConfig({
        HANDOVER_HOLIDAYS: "3/2/1930 Ngày thành lập Đảng; 22/12/1944 Ngày thành lập Quân đội nhân dân Việt Nam",
      }).HANDOVER_HOLIDAYS,
    ).toEqual([
      { day: 3, month: 2, year: 1930, name: "Ngày thành lập Đảng" },
      { day: 22, month: 12, year: 1944, name: "Ngày thành lập Quân đội nhân dân Việt Nam" },
    ]);
  });

  it("stops npm start with one clear message for an invalid schedule", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "doanbot-cron-")), "db");
    const error = await run("node", ["--import", "tsx", "src/main.ts"], {
      cwd: root,
      env: {
        ...process.env,
        CRON_WEEKLY_EDUCATION: "61 8 * * 1",
        PGLITE_DATA_DIR: dataDir,
        DOTENV_CONFIG_PATH: "/nonexistent",
      },
    }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(2);
    expect(error?.stderr).toMatch(/CRON_WEEKLY_EDUCATION: expected a cron expression of 5 fields/);
    expect(error?.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
