import type { App } from "../../src/app.ts";
import type { OrgUnit, Person } from "../../src/generated/prisma/client.ts";
import { recordStep, type StepInput, startJourney } from "../../src/modules/pipeline/journey.ts";
import { journeyRules, stageStep } from "../../src/modules/pipeline/journey-rules.ts";
import type { Actor } from "../../src/modules/pipeline/pipeline.ts";
import { type ChatAccount, linkAccount } from "./app.ts";

export const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const system: Actor = { personId: null, unitIds: "all" };

/**
 * A three-level block: DK (root) → A (TCCSĐ) → A1, A2 (chi đoàn); DK → B (TCCSĐ) → B1. One member per chi đoàn plus
 * secretaries of A1 and B, a staff member, and chat accounts for each of them.
 */
export async function buildOrg(app: App) {
  const { prisma } = app.deps;
  const unit = (code: string, name: string, parentId?: string) =>
    prisma.orgUnit.create({ data: { code, name, parentId: parentId ?? null } });
  const dk = await unit("DK", "Đoàn Khối");
  const a = await unit("A", "Đoàn cơ sở Sở Tư pháp", dk.id);
  const a1 = await unit("A1", "Chi đoàn Văn phòng", a.id);
  const a2 = await unit("A2", "Chi đoàn Thanh tra", a.id);
  const b = await unit("B", "Đoàn cơ sở Sở Y tế", dk.id);
  const b1 = await unit("B1", "Chi đoàn Bệnh viện", b.id);
  const person = (memberCode: string, fullName: string, u: OrgUnit) =>
    prisma.person.create({
      data: { memberCode, fullName, unitId: u.id, dateOfBirth: d("1998-05-01"), gender: "female" },
    });
  const people = {
    an: await person("M-AN", "Nguyễn Văn An", a1),
    binh: await person("M-BINH", "Trần Thị Bình", a2),
    cuong: await person("M-CUONG", "Lê Văn Cường", b1),
    secA1: await person("S-A1", "Phạm Thu Hằng", a1),
    secB: await person("S-B", "Đỗ Minh Quân", b),
    staff: await person("STAFF", "Hoàng Văn Đức", dk),
  };
  await prisma.roleAssignment.createMany({
    data: [
      { personId: people.secA1.id, role: "secretary", unitId: a1.id },
      { personId: people.secB.id, role: "secretary", unitId: b.id },
      { personId: people.staff.id, role: "staff", unitId: dk.id },
    ],
  });
  const accounts: Record<keyof typeof people, ChatAccount> = {} as Record<keyof typeof people, ChatAccount>;
  for (const [key, p] of Object.entries(people) as [keyof typeof people, Person][]) {
    accounts[key] = { platform: "terminal", externalId: `t-${key}` };
    await linkAccount(app, accounts[key], p.id);
  }
  return { units: { dk, a, a1, a2, b, b1 }, people, accounts };
}

/** Rates the person excellent and selects them as ĐVUT on `selectedOn`, introduced on `introducedOn` if given. */
export async function makeDvut(app: App, person: Person, selectedOn: string, introducedOn?: string) {
  const { prisma } = app.deps;
  await prisma.annualClassification.create({
    data: {
      personId: person.id,
      unitId: person.unitId,
      year: Number(selectedOn.slice(0, 4)) - 1,
      category: "excellent",
    },
  });
  const now = app.deps.clock.now();
  const options = { rules: journeyRules(app.deps.config), i18n: app.deps.i18n, acceptWarnings: true };
  // The vote is held against the chi đoàn's roster: everyone on it present, all in favour.
  const members = await prisma.person.count({ where: { unitId: person.unitId, active: true } });
  const result = await startJourney(
    prisma,
    system,
    person.id,
    { step: "selection", date: d(selectedOn), membersTotal: members, present: members, inFavour: members },
    options,
    now,
  );
  if (!result.ok) throw new Error(result.reason);
  if (introducedOn) {
    const introduced = await recordStep(
      prisma,
      system,
      result.value.candidacy.id,
      {
        step: "resolution",
        date: d(introducedOn),
        sourceBody: "BCH Đoàn cơ sở",
        sourceNumber: `NQ-${person.memberCode}`,
        membersTotal: 9,
        present: 9,
        inFavour: 9,
      },
      options,
      now,
    );
    if (!introduced.ok) throw new Error(introduced.reason);
    return introduced.value.candidacy;
  }
  return result.value.candidacy;
}

/** Records the step that brings the journey to stage `to` (the facts of the old stage model are mapped). */
export async function step(
  app: App,
  candidacyId: string,
  to: string,
  on: string,
  details: Record<string, unknown> = {},
) {
  const journeyStep = stageStep[to as keyof typeof stageStep];
  const input: StepInput = {
    step: journeyStep,
    date: details.certificateDate instanceof Date ? details.certificateDate : d(on),
    sourceBody: "Chi bộ",
    sourceNumber: typeof details.resolutionNumber === "string" ? details.resolutionNumber : "1-QĐ",
    reason: typeof details.reason === "string" ? details.reason : undefined,
    holiday: typeof details.holiday === "string" ? details.holiday : undefined,
    mentorName: typeof details.mentorName === "string" ? details.mentorName : undefined,
    mentorPosition: typeof details.mentorPosition === "string" ? details.mentorPosition : undefined,
    ...(journeyStep === "resolution" ? { membersTotal: 9, present: 9, inFavour: 9 } : {}),
  };
  const result = await recordStep(
    app.deps.prisma,
    system,
    candidacyId,
    input,
    { rules: journeyRules(app.deps.config), i18n: app.deps.i18n, acceptWarnings: true },
    app.deps.clock.now(),
  );
  if (!result.ok) throw new Error(`${to}: ${result.reason}`);
  return result.value.candidacy;
}
