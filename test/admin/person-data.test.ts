import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { personCommand } from "../../src/modules/roster/person-admin.ts";
import { importRoster } from "../../src/modules/roster/roster.ts";
import { readRosterFile, writeRosterCsv } from "../../src/modules/roster/roster-file.ts";
import { queueForPerson } from "../../src/outbox/notify.ts";
import { createTestApp, linkAccount, type TestApp } from "../support/app.ts";

/** Issue #17 point 13: deactivating and erasing a person; the audit log keeps field names, not personal values. */
let app: TestApp;
const chat = { platform: "telegram" as const, externalId: "501" };
const texts = (replies: { text: string }[]) => replies.map((r) => r.text).join("\n");

beforeEach(async () => {
  app = await createTestApp();
  const csv = await writeRosterCsv({
    unit: [{ unitCode: "TP", unitName: "Đoàn cơ sở Sở Tư pháp" }],
    member: [
      {
        memberCode: "M1",
        fullName: "Nguyễn Thị Hà",
        dateOfBirth: "25/03/1998",
        phone: "0912345678",
        email: "ha@example.org",
        unitCode: "TP",
      },
    ],
  });
  const outcome = await importRoster(app.deps.prisma, await readRosterFile(csv, "csv"), {
    actorId: null,
    now: app.clock.now(),
  });
  expect(outcome.ok).toBe(true);
  const ha = await app.deps.prisma.person.findFirstOrThrow({ where: { memberCode: "M1" } });
  await linkAccount(app, chat, ha.id);
}, 300_000);
afterEach(async () => {
  await app.close();
});

const admin = async (...args: string[]) => {
  const out: string[] = [];
  const code = await personCommand.run(app, args, (l) => out.push(l));
  return { code, out };
};

describe("the audit log", () => {
  it("records which personal fields were set, not their values", async () => {
    const rows = JSON.stringify(
      await app.deps.prisma.auditLog.findMany({ select: { action: true, before: true, after: true } }),
    );
    expect(rows).toContain("phone");
    expect(rows).toContain("[redacted]");
    expect(rows).not.toContain("0912345678");
    expect(rows).not.toContain("ha@example.org");
    expect(rows).not.toContain("1998-03-25");
  });
});

describe("npm run admin -- person", () => {
  it("deactivate: no /me, no messages, the record kept", async () => {
    expect(texts(await app.say(chat, "/me"))).toContain("Nguyễn Thị Hà");
    expect((await admin("deactivate", "M1")).code).toBe(0);
    expect(texts(await app.say(chat, "/me"))).not.toContain("Nguyễn Thị Hà");
    const ha = await app.deps.prisma.person.findFirstOrThrow({ where: { memberCode: "M1" } });
    expect(ha.active).toBe(false);
    expect(await queueForPerson(app.deps.prisma, ha.id, { text: "x" }, "t", app.clock.now())).toBe(0);
  }, 300_000);

  it("erase: personal fields anonymised, chat account let go, no personal values in the audit", async () => {
    const ha = await app.deps.prisma.person.findFirstOrThrow({ where: { memberCode: "M1" } });
    expect((await admin("erase", "M1")).code).toBe(0);
    const erased = await app.deps.prisma.person.findUniqueOrThrow({ where: { id: ha.id } });
    expect(erased).toMatchObject({ fullName: "(đã xóa)", phone: null, email: null, dateOfBirth: null, active: false });
    expect((await app.deps.prisma.platformIdentity.findFirstOrThrow({ where: chat })).personId).toBeNull();
    const rows = JSON.stringify(
      await app.deps.prisma.auditLog.findMany({ where: { entityId: ha.id }, select: { action: true, after: true } }),
    );
    expect(rows).not.toContain("0912345678");
    expect(rows).toContain("person.erase");
    expect((await admin("erase", "NOPE")).code).toBe(1);
  }, 300_000);
});
