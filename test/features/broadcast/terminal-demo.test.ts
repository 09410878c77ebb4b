import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../../..");

describe("broadcasts in the terminal demo", () => {
  it("delivers a broadcast composed through a pipe to every demo account before exiting", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "doanbot-bc-")), "pglite");
    const input = "/as staff\n/broadcast Họp chi đoàn sáng thứ Hai.\n1\n1\n1\n2\n1\n";
    const result = await new Promise<{ code: number | null; stdout: string }>((done) => {
      const child = spawn("node", ["--import", "tsx", "src/main.ts"], {
        cwd: root,
        env: { ...process.env, PGLITE_DATA_DIR: dataDir, TELEGRAM_BOT_TOKEN: "", ZALO_BOT_TOKEN: "", DATABASE_URL: "" },
      });
      let stdout = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.on("exit", (code) => done({ code, stdout }));
      child.stdin.end(input);
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Số tài khoản sẽ nhận: 3 (Terminal: 3)");
    expect(result.stdout).toContain("Yêu cầu xác nhận đã đọc: Không");
    for (const who of ["member", "secretary", "staff"]) {
      expect(result.stdout).toContain(`🤖 → ${who}: Họp chi đoàn sáng thứ Hai.`);
    }
    expect(result.stdout).toContain("🤖 → staff: Đã gửi xong thông báo: 3 đã nhận");
  }, 180_000);
});
