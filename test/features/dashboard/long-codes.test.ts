import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, linkAccount, type TestApp } from "../../support/app.ts";
import { buildOrg } from "../../support/org-fixture.ts";

let app: TestApp;
let org: Awaited<ReturnType<typeof buildOrg>>;

beforeEach(async () => {
  app = await createTestApp();
  org = await buildOrg(app);
});
afterEach(async () => {
  await app.close();
});

describe("the dashboard's way down", () => {
  it("leaves out a unit whose button would not fit Telegram's 64 bytes, and keeps it where choices are typed", async () => {
    const long = `A-${"CHIDOANVANPHONG".repeat(5)}`;
    await app.deps.prisma.orgUnit.create({ data: { code: long, name: "Chi đoàn mã dài", parentId: org.units.a.id } });
    const telegram = { platform: "telegram" as const, externalId: "staff-tg" };
    await linkAccount(app, telegram, org.people.staff.id);

    const onTelegram = await app.press(telegram, "dash:A");
    const values = onTelegram[2]?.choices?.map((c) => c.value) ?? [];
    expect(values).toEqual(["dash:A2", "dash:A1", "dashu:A", "dash:DK"]);

    const typed = await app.press(org.accounts.staff, "dash:A");
    expect(typed[2]?.choices?.map((c) => c.value)).toContain(`dash:${long}`);
  });
});
