import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { linkCodeCommand } from "../../src/modules/linking/link-code-admin.ts";
import { LINK_CODE_ALPHABET } from "../../src/modules/linking/link-codes.ts";
import { targetCommand } from "../../src/modules/pipeline/target-admin.ts";
import { importCommand } from "../../src/modules/roster/import-admin.ts";
import { roleCommand } from "../../src/modules/roster/role-admin.ts";
import { writeRosterCsv } from "../../src/modules/roster/roster-file.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { buildOrg } from "../support/org-fixture.ts";

let app: TestApp;
let lines: string[];
const out = (line: string) => lines.push(line);
beforeEach(async () => {
  app = await createTestApp({ env: { LINK_CODE_TTL_HOURS: "48" } });
  lines = [];
});
afterEach(async () => {
  await app.close();
});

describe("admin command line", () => {
  it("import prints each bad row with its line and reason, in Vietnamese, and exits 1", async () => {
    const dir = await mkdtemp(join(tmpdir(), "roster-"));
    const file = join(dir, "roster.csv");
    await writeFile(
      file,
      await writeRosterCsv({
        unit: [{ unitCode: "DK", unitName: "Đoàn Khối" }],
        member: [{ fullName: "Nguyễn Văn An", dateOfBirth: "1998/13/01", unitCode: "DK" }],
      }),
    );
    expect(await importCommand.run(app, [file], out)).toBe(1);
    expect(lines[0]).toContain("Chưa nhập gì cả");
    expect(lines[1]).toBe(
      "  dòng 3: “Ngày sinh” phải là ngày có thật dạng dd/mm/yyyy, ví dụ 05/09/1998; đang là “1998/13/01”.",
    );
    expect(await app.deps.prisma.orgUnit.count()).toBe(0);
  });

  it("role grant and revoke a secretary, refusing with reasons, and audited", async () => {
    const { people } = await buildOrg(app);
    const { prisma } = app.deps;
    expect(await roleCommand.run(app, ["grant", "M-AN", "secretary", "A1"], out)).toBe(0);
    expect(lines.pop()).toBe("Đã giao vai trò Bí thư cho Nguyễn Văn An.");
    expect(await roleCommand.run(app, ["grant", "M-AN", "secretary", "A1"], out)).toBe(1);
    expect(lines.pop()).toBe("Nguyễn Văn An đã giữ vai trò này rồi.");
    expect(await roleCommand.run(app, ["grant", "M-AN", "secretary", "B"], out)).toBe(1);
    expect(lines.pop()).toContain("không sinh hoạt ở Đoàn cơ sở Sở Y tế");
    expect(await roleCommand.run(app, ["grant", "NOBODY", "staff"], out)).toBe(1);
    expect(await roleCommand.run(app, ["grant", "M-AN", "staff"], out)).toBe(0);
    expect(await roleCommand.run(app, ["revoke", "M-AN", "secretary", "A1"], out)).toBe(0);
    expect(await roleCommand.run(app, ["revoke", "M-AN", "secretary", "A1"], out)).toBe(1);
    expect(lines.pop()).toContain("không giữ vai trò này");
    const roles = await prisma.roleAssignment.findMany({ where: { personId: people.an.id } });
    expect(roles.map((r) => [r.role, r.revokedAt !== null]).sort()).toEqual([
      ["secretary", true],
      ["staff", false],
    ]);
    const audit = await prisma.auditLog.findMany({ where: { entity: "RoleAssignment" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["role.grant", "role.grant", "role.revoke"]);
  });

  it("link-code prints a one-time 8-character code that expires after LINK_CODE_TTL_HOURS", async () => {
    const { people } = await buildOrg(app);
    expect(await linkCodeCommand.run(app, ["M-AN"], out)).toBe(0);
    const code = /: ([A-Z0-9]{8}) /.exec(lines[0] ?? "")?.[1] as string;
    expect([...code].every((c) => LINK_CODE_ALPHABET.includes(c))).toBe(true);
    const row = await app.deps.prisma.linkCode.findUniqueOrThrow({ where: { code } });
    expect(row.personId).toBe(people.an.id);
    expect(row.expiresAt.getTime() - app.clock.now().getTime()).toBe(48 * 3_600_000);
    expect(await linkCodeCommand.run(app, ["M-AN"], out)).toBe(0);
    const older = await app.deps.prisma.linkCode.findUniqueOrThrow({ where: { code } });
    expect(older.expiresAt.getTime()).toBeLessThanOrEqual(app.clock.now().getTime());
  });

  it("target set stores a unit's targets", async () => {
    const { units } = await buildOrg(app);
    expect(await targetCommand.run(app, ["set", "A", "2026", "5", "2"], out)).toBe(0);
    expect(await app.deps.prisma.unitTarget.findFirst({ where: { unitId: units.a.id } })).toMatchObject({
      year: 2026,
      dvutToIntroduce: 5,
      newPartyMembers: 2,
    });
    expect(await targetCommand.run(app, ["set", "A", "2026", "x", "2"], out)).toBe(1);
    expect(lines.pop()).toContain("Chỉ tiêu chưa hợp lệ");
  });
});
