import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { adminCommands } from "../../src/admin/commands.ts";
import { runCommand } from "../../src/admin/control.ts";
import { writeAudit } from "../../src/core/audit.ts";
import { copyDatabase } from "../../src/db/copy.ts";
import { type Database, openDatabase, openPgliteDatabase } from "../../src/db/database.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { createScratchPostgresDatabase, createTestDatabase, postgresServerUrl } from "../support/database.ts";

let app: TestApp;
let dir: string;
const closers: (() => Promise<void>)[] = [];

beforeEach(async () => {
  app = await createTestApp();
  dir = mkdtempSync(join(tmpdir(), "doanbot-backup-"));
  const lines: string[] = [];
  // A roster (units in a tree, people, roles, audit rows) and a few rows of other kinds.
  expect(await runCommand(app, adminCommands, ["import", "examples/roster.csv"], (l) => lines.push(l))).toBe(0);
  expect(await runCommand(app, adminCommands, ["link-code", "DV0002"], (l) => lines.push(l))).toBe(0);
});
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

async function snapshot(db: Database) {
  const { prisma } = db;
  return {
    units: await prisma.orgUnit.findMany({ orderBy: { code: "asc" } }),
    people: await prisma.person.findMany({ orderBy: { fullName: "asc" } }),
    roles: await prisma.roleAssignment.count(),
    codes: await prisma.linkCode.findMany(),
    audit: (await prisma.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => ({ ...a, id: String(a.id) })),
  };
}

// `db backup` is the embedded database's (PostgreSQL has pg_dump): nothing to run in the PostgreSQL pass.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))("backing up the embedded database while it runs", () => {
  it("db backup writes the data folder (mode 0600); loading it gives back every row", async () => {
    const file = join(dir, "backup.tar.gz");
    const lines: string[] = [];
    expect(await runCommand(app, adminCommands, ["db", "backup", file], (l) => lines.push(l))).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const restored = await openPgliteDatabase(await PGlite.create({ loadDataDir: new Blob([readFileSync(file)]) }));
    closers.push(() => restored.close());
    expect(await snapshot(restored)).toEqual(await snapshot(app.deps.db));
  });
});

describe("moving from the embedded database to PostgreSQL", () => {
  it("copies every row into a new migrated database; ids and sequences carry on", async () => {
    const target = await createTestDatabase();
    closers.push(() => target.close());
    const report = await copyDatabase(app.deps.db.sql, target.sql);
    expect(report.tables.find((t) => t.table === "Person")?.rows).toBeGreaterThan(5);
    expect(await snapshot(target)).toEqual(await snapshot(app.deps.db));
    // The audit log's id continues after the copied rows.
    await writeAudit(target.prisma, { actorId: null, action: "x", entity: "E", entityId: "1", at: app.clock.now() });
    expect(await target.prisma.auditLog.count()).toBe((await app.deps.prisma.auditLog.count()) + 1);
    // Never into a database that already holds data.
    await expect(copyDatabase(app.deps.db.sql, target.sql)).rejects.toThrow("not empty");
  });

  it.skipIf(!postgresServerUrl())(
    "db copy-to-postgres moves it to a real PostgreSQL server",
    async () => {
      const scratch = await createScratchPostgresDatabase();
      closers.push(() => scratch.drop());
      const lines: string[] = [];
      expect(await runCommand(app, adminCommands, ["db", "copy-to-postgres", scratch.url], (l) => lines.push(l))).toBe(
        0,
      );
      const moved = await openDatabase({ kind: "postgres", url: scratch.url }, { poolSize: 1 });
      closers.push(() => moved.close());
      expect(await snapshot(moved)).toEqual(await snapshot(app.deps.db));
    },
    120_000,
  );
});
