import { describe, expect } from "vitest";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import { broadcastCommand } from "../../src/modules/broadcasts/broadcast-admin.ts";
import { reportKeys } from "../../src/modules/reporting/reporting.ts";
import { importRoster } from "../../src/modules/roster/roster.ts";
import { readRosterFile, writeRosterCsv } from "../../src/modules/roster/roster-file.ts";
import { seedBroadcastOrg } from "../support/broadcast-org.ts";
import { it } from "../support/fixtures.ts";
import { buildOrg, makeDvut } from "../support/org-fixture.ts";

/** Issue #17 point 8: nothing people type runs as a formula in a spreadsheet or reads backwards in chat. */

const texts = (replies: OutgoingMessage[]) => replies.map((r) => r.text).join("\n");

/** The cells of a simple CSV (quoted cells may hold commas and doubled quotes). */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  for (const m of text.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,\n]*))/g)) cells.push(m[1] ?? m[2] ?? "");
  return cells.map((c) => c.replace(/""/g, '"'));
}

describe("CSV exports", () => {
  it.override({ appOptions: { now: "2026-11-26T02:00:00Z" } });
  it("neutralise cells starting with = + - @, a tab or a carriage return", async ({ app }) => {
    const org = await buildOrg(app);
    const an = await makeDvut(app, org.people.an, "2026-02-10");
    const typed = ['=HYPERLINK("http://evil.example","Bấm")', "+84912", "-1+2", "@SUM(A1)", "\tTab", "\rCR"];
    await app.deps.prisma.report.create({
      data: {
        kind: "dvut_remark",
        uniqueKey: reportKeys.remark(an.id, { year: 2026, quarter: 4 }),
        unitId: org.units.a1.id,
        authorId: org.people.secA1.id,
        subjectPersonId: org.people.an.id,
        year: 2026,
        quarter: 4,
        data: Object.fromEntries(typed.map((v, i) => [`field${i}`, v])),
      },
    });
    const file = (await app.say(org.accounts.staff, "/export remarks 2026-Q4 A csv"))[0]?.files?.[0];
    const text = (file?.data ?? Buffer.alloc(0)).subarray(3).toString("utf8");
    const cells = csvCells(text);
    for (const value of typed) expect(cells).toContain(`'${value}`);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    // Ordinary text is left as it was.
    expect(cells).toContain("Nguyễn Văn An");
  });
});

describe("roster files", () => {
  it.override({ appOptions: { now: "2026-11-26T02:00:00Z" } });
  it("refuse a unit named like a formula, and clean direction-override characters from names", async ({ app }) => {
    const rows = {
      unit: [
        { unitCode: "DK", unitName: "Đoàn Khối" },
        { unitCode: "X", unitName: "PLACEHOLDER", parentCode: "DK" },
      ],
      member: [{ fullName: "Nguyễn\u202e Văn An", dateOfBirth: "05/09/1998", unitCode: "DK" }],
    };
    // A file made by hand (or by another program): the formula as it would be typed into a spreadsheet.
    const handMade = Buffer.from(
      (await writeRosterCsv(rows))
        .toString("utf8")
        .replace("PLACEHOLDER", '"=HYPERLINK(""http://evil.example"",""Chi đoàn"")"'),
    );
    const outcome = await importRoster(app.deps.prisma, await readRosterFile(handMade, "csv"), {
      actorId: null,
      now: app.clock.now(),
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => p.reason)).toEqual(["roster-bad-unit-name"]);
    expect(await app.deps.prisma.orgUnit.count()).toBe(0);

    rows.unit[1] = { unitCode: "X", unitName: "Chi đoàn X", parentCode: "DK" };
    const again = await importRoster(app.deps.prisma, await readRosterFile(await writeRosterCsv(rows), "csv"), {
      actorId: null,
      now: app.clock.now(),
    });
    expect(again.ok).toBe(true);
    expect((await app.deps.prisma.person.findFirstOrThrow()).fullName).toBe("Nguyễn Văn An");
  });

  it("written by the bot as CSV, keep a formula-like cell as text", async () => {
    const csv = await writeRosterCsv({ unit: [{ unitCode: "DK", unitName: "=1+1" }], member: [] });
    expect(csvCells(csv.subarray(3).toString("utf8"))).toContain("'=1+1");
  });
});

describe("registration names", () => {
  it.override({ appOptions: { now: "2026-11-26T02:00:00Z" } });
  it("go through the roster's rule for names and lose control and direction characters", async ({ app }) => {
    await app.deps.prisma.orgUnit.create({ data: { code: "U1", name: "Chi đoàn Sở Tư pháp" } });
    const guest = { platform: "zalo" as const, externalId: "z-1" };
    await app.say(guest, "/start");
    await app.press(guest, "link:register");
    expect(texts(await app.say(guest, "=HYPERLINK(1)"))).toContain("Họ tên chưa hợp lệ");
    expect(texts(await app.say(guest, "@admin"))).toContain("Họ tên chưa hợp lệ");
    expect(texts(await app.say(guest, "Lê\u202e Văn\u200b Tám"))).toContain("Lê Văn Tám");
    await app.say(guest, "01/02/2001");
    await app.say(guest, "1");
    expect((await app.deps.prisma.registrationRequest.findFirstOrThrow()).fullName).toBe("Lê Văn Tám");
  });
});

describe("broadcast text", () => {
  it.override({ appOptions: { now: "2026-11-26T02:00:00Z" } });
  it("is cleaned of control and direction-override characters before it is queued", async ({ app }) => {
    await seedBroadcastOrg(app.deps.prisma);
    const out: string[] = [];
    const text = "Họp BCH\u202e lúc 8h\u0007";
    expect(await broadcastCommand.run(app, ["--text", text, "--audience", "unit:A"], (l) => out.push(l))).toBe(0);
    expect((await app.deps.prisma.broadcast.findFirstOrThrow()).text).toBe("Họp BCH lúc 8h");
    const delivery = await app.deps.prisma.delivery.findFirstOrThrow({ include: { message: true } });
    expect((delivery.message.payload as { text: string }).text).toContain("Họp BCH lúc 8h");
  });
});
