import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../../..");

function runWithInput(
  input: string,
  dataDir: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn("node", ["--import", "tsx", "src/main.ts"], {
      cwd: root,
      env: {
        ...process.env,
        PGLITE_DATA_DIR: dataDir,
        TELEGRAM_BOT_TOKEN: "",
        ZALO_BOT_TOKEN: "",
        DATABASE_URL: "",
        LOG_LEVEL: "",
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe("terminal chat through a pipe", () => {
  it("seeds the demo org once, answers in Vietnamese as the chosen persona and exits 0 at end of input", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "doanbot-term-")), "pglite");
    const first = await runWithInput("/as staff\n/help\n", dataDir);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("— staff —");
    expect(first.stdout).toContain("Đồng chí Phan Văn Lộc, các lệnh đồng chí dùng được");
    expect(first.stdout).toContain("/help — Các lệnh đồng chí dùng được");

    // Same data folder: the demo is not seeded twice, and a language choice made by number persists.
    const second = await runWithInput("/as member\n/lang\n2\n/help\n", dataDir);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("1. Tiếng Việt\n   2. English");
    expect(second.stdout).toContain("Switched to English.");
    expect(second.stdout).toContain("Nguyễn Thị Thu Hà, these are the commands you can use");
  });
});
