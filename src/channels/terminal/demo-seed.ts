import type { Person, PrismaClient } from "../../generated/prisma/client.ts";

/** Who you can be in the terminal demo: `/as member`, `/as secretary`, `/as staff`, `/as guest`. */
export const demoPersonas = ["member", "secretary", "staff", "guest"] as const;
export type DemoPersona = (typeof demoPersonas)[number];

const ROOT_CODE = "DEMO-DK";

/**
 * A small demo org for trying the bot without a roster: a Đoàn Khối, three units, a dozen members, two ĐVUT,
 * one secretary and one staff member, each linked to a terminal identity. Seeded once; later starts keep it.
 */
export async function seedDemo(prisma: PrismaClient, today: Date, orgName: string): Promise<boolean> {
  if (await prisma.orgUnit.findUnique({ where: { code: ROOT_CODE } })) return false;
  const year = today.getUTCFullYear();
  await prisma.$transaction(async (tx) => {
    // The top unit takes the organisation's name (ORG_NAME), as a real roster would.
    const root = await tx.orgUnit.create({ data: { code: ROOT_CODE, name: `${orgName} Demo`, levelName: orgName } });
    const units = [];
    for (const [code, name, levelName] of [
      ["DEMO-TP", "Đoàn cơ sở Sở Tư pháp", "Đoàn cơ sở"],
      ["DEMO-YT", "Chi đoàn cơ sở Sở Y tế", "Chi đoàn cơ sở"],
      ["DEMO-CD", "Đoàn cơ sở Trường Cao đẳng Kinh tế - Kỹ thuật", "Đoàn cơ sở"],
    ] as const) {
      units.push(await tx.orgUnit.create({ data: { code, name, levelName, parentId: root.id } }));
    }
    const [tuPhap, yTe, caoDang] = units as [(typeof units)[0], (typeof units)[0], (typeof units)[0]];
    const people: [string, string, string, string, string][] = [
      ["DV001", "Nguyễn Thị Thu Hà", "1996-04-12", tuPhap.id, "civil_servant"],
      ["DV002", "Trần Minh Khoa", "1994-09-03", tuPhap.id, "civil_servant"],
      ["DV003", "Lê Hoàng Nam", "1998-01-25", tuPhap.id, "civil_servant"],
      ["DV004", "Phạm Ngọc Ánh", "1997-11-30", tuPhap.id, "employee"],
      ["DV005", "Võ Thanh Tùng", "1995-06-18", yTe.id, "employee"],
      ["DV006", "Đặng Thùy Linh", "1999-02-14", yTe.id, "employee"],
      ["DV007", "Bùi Quốc Huy", "1993-12-01", yTe.id, "civil_servant"],
      ["DV008", "Huỳnh Gia Bảo", "2004-08-09", caoDang.id, "student"],
      ["DV009", "Ngô Mỹ Duyên", "2005-03-21", caoDang.id, "student"],
      ["DV010", "Trương Đức Anh", "2003-10-10", caoDang.id, "student"],
      ["DV011", "Lý Kim Ngân", "2004-05-05", caoDang.id, "student"],
      ["DV012", "Phan Văn Lộc", "1990-07-27", root.id, "civil_servant"],
    ];
    const persons: Person[] = [];
    for (const [memberCode, fullName, dob, unitId, targetGroup] of people) {
      persons.push(
        await tx.person.create({
          data: {
            memberCode,
            fullName,
            dateOfBirth: new Date(`${dob}T00:00:00Z`),
            unitId,
            targetGroup,
            titles: targetGroup === "student" ? ["Sinh viên 5 tốt"] : [],
          },
        }),
      );
    }
    const byCode = (code: string) => persons.find((p) => p.memberCode === code) as Person;
    const secretary = byCode("DV002");
    const staff = byCode("DV012");
    await tx.roleAssignment.create({ data: { personId: secretary.id, role: "secretary", unitId: tuPhap.id } });
    await tx.roleAssignment.create({ data: { personId: staff.id, role: "staff", unitId: root.id } });
    // Two ĐVUT: rated excellent last year, selected by their branch this year.
    for (const code of ["DV001", "DV008"]) {
      const person = byCode(code);
      await tx.annualClassification.create({
        data: {
          personId: person.id,
          unitId: person.unitId,
          year: year - 1,
          category: "excellent",
          recordedById: secretary.id,
        },
      });
      const selectedOn = new Date(Date.UTC(year, 2, 20));
      const candidacy = await tx.candidacy.create({
        data: {
          personId: person.id,
          unitId: person.unitId,
          stage: "selected",
          stageDate: selectedOn,
          selectedOn,
          meetingDate: selectedOn,
          // The whole unit present and in favour: a vote never counts more people than the unit has.
          votesFor: persons.filter((p) => p.unitId === person.unitId).length,
          votesAgainst: 0,
          votesTotal: persons.filter((p) => p.unitId === person.unitId).length,
        },
      });
      await tx.candidacyEvent.create({
        data: {
          candidacyId: candidacy.id,
          step: "selection",
          toStage: "selected",
          occurredOn: selectedOn,
          recordedById: secretary.id,
        },
      });
    }
    const identities: [DemoPersona, string | null][] = [
      ["member", byCode("DV001").id],
      ["secretary", secretary.id],
      ["staff", staff.id],
      ["guest", null],
    ];
    for (const [persona, personId] of identities) {
      await tx.platformIdentity.create({
        data: {
          platform: "terminal",
          externalId: `demo-${persona}`,
          chatId: `demo-${persona}`,
          personId,
          displayName: persona,
          linkedAt: personId ? today : null,
        },
      });
    }
  });
  return true;
}
