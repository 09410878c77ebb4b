import type { TestApp } from "../support/app.ts";
import { buildOrg } from "../support/org-fixture.ts";

/**
 * The shared org plus what the three documents show: Nguyễn Thị Hương (ĐVUT of chi đoàn Văn phòng, introduced),
 * Lê Minh Tuấn as secretary of Đoàn cơ sở Sở Tư pháp, A's quarterly report for Q4/2026 and the 2026 classification.
 */
export async function buildDocumentOrg(app: TestApp) {
  const org = await buildOrg(app);
  const { prisma } = app.deps;
  const { a, a1, b1 } = org.units;
  const huong = await org.build.person("Nguyễn Thị Hương", a1, {
    memberCode: "M-HUONG",
    dateOfBirth: new Date("1999-03-08"),
  });
  const tuan = await org.build.secretary("Lê Minh Tuấn", a, { memberCode: "S-A" });
  const accountA = await org.build.account(tuan, { platform: "terminal", externalId: "t-secA" }, { linked: true });
  const candidacy = await org.build.dvut(huong, "2026-02-10", "2026-03-01");
  await org.build.step(candidacy.id, "handed_over", "2026-03-26", { holiday: "26/3" });
  await org.build.dvut(org.people.cuong, "2026-06-01");
  await prisma.report.create({
    data: {
      kind: "unit_quarterly",
      uniqueKey: `unit_quarterly:${a.id}:2026-Q4`,
      unitId: a.id,
      authorId: tuan.id,
      year: 2026,
      quarter: 4,
      submittedAt: new Date("2026-11-20T03:00:00Z"),
      data: {
        flowId: "unit-report",
        params: {
          unitId: a.id,
          unitName: a.name,
          year: 2026,
          quarter: 4,
          target: null,
          yearToDate: { introduced: 1, admitted: 0 },
        },
        answers: {
          selected: 2,
          introduced: 1,
          awarenessClass: 1,
          recognized: 0,
          admitted: 0,
          education: 3,
          difficulties: "Thiếu kinh phí tổ chức sinh hoạt",
          proposals: null,
        },
      },
    },
  });
  await prisma.annualClassification.createMany({
    data: [
      { personId: huong.id, unitId: a1.id, year: 2026, category: "excellent" },
      { personId: org.people.an.id, unitId: a1.id, year: 2026, category: "good" },
      { personId: org.people.cuong.id, unitId: b1.id, year: 2026, category: "incomplete", reason: "Không sinh hoạt" },
    ],
  });
  return { ...org, huong, huongCandidacy: candidacy, tuan, accountA };
}

export type DocumentOrg = Awaited<ReturnType<typeof buildDocumentOrg>>;
