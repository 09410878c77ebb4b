import { expect } from "vitest";
import type { App } from "../../src/app.ts";
import type { FlowState } from "../../src/core/dialogue/state.ts";
import type { OutgoingMessage } from "../../src/core/messages.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import type { ChatAccount } from "../support/app.ts";
import { OrgBuilder } from "../support/org-builder.ts";

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
  const build = new OrgBuilder({ prisma });
  const root = await build.unit("DK", "Đoàn Khối");
  const tccsd = await build.unit("TP", "Đoàn cơ sở Sở Tư pháp", root);
  const branch = await build.unit("TP-VP", "Chi đoàn Văn phòng", tccsd);
  const sec = await build.person("Võ Thị Em", branch);
  const staffPerson = await build.person("Phan Văn Lộc", root);
  const hoa = await build.person("Nguyễn Thị Hoa", branch);
  const binh = await build.person("Trần Văn Bình", branch);
  const chau = await build.person("Lê Minh Châu", branch);
  const dung = await build.person("Phạm Đức Dũng", branch);
  await build.role(sec, "secretary", branch);
  await build.role(staffPerson, "staff", root);
  const dvut = { votesTotal: 10, withSelectionEvent: true };
  const candidacies = {
    hoa: (await build.candidacy(hoa, "selected", "2026-03-20", dvut)).id,
    binh: (await build.candidacy(binh, "selected", "2026-03-20", dvut)).id,
  };
  await build.classification(chau, 2025, "excellent");
  await build.classification(dung, 2025, "good");
  await build.account(sec, secretary);
  await build.account(chau, member);
  await build.account(staffPerson, staff);
  return {
    rootId: root.id,
    tccsdId: tccsd.id,
    branchId: branch.id,
    secretaryId: sec.id,
    staffId: staffPerson.id,
    people: { hoa: hoa.id, binh: binh.id, chau: chau.id, dung: dung.id },
    candidacies,
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
  const build = new OrgBuilder({ prisma });
  await build.account(await build.secretary("Đặng Văn Phúc", { id: org.tccsdId }), unitSecretary);
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
