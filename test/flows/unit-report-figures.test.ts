import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ChatAccount, createTestApp, type TestApp } from "../support/app.ts";
import { last, seedOrg } from "./support.ts";

let app: TestApp;
let tccsdId: string;
/** The secretary of the Đoàn cơ sở (7 active members with the chi đoàn below it). */
const unitSecretary: ChatAccount = { platform: "zalo", externalId: "sec-tp" };

beforeEach(async () => {
  app = await createTestApp();
  const org = await seedOrg(app.deps.prisma);
  tccsdId = org.tccsdId;
  const person = await app.deps.prisma.person.create({ data: { fullName: "Đặng Văn Phúc", unitId: tccsdId } });
  await app.deps.prisma.roleAssignment.create({ data: { personId: person.id, role: "secretary", unitId: tccsdId } });
  await app.deps.prisma.platformIdentity.create({ data: { ...unitSecretary, chatId: "sec-tp", personId: person.id } });
});
afterEach(async () => {
  await app.close();
});

describe("unit report figures held against what the bot knows", { timeout: 200_000 }, () => {
  it("refuses an impossible figure with the reason and asks again", async () => {
    const members = await app.deps.prisma.person.count({ where: { active: true, unitId: { not: undefined } } });
    let r = await app.press(unitSecretary, `flow:start:unit-report:${tccsdId}:2026-Q4`);
    expect(last(r).text).toContain("Câu 1/12");
    r = await app.say(unitSecretary, "0");
    expect(last(r).text).toContain("Câu 2/12");
    // 1,000 introduced to the Party in a unit of a handful of members.
    r = await app.say(unitSecretary, "1000");
    expect(last(r).text).toMatch(/Con số 1\.?000 không thể đúng/);
    expect(last(r).text).toMatch(/chỉ có \d+ đoàn viên/);
    expect(last(r).text).toContain("Câu 2/12");
    r = await app.say(unitSecretary, "1");
    expect(last(r).text).toContain("Câu 3/12");
    expect(members).toBeGreaterThan(1);
  });
});
