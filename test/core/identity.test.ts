import { describe, expect } from "vitest";
import { resolveSpeaker } from "../../src/core/identity.ts";
import type { IncomingMessage } from "../../src/core/messages.ts";
import { linkAccount, type TestApp } from "../support/app.ts";
import { it } from "../support/fixtures.ts";

function message(app: TestApp, externalId: string): IncomingMessage {
  return {
    platform: "zalo",
    chatId: externalId,
    chatType: "private",
    sender: { externalId },
    content: { kind: "text", text: "hi" },
    receivedAt: app.clock.now(),
  };
}

describe("resolveSpeaker", () => {
  it("reads the account, the person and their active roles exactly as Prisma would", async ({ app }) => {
    const { prisma } = app.deps;
    const unit = await prisma.orgUnit.create({ data: { code: "U1", name: "Chi đoàn Một" } });
    const person = await prisma.person.create({
      data: {
        fullName: "Nguyễn Thị Hương",
        dateOfBirth: new Date("2001-05-03T00:00:00Z"),
        unitId: unit.id,
        titles: ["Sinh viên 5 tốt"],
        locale: "en",
      },
    });
    await prisma.roleAssignment.create({ data: { personId: person.id, role: "secretary", unitId: unit.id } });
    await prisma.roleAssignment.create({
      data: { personId: person.id, role: "staff", revokedAt: new Date("2026-01-02T03:04:05.678Z") },
    });
    await linkAccount(app, { platform: "zalo", externalId: "z1" }, person.id);
    await prisma.platformIdentity.update({
      where: { platform_externalId: { platform: "zalo", externalId: "z1" } },
      data: { lastSeenAt: app.clock.now(), pendingChoices: { promptId: "ab", choices: [{ value: "x", label: "X" }] } },
    });

    const speaker = await resolveSpeaker(app.deps, message(app, "z1"));

    const expected = await prisma.platformIdentity.findUniqueOrThrow({
      where: { platform_externalId: { platform: "zalo", externalId: "z1" } },
      include: { person: { include: { roles: { where: { revokedAt: null } } } } },
    });
    const { person: expectedPerson, ...expectedIdentity } = expected;
    const { roles: expectedRoles, ...expectedPersonOnly } = expectedPerson ?? { roles: [] };
    expect(speaker?.identity).toEqual(expectedIdentity);
    expect(speaker?.person).toEqual(expectedPersonOnly);
    expect(speaker?.roles).toEqual(expectedRoles);
    expect(speaker?.roles.map((r) => r.role)).toEqual(["secretary"]);
    expect(speaker?.lang).toBe("en");
  });

  it("creates the account of someone never seen, with no person and no roles", async ({ app }) => {
    const speaker = await resolveSpeaker(app.deps, message(app, "new-one"));
    expect(speaker?.identity.externalId).toBe("new-one");
    expect(speaker?.person).toBeNull();
    expect(speaker?.roles).toEqual([]);
    expect(await app.deps.prisma.platformIdentity.count({ where: { externalId: "new-one" } })).toBe(1);
  });
});
