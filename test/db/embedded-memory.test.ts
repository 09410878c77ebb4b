import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { databaseTarget, openDatabase } from "../../src/db/database.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the embedded database's memory settings", () => {
  // Creating a folder on disk and applying every migration twice takes a while on a busy machine.
  it("creates a new folder in a child process, opens it with the configured shared_buffers, and reopens it", {
    timeout: 300_000,
  }, async () => {
    const parent = mkdtempSync(join(tmpdir(), "doanbot-mem-"));
    dirs.push(parent);
    const dataDir = join(parent, "pglite");
    const config = loadConfig({ NODE_ENV: "test", PGLITE_DATA_DIR: dataDir, PGLITE_SHARED_BUFFERS_MB: "12" });
    const db = await openDatabase(databaseTarget(config));
    try {
      expect(existsSync(join(dataDir, "PG_VERSION"))).toBe(true);
      expect(await db.sql.query<{ shared_buffers: string }>("SHOW shared_buffers")).toEqual([
        { shared_buffers: "12MB" },
      ]);
      await db.prisma.orgUnit.create({ data: { code: "DK", name: "Đoàn Khối" } });
    } finally {
      await db.close();
    }
    const again = await openDatabase(databaseTarget(config));
    try {
      expect(await again.prisma.orgUnit.count()).toBe(1);
    } finally {
      await again.close();
    }
  });
});
