import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Person } from "../../src/generated/prisma/client.ts";
import { correctStep, recordStep, type StepInput, startJourney } from "../../src/modules/pipeline/journey.ts";
import { defaultJourneyRules } from "../../src/modules/pipeline/journey-rules.ts";
import { type Actor, transfer, twoYearCases } from "../../src/modules/pipeline/pipeline.ts";
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
  member = await prisma.person.create({
    data: { fullName: "Nguyễn Văn An", unitId: unitA, dateOfBirth: d("1998-05-01"), memberCode: "DV1" },
  });
  // The 15 members the bình chọn's vote counts (it is held against the roster).
  await prisma.person.createMany({
    data: Array.from({ length: 14 }, (_, i) => ({ fullName: `Đoàn viên ${i + 2}`, unitId: unitA })),
  });
});
afterEach(async () => {
  await app.close();
});

async function classify(category: "excellent" | "good", year = 2025) {
  await app.deps.prisma.annualClassification.create({ data: { personId: member.id, unitId: unitA, year, category } });
}

const options = (acceptWarnings = false) => ({ rules: defaultJourneyRules, i18n: app.deps.i18n, acceptWarnings });
const selection: StepInput = { step: "selection", date: d("2024-03-10"), membersTotal: 15, present: 13, inFavour: 12 };
const record = (id: string, input: StepInput, accept = false) =>
  recordStep(app.deps.prisma, staff, id, input, options(accept), now);

