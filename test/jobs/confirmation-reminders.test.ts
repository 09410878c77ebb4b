import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import { OrgTree } from "../../src/core/org.ts";
import type { JobDefinition } from "../../src/jobs/job.ts";
import { runJob } from "../../src/jobs/run-job.ts";
import { createBroadcast } from "../../src/modules/broadcasts/broadcasts.ts";
import {
  CONFIRMATION_REMINDERS,
  confirmationRemindersJob,
} from "../../src/modules/broadcasts/confirmation-reminders.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { morningOf, type Org, seedOrg } from "./org-fixture.ts";

let app: TestApp;
let org: Org;
let job: JobDefinition;
let broadcastId: string;
let mai: { id: string };
let hai: { id: string };

const last = (replies: OutgoingMessage[]) => replies.at(-1) as OutgoingMessage;

/**
 * The job fixture plus Mai (a member of Đoàn cơ sở A itself) and Chi đoàn A2 under A, which has no secretary of its
 * own (its member Hải is A's secretary's to follow). Staff send an announcement asking for confirmation on 26/11;
 * every copy is delivered; the secretaries themselves confirm.
 */
beforeEach(async () => {
  app = await createTestApp();
  org = await seedOrg(app.deps);
  const { prisma } = app.deps;
  const a2 = await prisma.orgUnit.create({ data: { code: "A2", name: "Chi đoàn A2", parentId: org.units.a.id } });
  mai = await prisma.person.create({ data: { fullName: "Phan Thị Mai", unitId: org.units.a.id } });
  hai = await prisma.person.create({ data: { fullName: "Lý Văn Hải", unitId: a2.id } });
  await prisma.platformIdentity.create({
    data: { platform: "zalo", externalId: "mai", chatId: "mai", personId: mai.id },
  });
  for (const platform of ["telegram", "zalo"] as const) {
    await prisma.platformIdentity.create({
      data: { platform, externalId: `hai-${platform}`, chatId: `hai-${platform}`, personId: hai.id },
    });
  }
  job = confirmationRemindersJob(app.deps.config);
  const tree = await OrgTree.load(prisma);
  const created = await createBroadcast(
    { prisma, clock: app.clock, i18n: app.deps.i18n },
    {
      createdById: org.people.staff.id,
      text: "Đề nghị các đồng chí đọc kỹ Hướng dẫn đại hội chi đoàn nhiệm kỳ 2027-2029.",
      audience: { kind: "all" },
      requireConfirmation: true,
    },
    { wholeBlock: true, unitIds: new Set(tree.all().map((u) => u.id)), personId: org.people.staff.id },
    tree,
  );
  if (!created.ok) throw new Error(created.reason);
  broadcastId = created.broadcast.id;
  await prisma.delivery.updateMany({ where: { broadcastId }, data: { status: "sent", sentAt: app.clock.now() } });
  const { secA, secA1, secB } = org.people;
  for (const person of [secA, secA1, secB]) {
    await prisma.broadcastConfirmation.create({ data: { broadcastId, personId: person.id, platform: "telegram" } });
  }
});
afterEach(async () => {
  await app.close();
});

/** Runs the daily check on the morning of `day`; returns the messages it queued, by recipient. */
async function runOn(day: string): Promise<Map<string, string[]>> {
  app.clock.set(morningOf(day));
  const period = job.periodOf(app.clock.now(), app.deps.config.TZ_NAME) as string;
  expect((await runJob(app.deps, job, { period, instance: "test" })).status).toBe("done");
  const rows = await app.deps.prisma.delivery.findMany({
    include: { message: true },
    where: { dedupeKey: { startsWith: `${CONFIRMATION_REMINDERS}:` }, createdAt: app.clock.now() },
  });
  const byPerson = new Map<string, string[]>();
  for (const row of rows) {
    byPerson.set(row.personId as string, [
      ...(byPerson.get(row.personId as string) ?? []),
      (row.message.payload as unknown as OutgoingMessage).text,
    ]);
  }
  return byPerson;
}

