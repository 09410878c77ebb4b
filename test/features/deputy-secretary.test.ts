import { describe, expect } from "vitest";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import { roleCommand } from "../../src/modules/roster/role-admin.ts";
import type { TestApp } from "../support/app.ts";
import { docxParagraphs } from "../support/docx.ts";
import { it } from "../support/fixtures.ts";
import type { BlockOrg } from "../support/org-fixture.ts";

/**
 * A Phó Bí thư appointed by staff, in chat or on the admin command line: called Phó Bí thư, filing the unit's
 * quarterly report, and signing its official document as PHÓ BÍ THƯ (wording.md: Phó Bí thư, not Bí thư).
 */

const text = (replies: OutgoingMessage[]) => replies.map((r) => r.text).join("\n");

/** Lê Văn Cường (chi đoàn Bệnh viện, under Đoàn cơ sở Sở Y tế) files B's quarterly report from the reminder's button. */
async function deputyFilesReport(app: TestApp, org: BlockOrg) {
  const cuong = org.accounts.cuong;
  let r = await app.press(cuong, "flow:start:unit-report");
  expect(text(r)).toContain("Báo cáo quý 4/2026 của Đoàn cơ sở Sở Y tế");
  for (let i = 0; i < 10; i++) r = await app.say(cuong, "0");
  r = await app.say(cuong, "Chưa có khó khăn");
  r = await app.say(cuong, "/skip");
  expect(text(r)).toContain("Xem lại Báo cáo quý của đơn vị");
  // The button reads “Gửi”, with no emoji.
  const send = r.at(-1)?.choices?.find((c) => c.label === "Gửi");
  expect(send).toBeDefined();
  r = await app.press(cuong, send?.value as string);
  expect(text(r)).toContain("Đã gửi Báo cáo quý của đơn vị");
}

/** The paragraphs of the .docx the person receives for /export baocao 2026-Q4 docx. */
async function reportDocx(app: TestApp, org: BlockOrg) {
  const replies = await app.say(org.accounts.cuong, "/export baocao 2026-Q4 docx");
  const file = replies.find((r) => r.files?.length)?.files?.[0];
  if (!file) throw new Error(`no file in: ${text(replies)}`);
  return docxParagraphs(file.data);
}

describe("a Phó Bí thư appointed in chat", () => {
  it.override({ appOptions: { now: "2026-12-10T02:00:00Z" } });
  it("is granted by staff, audited, files the unit's report and signs its document PHÓ BÍ THƯ", async ({
    app,
    block: org,
  }) => {
    const { prisma } = app.deps;
    const reply = text(await app.say(org.accounts.staff, "/role grant M-CUONG deputy B"));
    expect(reply).toBe("Đã giao vai trò Phó Bí thư Đoàn cơ sở Sở Y tế cho Lê Văn Cường.");
    const role = await prisma.roleAssignment.findFirstOrThrow({ where: { personId: org.people.cuong.id } });
    expect(role).toMatchObject({ role: "secretary", unitId: org.units.b.id, deputy: true, revokedAt: null });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "role.grant", entityId: role.id } });
    expect(audit.actorId).toBe(org.people.staff.id);

    await deputyFilesReport(app, org);
    const paragraphs = await reportDocx(app, org);
    const at = (p: string) => paragraphs.indexOf(p);
    // Đỗ Minh Quân is B's Bí thư; the Phó Bí thư who filed the report signs it under his own title.
    expect(at("TM. BAN CHẤP HÀNH")).toBeLessThan(at("PHÓ BÍ THƯ"));
    expect(at("PHÓ BÍ THƯ")).toBeLessThan(at("Lê Văn Cường"));
    expect(paragraphs).not.toContain("BÍ THƯ");
    expect(paragraphs).not.toContain("Đỗ Minh Quân");
  });

  it("takes the Vietnamese title too, and is removed by the same command", async ({ app, block: org }) => {
    const staff = org.accounts.staff;
    expect(text(await app.say(staff, "/role giao M-CUONG phó bí thư B"))).toBe(
      "Đã giao vai trò Phó Bí thư Đoàn cơ sở Sở Y tế cho Lê Văn Cường.",
    );
    expect(text(await app.say(staff, "/role grant M-CUONG deputy B"))).toBe("Lê Văn Cường đã giữ vai trò này rồi.");
    // Appointed Bí thư of the same unit: the one assignment changes title, audited.
    expect(text(await app.say(staff, "/role grant M-CUONG B"))).toBe(
      "Đã giao vai trò Bí thư Đoàn cơ sở Sở Y tế cho Lê Văn Cường.",
    );
    const roles = await app.deps.prisma.roleAssignment.findMany({ where: { personId: org.people.cuong.id } });
    expect(roles.map((r) => [r.deputy, r.revokedAt])).toEqual([[false, null]]);
    expect(await app.deps.prisma.auditLog.count({ where: { action: "role.grant", entityId: roles[0]?.id } })).toBe(2);
    await app.say(staff, "/role grant M-CUONG deputy B");
    expect(text(await app.say(staff, "/role thu hồi M-CUONG B"))).toBe(
      "Đã thu hồi vai trò Phó Bí thư Đoàn cơ sở Sở Y tế của Lê Văn Cường.",
    );
  });

  it("is refused to a secretary, who may not grant roles", async ({ app, block: org }) => {
    const reply = text(await app.say(org.accounts.secB, "/role grant M-CUONG deputy B"));
    expect(reply).not.toContain("Đã giao");
    expect(await app.deps.prisma.roleAssignment.count({ where: { personId: org.people.cuong.id } })).toBe(0);
  });
});

describe("a Phó Bí thư appointed on the admin command line", () => {
  it.override({ appOptions: { now: "2026-12-10T02:00:00Z" } });
  it("role grant MEMBER deputy UNIT: called Phó Bí thư, and the report's document is signed PHÓ BÍ THƯ", async ({
    app,
    block: org,
  }) => {
    const lines: string[] = [];
    const out = (line: string) => lines.push(line);
    expect(await roleCommand.run(app, ["grant", "M-CUONG", "deputy", "B"], out)).toBe(0);
    expect(lines.pop()).toBe("Đã giao vai trò Phó Bí thư cho Lê Văn Cường.");
    const role = await app.deps.prisma.roleAssignment.findFirstOrThrow({ where: { personId: org.people.cuong.id } });
    expect(role.deputy).toBe(true);
    expect(await app.deps.prisma.auditLog.count({ where: { action: "role.grant", entityId: role.id } })).toBe(1);

    await deputyFilesReport(app, org);
    expect(await reportDocx(app, org)).toContain("PHÓ BÍ THƯ");

    expect(await roleCommand.run(app, ["revoke", "M-CUONG", "deputy", "B"], out)).toBe(0);
    expect(lines.pop()).toBe("Đã thu hồi vai trò Phó Bí thư của Lê Văn Cường.");
    expect(await roleCommand.run(app, ["grant", "M-CUONG", "vice", "B"], out)).toBe(2);
  });
});
