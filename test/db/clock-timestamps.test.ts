import { readFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { CREATED_AT_COLUMNS, UPDATED_AT_COLUMNS } from "../../src/db/clock-timestamps.ts";
import { createTestApp, type TestApp } from "../support/app.ts";

/** Columns by model that carry `marker` in prisma/schema.prisma. */
async function schemaColumns(marker: string): Promise<Record<string, string[]>> {
  const schema = await readFile(new URL("../../prisma/schema.prisma", import.meta.url), "utf8");
  const found: Record<string, string[]> = {};
  let model = "";
  for (const line of schema.split("\n")) {
    const start = /^model (\w+)/.exec(line);
    if (start) model = start[1] as string;
    if (model && line.includes(marker)) found[model] = [...(found[model] ?? []), line.trim().split(/\s+/)[0] as string];
  }
  return found;
}

const sorted = (m: Readonly<Record<string, readonly string[]>>) =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [k, [...v].sort()]));

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe("times written to the database come from the app's clock", () => {
  it("the stamped columns are exactly the schema's @default(now()) and @updatedAt columns", async () => {
    expect(sorted(CREATED_AT_COLUMNS)).toEqual(sorted(await schemaColumns("@default(now())")));
    expect(sorted(UPDATED_AT_COLUMNS)).toEqual(sorted(await schemaColumns("@updatedAt")));
  });

  it("a row created or updated without a time gets the clock's time, not the database's", async () => {
    app = await createTestApp({ now: "2031-02-28T23:30:00Z" });
    const prisma = app.deps.prisma;
    const unit = await prisma.orgUnit.create({ data: { code: "U1", name: "Chi đoàn 1" } });
    expect(unit.createdAt.toISOString()).toBe("2031-02-28T23:30:00.000Z");
    expect(unit.updatedAt.toISOString()).toBe("2031-02-28T23:30:00.000Z");
    const person = await prisma.person.create({ data: { fullName: "Lê Văn Bình", unitId: unit.id } });
    const report = await prisma.report.create({
      data: { kind: "unit_quarterly", uniqueKey: "k", unitId: unit.id, authorId: person.id, year: 2031, data: {} },
    });
    expect(report.submittedAt.toISOString()).toBe("2031-02-28T23:30:00.000Z");
    app.clock.set("2031-03-01T01:00:00Z");
    const renamed = await prisma.orgUnit.update({ where: { id: unit.id }, data: { name: "Chi đoàn Một" } });
    expect(renamed.updatedAt.toISOString()).toBe("2031-03-01T01:00:00.000Z");
    expect(renamed.createdAt.toISOString()).toBe("2031-02-28T23:30:00.000Z");
    await prisma.auditLog.createMany({ data: [{ action: "x", entity: "OrgUnit", entityId: unit.id }] });
    const audit = await prisma.auditLog.findFirstOrThrow();
    expect(audit.at.toISOString()).toBe("2031-03-01T01:00:00.000Z");
    const kept = await prisma.report.create({
      data: {
        kind: "unit_quarterly",
        uniqueKey: "k2",
        unitId: unit.id,
        authorId: person.id,
        year: 2031,
        data: {},
        submittedAt: new Date("2030-12-31T00:00:00Z"),
      },
    });
    expect(kept.submittedAt.toISOString()).toBe("2030-12-31T00:00:00.000Z");
  });
});
