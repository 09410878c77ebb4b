import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app.ts";
import type { Quarter } from "../../src/core/periods.ts";
import { countMissingRemarks, missingRemarks, reportKeys } from "../../src/modules/reporting/reporting.ts";
import { createTestApp } from "../support/app.ts";
import { buildOrg, makeDvut } from "../support/org-fixture.ts";

let app: App;
let org: Awaited<ReturnType<typeof buildOrg>>;
const Q4: Quarter = { year: 2026, quarter: 4 };

beforeEach(async () => {
  app = await createTestApp({ now: "2027-02-01T03:00:00Z" });
  org = await buildOrg(app);
});
afterEach(() => app.close());

async function remark(candidacyId: string, personId: string, unitId: string, status: "submitted" | "returned") {
  await app.deps.prisma.report.create({
    data: {
      kind: "dvut_remark",
      uniqueKey: reportKeys.remark(candidacyId, Q4),
      unitId,
      authorId: org.people.secA1.id,
      subjectPersonId: personId,
      year: 2026,
      quarter: 4,
      status,
      data: {},
    },
  });
}

describe("remarks still missing, counted in the database for the menu", () => {
  it("counts what the list names: a filed remark is done, a returned one is still owed, a later ĐVUT and other units are not counted", async () => {
    const { people, units } = org;
    const an = await makeDvut(app, people.an, "2026-02-10");
    const binh = await makeDvut(app, people.binh, "2026-03-01");
    const cuong = await makeDvut(app, people.cuong, "2026-04-01");
    // Selected after the quarter ends: owes nothing for it yet.
    await makeDvut(app, people.secA1, "2027-01-20");
    await remark(an.id, people.an.id, units.a1.id, "submitted");
    await remark(binh.id, people.binh.id, units.a2.id, "returned");
    const sql = app.deps.db.sql;
    const all = new Set(Object.values(units).map((u) => u.id));
    const unitA = new Set([units.a.id, units.a1.id, units.a2.id]);
    const listed = (ids: Set<string>) => missingRemarks(app.deps.prisma, ids, Q4).then((l) => l.map((c) => c.id));

    expect(await listed(all)).toEqual(expect.arrayContaining([binh.id, cuong.id]));
    expect(await listed(all)).toHaveLength(2);
    expect(await countMissingRemarks(sql, all, Q4)).toBe(2);
    expect(await listed(unitA)).toEqual([binh.id]);
    expect(await countMissingRemarks(sql, unitA, Q4)).toBe(1);
    expect(await countMissingRemarks(sql, new Set([units.b1.id]), Q4)).toBe(1);
    expect(await countMissingRemarks(sql, new Set(), Q4)).toBe(0);
  });
});
