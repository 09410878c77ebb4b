import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.ts";
import { createScratchPostgresDatabase, postgresServerUrl } from "../support/database.ts";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "../..");

async function tableNames(query: (sql: string) => Promise<{ rows: { table_name: string }[] }>): Promise<string[]> {
  const { rows } = await query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  return rows.map((r) => r.table_name);
}

const domainTables = [
  "AuditLog",
  "Broadcast",
  "Candidacy",
  "CandidacyEvent",
  "CertificateClaim",
  "Conversation",
  "Delivery",
  "InboundUpdate",
  "JobRun",
  "OrgUnit",
  "Person",
  "PlatformIdentity",
  "Report",
  "ReportVersion",
  "RoleAssignment",
  "UnitTarget",
];

describe("migrations", () => {
  it("create the whole schema on PGlite, and a second start applies nothing", async () => {
    const db = await openDatabase({ kind: "pglite", dataDir: ":memory:" });
    const names = await db.prisma.$queryRawUnsafe<{ table_name: string }[]>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(names.map((n) => n.table_name)).toEqual(expect.arrayContaining(["_prisma_migrations", ...domainTables]));
    const unit = await db.prisma.orgUnit.create({ data: { code: "X", name: "Đoàn cơ sở X" } });
    expect(unit.name).toBe("Đoàn cơ sở X");
    await db.close();
  });

  it("keep the audit log append-only", async () => {
    const db = await openDatabase({ kind: "pglite", dataDir: ":memory:" });
    const row = await db.prisma.auditLog.create({ data: { action: "test", entity: "Person", entityId: "1" } });
    await db.prisma.$executeRawUnsafe(`UPDATE "AuditLog" SET action = 'changed'`);
    await db.prisma.$executeRawUnsafe(`DELETE FROM "AuditLog"`);
    const after = await db.prisma.auditLog.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.action).toBe("test");
    await db.close();
  });

  it.skipIf(!postgresServerUrl())(
    "apply to a real PostgreSQL server with `npm run db:migrate`, and the app agrees",
    async () => {
      const scratch = await createScratchPostgresDatabase();
      try {
        const { stdout } = await run("npm", ["run", "--silent", "db:migrate"], {
          cwd: root,
          env: { ...process.env, DATABASE_URL: scratch.url },
          timeout: 120_000,
        });
        expect(stdout).toMatch(/successfully applied|No pending migrations/);
        const client = new pg.Client({ connectionString: scratch.url });
        await client.connect();
        expect(await tableNames((sql) => client.query(sql))).toEqual(expect.arrayContaining(domainTables));
        const applied = await client.query(`SELECT migration_name, checksum FROM "_prisma_migrations"`);
        await client.end();
        // Start-up on the same server finds nothing left to apply.
        const db = await openDatabase({ kind: "postgres", url: scratch.url });
        await db.prisma.orgUnit.create({ data: { code: "PG", name: "Đoàn Khối" } });
        await db.close();
        const again = new pg.Client({ connectionString: scratch.url });
        await again.connect();
        expect((await again.query(`SELECT migration_name FROM "_prisma_migrations"`)).rowCount).toBe(applied.rowCount);
        await again.end();
      } finally {
        await scratch.drop();
      }
    },
  );
});
