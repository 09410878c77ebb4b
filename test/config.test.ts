import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.ts";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "..");

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("defaults to the embedded database and Vietnamese", () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PGLITE_DATA_DIR).toBe("./data/pglite");
    expect(config.DEFAULT_LOCALE).toBe("vi");
    expect(config.TELEGRAM_API_ROOT).toBe("https://api.telegram.org");
  });

  it("names each bad variable and what it expects, without echoing secrets", () => {
    const problems = problemsOf({ DATABASE_URL: "nonsense", TELEGRAM_BOT_TOKEN: "abc", HTTP_PORT: "99999" });
    expect(problems).toHaveLength(3);
    expect(problems.find((p) => p.startsWith("DATABASE_URL"))).toMatch(/PostgreSQL URL/);
    expect(problems.find((p) => p.startsWith("TELEGRAM_BOT_TOKEN"))).toMatch(/BotFather/);
    expect(problems.find((p) => p.startsWith("HTTP_PORT"))).toMatch(/whole number from 0 to 65535/);
    expect(problems.join("\n")).not.toContain("abc");
  });

  it("requires webhook secrets in webhook mode", () => {
    const problems = problemsOf({
      PUBLIC_URL: "https://bot.example.org",
      TELEGRAM_BOT_TOKEN: "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1",
    });
    expect(problems).toEqual([expect.stringMatching(/^TELEGRAM_WEBHOOK_SECRET: expected required/)]);
  });

  for (const [name, env, expected] of [
    ["a nonsense DATABASE_URL", { DATABASE_URL: "nonsense" }, /DATABASE_URL: expected .*PostgreSQL URL/],
    [
      "a malformed TELEGRAM_BOT_TOKEN",
      { TELEGRAM_BOT_TOKEN: "12:x" },
      /TELEGRAM_BOT_TOKEN: expected a Telegram bot token/,
    ],
  ] as const) {
    it(`stops npm start with one clear message for ${name}`, async () => {
      const dataDir = join(mkdtempSync(join(tmpdir(), "doanbot-cfg-")), "db");
      const error = await run("node", ["--import", "tsx", "src/main.ts"], {
        cwd: root,
        env: { ...process.env, ...env, PGLITE_DATA_DIR: dataDir, DOTENV_CONFIG_PATH: "/nonexistent" },
      }).then(
        () => undefined,
        (e: { code: number; stderr: string }) => e,
      );
      expect(error?.code).toBe(2);
      expect(error?.stderr).toMatch(expected);
      expect(error?.stderr).not.toMatch(/at .*\.ts:\d+/);
    });
  }
});
