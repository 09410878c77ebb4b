import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Person } from "../../src/generated/prisma/client.ts";
import { type Actor, advance, nominate, transfer, twoYearCases } from "../../src/modules/pipeline/pipeline.ts";
import { createTestApp, type TestApp } from "../support/app.ts";

let app: TestApp;
let member: Person;
let unitA: string;
let unitB: string;
const staff: Actor = { personId: null, unitIds: "all" };
const now = new Date("2026-11-26T02:00:00Z");
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeEach(async () => {
  app = await createTestApp();
  const { prisma } = app.deps;
  const root = await prisma.orgUnit.create({ data: { code: "DK", name: "Đoàn Khối" } });
  unitA = (await prisma.orgUnit.create({ data: { code: "A", name: "Đoàn cơ sở A", parentId: root.id } })).id;
  unitB = (await prisma.orgUnit.create({ data: { code: "B", name: "Đoàn cơ sở B", parentId: root.id } })).id;
  member = await prisma.person.create({ data: { fullName: "Nguyễn Văn An", unitId: unitA } });
});
afterEach(async () => {
  await app.close();
});

async function classify(category: "excellent" | "good", year = 2025) {
  await app.deps.prisma.annualClassification.create({ data: { personId: member.id, unitId: unitA, year, category } });
}

const votes = { meetingDate: d("2026-03-10"), votesFor: 12, votesAgainst: 1, votesTotal: 13 };

describe("ĐVUT pipeline", () => {
  it("refuses to select a member whose latest classification is not excellent", async () => {
    await classify("excellent", 2024);
    await classify("good", 2025);
    const result = await nominate(app.deps.prisma, staff, { personId: member.id, ...votes }, now);
    expect(result).toEqual({ ok: false, reason: "pipeline-not-excellent", args: { name: "Nguyễn Văn An" } });
  });

  it("walks every legal step to full member, dated, with history and an audit row per change", async () => {
    await classify("excellent");
    const { prisma } = app.deps;
    const selected = await nominate(prisma, staff, { personId: member.id, ...votes }, now);
    if (!selected.ok) throw new Error(selected.reason);
    const id = selected.value.id;
    const steps = [
      ["introduced", "2026-03-20", { resolutionNumber: "15-NQ/ĐTN", resolutionDate: d("2026-03-20") }],
      ["handed_over", "2026-03-26", { holiday: "26/3" }],
      ["awareness_class", "2026-05-02", { certificateDate: d("2026-05-02") }],
      ["recognized", "2026-06-01", { mentorName: "Trần Thị Mai", mentorPosition: "Bí thư chi bộ" }],
      ["admitted", "2026-09-02", {}],
      ["full_member", "2026-11-20", {}],
    ] as const;
    for (const [to, on, details] of steps) {
      const result = await advance(prisma, staff, { candidacyId: id, to, occurredOn: d(on), details }, now);
      expect(result.ok, `${to}: ${JSON.stringify(result)}`).toBe(true);
    }
    const candidacy = await prisma.candidacy.findUniqueOrThrow({
      where: { id },
      include: { events: true, mentor: true },
    });
    expect(candidacy.stage).toBe("full_member");
    expect(candidacy.closedAt).not.toBeNull();
    expect(candidacy.mentor?.fullName).toBe("Trần Thị Mai");
    expect(candidacy.resolutionNumber).toBe("15-NQ/ĐTN");
    expect(candidacy.events.map((e) => e.toStage).sort()).toEqual(
      ["admitted", "awareness_class", "full_member", "handed_over", "introduced", "recognized", "selected"].sort(),
    );
    const audit = await prisma.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["candidacy.select", ...steps.map(() => "candidacy.advance")]);
    expect(audit[1]?.before).toMatchObject({ stage: "selected" });
    expect(audit[1]?.after).toMatchObject({ stage: "introduced" });
  });

  it("refuses skipping steps, going back, moving a closed record, future dates and missing facts", async () => {
    await classify("excellent");
    const { prisma } = app.deps;
    const selected = await nominate(prisma, staff, { personId: member.id, ...votes }, now);
    if (!selected.ok) throw new Error(selected.reason);
    const id = selected.value.id;
    const tryMove = (to: never, on: string, details: object = {}) =>
      advance(prisma, staff, { candidacyId: id, to, occurredOn: d(on), details: details as never }, now);
    expect(await tryMove("admitted" as never, "2026-04-01")).toMatchObject({
      reason: "pipeline-transition-not-allowed",
    });
    expect(await tryMove("introduced" as never, "2026-04-01")).toMatchObject({ reason: "pipeline-details-missing" });
    expect(
      await tryMove("introduced" as never, "2027-01-01", { resolutionNumber: "1", resolutionDate: d("2027-01-01") }),
    ).toMatchObject({ reason: "pipeline-date-in-future" });
    expect(
      await tryMove("withdrawn" as never, "2026-04-01", { reason: "Chuyển công tác ra nước ngoài" }),
    ).toMatchObject({ ok: true });
    expect(await tryMove("selected" as never, "2026-04-02")).toMatchObject({
      reason: "pipeline-transition-not-allowed",
    });
    expect(await nominate(prisma, staff, { personId: member.id, ...votes, votesFor: 6 }, now)).toMatchObject({
      reason: "pipeline-votes-no-majority",
    });
  });

  it("refuses a secretary acting outside their units", async () => {
    await classify("excellent");
    const secretaryOfB: Actor = { personId: null, unitIds: new Set([unitB]) };
    expect(await nominate(app.deps.prisma, secretaryOfB, { personId: member.id, ...votes }, now)).toMatchObject({
      reason: "pipeline-out-of-scope",
    });
  });

  it("transfers a member with their whole history and keeps the two-year rule watching them", async () => {
    await classify("excellent", 2023);
    const { prisma } = app.deps;
    const old = await nominate(prisma, staff, { personId: member.id, ...votes, meetingDate: d("2024-10-01") }, now);
    expect(old.ok).toBe(true);
    expect((await twoYearCases(prisma, d("2026-09-30"))).map((c) => c.personId)).toEqual([]);
    expect((await twoYearCases(prisma, d("2026-10-01"))).map((c) => c.personId)).toEqual([member.id]);
    expect(
      await transfer(prisma, staff, { personId: member.id, toUnitId: unitB, reason: "Chuyển công tác" }, now),
    ).toMatchObject({ ok: true });
    const cases = await twoYearCases(prisma, d("2026-11-26"), new Set([unitB]));
    expect(cases.map((c) => c.person.unitId)).toEqual([unitB]);
    expect(await prisma.candidacyEvent.count({ where: { candidacy: { personId: member.id } } })).toBe(1);
    expect(await prisma.unitMembership.count({ where: { personId: member.id } })).toBe(1);
  });
});
