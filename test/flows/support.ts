import { expect } from "vitest";
import type { App } from "../../src/app.ts";
import type { FlowState } from "../../src/core/dialogue/state.ts";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import type { ChatAccount } from "../support/app.ts";

export const secretary: ChatAccount = { platform: "telegram", externalId: "sec-1" };
export const member: ChatAccount = { platform: "zalo", externalId: "mem-1" };
export const staff: ChatAccount = { platform: "telegram", externalId: "staff-1" };

export interface Org {
  rootId: string;
  tccsdId: string;
  branchId: string;
  secretaryId: string;
  staffId: string;
  people: Record<"hoa" | "binh" | "chau" | "dung", string>;
  candidacies: Record<"hoa" | "binh", string>;
}

/**
 * A small block: Đoàn Khối › Đoàn cơ sở Sở Tư pháp › Chi đoàn Văn phòng, with a branch secretary, two ĐVUT
 * (Hoa, Bình), a member rated excellent last year (Châu) and one who was not (Dũng), and a staff member.
 */
export async function seedOrg(prisma: PrismaClient): Promise<Org> {
  const root = await prisma.orgUnit.create({ data: { code: "DK", name: "Đoàn Khối" } });
  const tccsd = await prisma.orgUnit.create({ data: { code: "TP", name: "Đoàn cơ sở Sở Tư pháp", parentId: root.id } });
  const branch = await prisma.orgUnit.create({
    data: { code: "TP-VP", name: "Chi đoàn Văn phòng", parentId: tccsd.id },
  });
  const person = (fullName: string, unitId = branch.id) => prisma.person.create({ data: { fullName, unitId } });
  const sec = await person("Võ Thị Em");
  const staffPerson = await person("Phan Văn Lộc", root.id);
  const hoa = await person("Nguyễn Thị Hoa");
  const binh = await person("Trần Văn Bình");
  const chau = await person("Lê Minh Châu");
  const dung = await person("Phạm Đức Dũng");
  await prisma.roleAssignment.create({ data: { personId: sec.id, role: "secretary", unitId: branch.id } });
  await prisma.roleAssignment.create({ data: { personId: staffPerson.id, role: "staff", unitId: root.id } });
  const selectedOn = new Date("2026-03-20T00:00:00Z");
  const candidacies: Record<string, string> = {};
  for (const [key, p] of [
    ["hoa", hoa],
    ["binh", binh],
  ] as const) {
    const c = await prisma.candidacy.create({
      data: { personId: p.id, unitId: branch.id, stage: "selected", stageDate: selectedOn, selectedOn, votesTotal: 10 },
    });
    await prisma.candidacyEvent.create({
      data: { candidacyId: c.id, step: "selection", toStage: "selected", occurredOn: selectedOn },
    });
    candidacies[key] = c.id;
  }
  for (const [p, category] of [
    [chau, "excellent"],
    [dung, "good"],
  ] as const) {
    await prisma.annualClassification.create({ data: { personId: p.id, unitId: branch.id, year: 2025, category } });
  }
  for (const [account, id] of [
    [secretary, sec.id],
    [member, chau.id],
    [staff, staffPerson.id],
  ] as const) {
    await prisma.platformIdentity.create({ data: { ...account, chatId: account.externalId, personId: id } });
  }
  return {
    rootId: root.id,
    tccsdId: tccsd.id,
    branchId: branch.id,
    secretaryId: sec.id,
    staffId: staffPerson.id,
    people: { hoa: hoa.id, binh: binh.id, chau: chau.id, dung: dung.id },
    candidacies: candidacies as Org["candidacies"],
  };
}

export function last(replies: OutgoingMessage[]): OutgoingMessage {
  const reply = replies.at(-1);
  expect(reply, "the bot answered").toBeDefined();
  return reply as OutgoingMessage;
}

/** Presses the button of the last reply whose label contains `label`. */
export async function tap(
  app: App & { press(who: ChatAccount, value: string, promptId?: string): Promise<OutgoingMessage[]> },
  who: ChatAccount,
  replies: OutgoingMessage[],
  label: string,
): Promise<OutgoingMessage[]> {
  const reply = last(replies);
  const choice = reply.choices?.find((c) => c.label.includes(label));
  expect(choice, `a button "${label}" in: ${reply.choices?.map((c) => c.label).join(" | ")}`).toBeDefined();
  return app.press(who, choice?.value as string, reply.promptId);
}

/** The secretary of the Đoàn cơ sở (Đặng Văn Phúc, on Zalo), who files its quarterly report. */
export const unitSecretary: ChatAccount = { platform: "zalo", externalId: "sec-tp" };

/** Adds the Đoàn cơ sở's secretary to a seeded org, linked as `unitSecretary`. */
export async function addUnitSecretary(prisma: PrismaClient, org: Org): Promise<void> {
  const person = await prisma.person.create({ data: { fullName: "Đặng Văn Phúc", unitId: org.tccsdId } });
  await prisma.roleAssignment.create({ data: { personId: person.id, role: "secretary", unitId: org.tccsdId } });
  await prisma.platformIdentity.create({ data: { ...unitSecretary, chatId: "sec-tp", personId: person.id } });
}

/** A conversation's stored state at step `current`, for the pure transition tests. */
export function flowState(current: string, over: Partial<FlowState> = {}): FlowState {
  return {
    params: {},
    answers: {},
    defaults: {},
    current,
    history: [],
    returnToReview: false,
    ticked: [],
    reviewPage: 0,
    args: "",
    ...over,
  };
}