describe("the ĐVUT journey (admission.md)", () => {
  it("refuses to select a member whose latest classification is not excellent", async () => {
    await classify("excellent", 2024);
    await classify("good", 2025);
    const result = await startJourney(app.deps.prisma, staff, member.id, selection, options(), now);
    expect(result).toEqual({ ok: false, reason: "journey-not-excellent", args: { name: "Nguyễn Văn An" } });
  });

  it("refuses a bình chọn with more present than the chi đoàn has members on the roster", async () => {
    await classify("excellent");
    const tooMany = { ...selection, membersTotal: 20, present: 16, inFavour: 16 };
    expect(await startJourney(app.deps.prisma, staff, member.id, tooMany, options(), now)).toEqual({
      ok: false,
      reason: "figures-present-above-roster",
      args: { present: 16, members: 15, unit: "Đoàn cơ sở A" },
    });
    expect(await app.deps.prisma.candidacy.count()).toBe(0);
  });

  it("records every step with its source, in the order admission really allows, and audits each", async () => {
    await classify("excellent", 2023);
    const { prisma } = app.deps;
    const started = await startJourney(prisma, staff, member.id, selection, options(), now);
    if (!started.ok) throw new Error(started.reason);
    const id = started.value.candidacy.id;
    // The certificate predates the bình chọn; recognition comes before the file and the resolution.
    expect(await record(id, { step: "certificate", date: d("2022-06-01") })).toMatchObject({ ok: true });
    expect(
      await record(id, {
        step: "recognition",
        date: d("2024-09-01"),
        sourceBody: "Chi bộ Văn phòng",
        mentorName: "Trần Thị Mai",
      }),
    ).toMatchObject({ ok: true });
    // Half of those present but not more than half of ALL members: refused.
    expect(
      await record(id, {
        step: "resolution",
        date: d("2024-10-01"),
        sourceBody: "BCH Đoàn cơ sở A",
        sourceNumber: "5-NQ/ĐTN",
        membersTotal: 9,
        present: 6,
        inFavour: 4,
      }),
    ).toMatchObject({ ok: false, reason: "journey-resolution-no-majority", args: { needed: 5 } });
    expect(
      await record(id, {
        step: "resolution",
        date: d("2024-10-01"),
        sourceBody: "BCH Đoàn cơ sở A",
        sourceNumber: "5-NQ/ĐTN",
        membersTotal: 9,
        present: 6,
        inFavour: 5,
      }),
    ).toMatchObject({ ok: true });
    // The certificate of 2022 is still valid (5 years) at the ceremony: no warning.
    const admission: StepInput = {
      step: "admission",
      date: d("2025-02-03"),
      sourceBody: "Đảng ủy",
      sourceNumber: "12-QĐ/ĐU",
    };
    expect(await record(id, admission)).toMatchObject({ ok: true });
    // Full membership before 12 months of probation: a warning, confirmed, not a block.
    const early: StepInput = { step: "full_membership", date: d("2025-12-01"), sourceBody: "Đảng ủy" };
    expect(await record(id, early)).toMatchObject({ ok: false, reason: "journey-warnings-unconfirmed" });
    const done = await record(id, early, true);
    expect(done).toMatchObject({ ok: true, value: { warnings: [{ kind: "probation" }] } });
    const candidacy = await prisma.candidacy.findUniqueOrThrow({ where: { id }, include: { mentor: true } });
    expect(candidacy).toMatchObject({
      stage: "full_member",
      certificateDate: d("2022-06-01"),
      admittedOn: d("2025-02-03"),
    });
    expect(candidacy.closedAt).not.toBeNull();
    expect(candidacy.mentor?.fullName).toBe("Trần Thị Mai");
    const audit = await prisma.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(Array(6).fill("journey.record"));
    // A closed journey offers no step.
    expect(await record(id, { step: "removed", date: d("2026-01-01"), reason: "x" })).toMatchObject({
      reason: "journey-step-not-open",
    });
  });

  it("refuses a union act dated before the bình chọn, a future date, missing facts, and a secretary elsewhere", async () => {
    await classify("excellent", 2023);
    const { prisma } = app.deps;
    const started = await startJourney(prisma, staff, member.id, selection, options(), now);
    if (!started.ok) throw new Error(started.reason);
    const id = started.value.candidacy.id;
    expect(await record(id, { step: "handover", date: d("2024-01-01"), sourceBody: "Chi bộ" })).toMatchObject({
      reason: "journey-date-before-selection",
    });
    expect(await record(id, { step: "handover", date: d("2027-01-01"), sourceBody: "Chi bộ" })).toMatchObject({
      reason: "journey-date-in-future",
    });
    expect(await record(id, { step: "recognition", date: d("2024-05-01"), sourceBody: "Chi bộ" })).toMatchObject({
      reason: "journey-field-missing",
      args: { field: "mentorName" },
    });
    const secretaryOfB: Actor = { personId: null, unitIds: new Set([unitB]) };
    expect(
      await recordStep(prisma, secretaryOfB, id, { step: "certificate", date: d("2024-05-01") }, options(), now),
    ).toMatchObject({ reason: "journey-out-of-scope" });
  });

  it("warns about age at the bình chọn, and a correction supersedes a step with a reason", async () => {
    await classify("excellent", 2023);
    const { prisma } = app.deps;
    await prisma.person.update({ where: { id: member.id }, data: { dateOfBirth: d("1990-01-01") } });
    expect(await startJourney(prisma, staff, member.id, selection, options(), now)).toMatchObject({
      reason: "journey-warnings-unconfirmed",
    });
    const started = await startJourney(prisma, staff, member.id, selection, options(true), now);
    expect(started).toMatchObject({ ok: true, value: { warnings: [{ kind: "age", age: 34 }] } });
    if (!started.ok) return;
    const certificate = await record(started.value.candidacy.id, { step: "certificate", date: d("2024-06-01") });
    if (!certificate.ok) throw new Error(certificate.reason);
    const corrected = await correctStep(
      prisma,
      staff,
      certificate.value.event.id,
      { date: d("2024-06-11"), reason: "Nhập nhầm ngày trên giấy chứng nhận" },
      { i18n: app.deps.i18n },
      now,
    );
    expect(corrected).toMatchObject({ ok: true, value: { correctsId: certificate.value.event.id } });
    const candidacy = await prisma.candidacy.findUniqueOrThrow({ where: { id: started.value.candidacy.id } });
    expect(candidacy.certificateDate).toEqual(d("2024-06-11"));
    expect(await prisma.auditLog.count({ where: { action: "journey.correct" } })).toBe(1);
    const secretary: Actor = { personId: null, unitIds: new Set([unitA]) };
    expect(
      await correctStep(
        prisma,
        secretary,
        corrected.ok ? corrected.value.id : "",
        { reason: "abc" },
        { i18n: app.deps.i18n },
        now,
      ),
    ).toMatchObject({ reason: "journey-correct-staff-only" });
  });

  it("transfers a member with their whole history and keeps the two-year rule watching them", async () => {
    await classify("excellent", 2023);
    const { prisma } = app.deps;
    const old = await startJourney(prisma, staff, member.id, { ...selection, date: d("2024-10-01") }, options(), now);
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
