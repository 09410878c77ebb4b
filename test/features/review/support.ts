import { expect } from "vitest";
import type { App } from "../../../src/app.ts";
import type { OutgoingMessage } from "../../../src/core/messages.ts";
import { last, type Org, seedOrg, tap } from "../../flows/support.ts";
import type { ChatAccount, TestApp } from "../../support/app.ts";
import { OrgBuilder, type UnitRef } from "../../support/org-builder.ts";

/** The secretary of the Đoàn cơ sở (files the unit report) and the secretary of the Đoàn Khối above it. */
export const unitSecretary: ChatAccount = { platform: "zalo", externalId: "sec-tp" };
export const blockSecretary: ChatAccount = { platform: "telegram", externalId: "sec-dk" };
/** The secretary of a sibling Đoàn cơ sở, out of scope for the first one's reports. */
export const siblingSecretary: ChatAccount = { platform: "telegram", externalId: "sec-ct" };

export interface ReviewOrg extends Org {
  unitSecretaryId: string;
  blockSecretaryId: string;
  siblingSecretaryId: string;
  siblingId: string;
}

/** seedOrg plus a secretary for the Đoàn cơ sở, one for the Đoàn Khối, and a sibling Đoàn cơ sở with its secretary. */
export async function seedReviewOrg(app: Pick<TestApp, "deps">): Promise<ReviewOrg> {
  const org = await seedOrg(app.deps.prisma);
  const build = new OrgBuilder(app.deps);
  const sibling = await build.unit("CT", "Đoàn cơ sở Sở Công Thương", { id: org.rootId });
  const secretaryOf = async (account: ChatAccount, fullName: string, unit: UnitRef) => {
    const person = await build.secretary(fullName, unit);
    await build.account(person, account);
    return person.id;
  };
  return {
    ...org,
    siblingId: sibling.id,
    unitSecretaryId: await secretaryOf(unitSecretary, "Đặng Văn Phúc", { id: org.tccsdId }),
    blockSecretaryId: await secretaryOf(blockSecretary, "Trương Thị Mai", { id: org.rootId }),
    siblingSecretaryId: await secretaryOf(siblingSecretary, "Hà Văn Quang", sibling),
  };
}

/**
 * Files this quarter's unit report as its secretary: keeps every pre-filled value, answers "2" to the rest, sends.
 * Written against the prompts, not their number, so a new question in the form does not break it.
 */
export async function fileUnitReport(app: App & Pick<TestApp, "say" | "press">, org: ReviewOrg): Promise<string> {
  let r: OutgoingMessage[] = await app.press(unitSecretary, `flow:start:unit-report:${org.tccsdId}`);
  for (let i = 0; i < 30 && !last(r).text.includes("Xem lại"); i++) {
    const keep = last(r).choices?.find((c) => c.label.startsWith("Giữ nguyên"));
    r = keep ? await app.press(unitSecretary, keep.value) : await app.say(unitSecretary, "2");
  }
  r = await tap(app, unitSecretary, r, "Gửi");
  expect(last(r).text).toContain("Đã gửi");
  const report = await app.deps.prisma.report.findFirstOrThrow({ where: { kind: "unit_quarterly" } });
  return report.id;
}

/** Texts (and buttons) queued in the outbox for a person, oldest first. */
export async function queuedFor(app: TestApp, personId: string) {
  const rows = await app.deps.prisma.delivery.findMany({
    include: { message: true },
    where: { personId },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => r.message.payload as { text: string; choices?: { value: string; label: string }[] });
}