describe("reminding the units of unconfirmed announcements", () => {
  it("waits CONFIRM_REMIND_AFTER_DAYS, then sends each unit's secretary only their own unconfirmed members, once", async () => {
    expect((await runOn("2026-11-27")).size).toBe(0);
    expect((await runOn("2026-11-28")).size).toBe(0);

    const sent = await runOn("2026-11-29");
    const { secA, secA1, secB, staff } = org.people;
    expect([...sent.keys()].sort()).toEqual([secA.id, secA1.id, secB.id].sort());
    // An has Telegram and Zalo: the same list on both accounts.
    const [toA, toA2] = sent.get(secA.id) ?? [];
    expect(toA).toBe(toA2);
    expect(toA).toContain("Sau 3 ngày, Đoàn cơ sở A còn 2 đoàn viên đã nhận nhưng chưa xác nhận");
    expect(toA).toContain("• Phan Thị Mai\n");
    expect(toA).toContain("• Lý Văn Hải (Chi đoàn A2 › Đoàn cơ sở A)");
    for (const other of ["Hoàng Thị Cúc", "Đỗ Văn Dũng", "Vũ Thị Em", "Phạm Văn Sáu", "Nguyễn Văn An"]) {
      expect(toA).not.toContain(other);
    }
    // Bình reads English; Chi đoàn A1 has its own secretary, so its members are hers, not An's.
    const toA1 = sent.get(secA1.id)?.[0] ?? "";
    expect(toA1).toContain("2 member(s) of Chi đoàn A1 › Đoàn cơ sở A received it and have not confirmed");
    expect(toA1).toContain("Hoàng Thị Cúc");
    expect(toA1).toContain("Đỗ Văn Dũng");
    const toB = sent.get(secB.id)?.[0] ?? "";
    expect(toB).toContain("• Vũ Thị Em");
    // Giang has no chat account, so never received it; staff hear nothing.
    expect(toB).not.toContain("Bùi Văn Giang");
    expect(sent.has(staff.id)).toBe(false);

    // Once per broadcast and unit.
    expect((await runOn("2026-11-30")).size).toBe(0);
  });

  it("'Nhắc tất cả' reminds exactly the unit's members still unconfirmed, once however often it is pressed", async () => {
    await runOn("2026-11-29");
    const row = await app.deps.prisma.delivery.findFirstOrThrow({
      include: { message: true },
      where: { personId: org.people.secA.id, dedupeKey: { startsWith: `${CONFIRMATION_REMINDERS}:` } },
    });
    const remindAll = (row.message.payload as unknown as OutgoingMessage).choices?.find(
      (c) => c.label === "Nhắc tất cả",
    );
    expect(remindAll?.value).toBe(`ackr:${broadcastId}:${org.units.a.id}`);
    const secA = org.account(org.people.secA.id);

    // Chi (another unit's secretary) cannot remind A's members.
    const secB = org.account(org.people.secB.id);
    expect(last(await app.press(secB, remindAll?.value as string)).text).toContain("trong đơn vị đồng chí phụ trách");

    expect(last(await app.press(secA, remindAll?.value as string)).text).toContain(
      "Đã gửi lời nhắc tới 2 đoàn viên chưa xác nhận",
    );
    const nudges = () =>
      app.deps.prisma.delivery.findMany({
        include: { message: true },
        where: { dedupeKey: { startsWith: `confirm-nudge:${broadcastId}:` } },
        orderBy: { chatId: "asc" },
      });
    const first = await nudges();
    // Mai on Zalo, Hải on both of his accounts; nobody else.
    expect(first.map((d) => d.chatId)).toEqual(["hai-telegram", "hai-zalo", "mai"]);
    expect(first[0]?.message.payload).toMatchObject({
      text: expect.stringContaining("đồng chí chưa xác nhận đã đọc thông báo sau"),
      choices: [{ value: `ack:${broadcastId}`, label: "Đã đọc / Xác nhận" }],
    });
    expect(last(await app.press(secA, remindAll?.value as string)).text).toContain("trước đó rồi");
    expect(await nudges()).toHaveLength(3);

    // Cúc confirms after Bình's list was sent: Bình's "Remind all" reminds Dũng only.
    await app.deps.prisma.broadcastConfirmation.create({
      data: { broadcastId, personId: org.people.dvutA1.id, platform: "telegram" },
    });
    const secA1 = org.account(org.people.secA1.id);
    expect(last(await app.press(secA1, `ackr:${broadcastId}:${org.units.a1.id}`)).text).toContain(
      "A reminder is on its way to 1 member(s)",
    );
    const toA1 = await app.deps.prisma.delivery.findMany({
      include: { message: true },
      where: {
        dedupeKey: { startsWith: `confirm-nudge:${broadcastId}:` },
        personId: { not: { in: [mai.id, hai.id] } },
      },
    });
    expect(toA1.map((d) => d.personId)).toEqual([org.people.memberA1.id]);
  });
});
