import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/channels/terminal/demo-seed.ts";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { startHttpServer } from "../../src/http/server.ts";
import type { Logger } from "../../src/logger.ts";
import { demoCommand, goingLiveProblem, hasDemoOrg } from "../../src/modules/roster/demo.ts";
import { importCommand } from "../../src/modules/roster/import-admin.ts";
import { writeRosterCsv } from "../../src/modules/roster/roster-file.ts";
import { createTestApp, linkAccount, type TestApp } from "../support/app.ts";

/** Issue #17 point 14: going live never mixes the demo org with real data, and leaks no secrets. */
const root = resolve(import.meta.dirname, "../..");

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((done) => {
    const child = spawn("node", ["--import", "tsx", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: "", LOG_LEVEL: "", TELEGRAM_BOT_TOKEN: "", ZALO_BOT_TOKEN: "", ...env },
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => done({ code, out }));
    child.stdin.end("");
  });
}

describe("the demo org and a platform token", () => {
  it("start-up refuses, naming the command that removes the demo; after it the demo is gone", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "doanbot-live-")), "pglite");
    // The terminal mode seeds the demo (empty input: it ends at once).
    expect((await run(["src/main.ts"], { PGLITE_DATA_DIR: dataDir })).code).toBe(0);
    const live = await run(["src/main.ts"], {
      PGLITE_DATA_DIR: dataDir,
      TELEGRAM_BOT_TOKEN: "123456789:AAFakeTelegramTokenForTests_0123456789ab",
      TELEGRAM_API_ROOT: "http://127.0.0.1:9",
    });
    expect(live.code).toBe(1);
    expect(live.out).toContain("npm run admin -- demo remove");
    const removed = await run(["src/admin/cli.ts", "demo", "remove"], { PGLITE_DATA_DIR: dataDir, LOG_LEVEL: "warn" });
    expect(removed.out).toContain("demo org removed: 4 units, 12 people");
    expect(removed.code).toBe(0);
  }, 600_000);
});

describe("demo remove and import, in one process", () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
  }, 300_000);
  afterEach(async () => {
    await app.close();
  });

  it("removes only the demo, and an import into a database holding it says so", async () => {
    const { prisma } = app.deps;
    const real = await prisma.orgUnit.create({ data: { code: "TP", name: "Đoàn cơ sở Sở Tư pháp" } });
    const member = await prisma.person.create({ data: { fullName: "Nguyễn Thị Hà", unitId: real.id } });
    await linkAccount(app, { platform: "telegram", externalId: "1" }, member.id);
    await seedDemo(prisma, app.clock.now(), app.deps.config.ORG_NAME);
    const token = { TELEGRAM_BOT_TOKEN: "123456789:AAFakeTelegramTokenForTests_0123456789ab" };
    expect(await goingLiveProblem(prisma, token)).toContain("npm run admin -- demo remove");
    expect(await goingLiveProblem(prisma, {})).toBeNull();

    const file = join(mkdtempSync(join(tmpdir(), "doanbot-roster-")), "roster.csv");
    await writeFile(
      file,
      await writeRosterCsv({ unit: [{ unitCode: "YT", unitName: "Chi đoàn Sở Y tế" }], member: [] }),
    );
    const lines: string[] = [];
    expect(await importCommand.run(app, [file, "--dry-run"], (l) => lines.push(l))).toBe(0);
    expect(lines[0]).toContain("demo remove");

    const out: string[] = [];
    expect(await demoCommand.run(app, ["remove"], (l) => out.push(l))).toBe(0);
    expect(await hasDemoOrg(prisma)).toBe(false);
    expect(await prisma.orgUnit.count()).toBe(1);
    expect((await prisma.platformIdentity.findFirstOrThrow({ where: { externalId: "1" } })).personId).toBe(member.id);
    expect(await goingLiveProblem(prisma, token)).toBeNull();
  }, 300_000);
});

describe("PUBLIC_URL and logs", () => {
  it("requires https outside development", () => {
    expect(() => loadConfig({ NODE_ENV: "production", PUBLIC_URL: "http://bot.example.org" })).toThrow(ConfigError);
    expect(loadConfig({ NODE_ENV: "production", PUBLIC_URL: "https://bot.example.org" }).PUBLIC_URL).toBe(
      "https://bot.example.org",
    );
    expect(loadConfig({ NODE_ENV: "development", PUBLIC_URL: "http://localhost:8080" }).PUBLIC_URL).toBe(
      "http://localhost:8080",
    );
  });

  it("logs a failed document request by its route, never by its path (the token is in the path)", async () => {
    const logged: unknown[] = [];
    const logger = { error: (obj: unknown) => logged.push(obj), info() {}, warn() {} } as unknown as Logger;
    const server = await startHttpServer({
      host: "127.0.0.1",
      port: 0,
      db: { ping: async () => true } as never,
      channels: [],
      logger,
      prefixRoutes: [
        {
          prefix: "/documents/",
          handle: async () => {
            throw new Error("boom");
          },
        },
      ],
    });
    try {
      await fetch(`${server.url}/documents/SECRET-TOKEN-abc123`);
      expect(JSON.stringify(logged.map((l) => ({ ...(l as object), err: undefined })))).toContain("/documents/");
      expect(JSON.stringify(logged)).not.toContain("SECRET-TOKEN");
    } finally {
      await server.close();
    }
  });
});
