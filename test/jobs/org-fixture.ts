import type { AppDeps } from "../../src/core/deps.ts";
import type { Platform } from "../../src/generated/prisma/client.ts";
import { reportKeys } from "../../src/modules/reporting/reporting.ts";
import type { ChatAccount } from "../support/app.ts";
import { OrgBuilder, type UnitRef } from "../support/org-builder.ts";

/**
 * A small block for the job tests:
 *   Đoàn Khối (staff: Staff Sáu)
 *   ├─ Đoàn cơ sở A (secretary An, vi, Telegram + Zalo)
 *   │   └─ Chi đoàn A1 (secretary Bình, en, Telegram) — ĐVUT Cúc (selected 10/3/2024), member Dũng
 *   └─ Đoàn cơ sở B (secretary Chi, vi, Zalo) — ĐVUT Em (introduced), member Giang (not linked)
 */
export async function seedOrg(deps: AppDeps) {
  const build = new OrgBuilder(deps);
  const root = await build.unit("DK", "Đoàn Khối");
  const a = await build.unit("A", "Đoàn cơ sở A", root);
  const a1 = await build.unit("A1", "Chi đoàn A1", a);
  const b = await build.unit("B", "Đoàn cơ sở B", root);
  // Chat accounts are numbered from 101 in the order they are written, the same number on either platform.
  let chat = 100;
  /** The first chat account of each person, to talk to the bot as them. */
  const accounts = new Map<string, ChatAccount>();
  const person = async (fullName: string, unit: UnitRef, locale: string, platforms: Platform[]) => {
    const p = await build.person(fullName, unit, { locale });
    for (const platform of platforms) {
      const linked = await build.account(p, { platform, externalId: String(++chat) }, { linked: true });
      if (!accounts.has(p.id)) accounts.set(p.id, linked);
    }
    return p;
  };
  const secA = await person("Nguyễn Văn An", a, "vi", ["telegram", "zalo"]);
  const secA1 = await person("Trần Thị Bình", a1, "en", ["telegram"]);
  const secB = await person("Lê Minh Chi", b, "vi", ["zalo"]);
  const staff = await person("Phạm Văn Sáu", root, "vi", ["telegram"]);
  const dvutA1 = await person("Hoàng Thị Cúc", a1, "vi", ["telegram"]);
  const memberA1 = await person("Đỗ Văn Dũng", a1, "en", ["zalo"]);
  const dvutB = await person("Vũ Thị Em", b, "vi", ["telegram"]);
  const memberB = await person("Bùi Văn Giang", b, "vi", []);
  await build.role(secA, "secretary", a);
  await build.role(secA1, "secretary", a1);
  await build.role(secB, "secretary", b);
  await build.role(staff, "staff", root);
  const candA1 = await build.candidacy(dvutA1, "selected", "2024-03-10");
  const candB = await build.candidacy(dvutB, "introduced", "2025-06-01");
  return {
    account: (personId: string) => accounts.get(personId) as ChatAccount,
    units: { root, a, a1, b },
    people: { secA, secA1, secB, staff, dvutA1, memberA1, dvutB, memberB },
    candidacies: { candA1, candB },
  };
}

export type Org = Awaited<ReturnType<typeof seedOrg>>;

/** Files a report as the flows would, with its unique key. */
export async function fileReport(
  deps: AppDeps,
  input:
    | { kind: "remark"; candidacyId: string; unitId: string; authorId: string; year: number; quarter: 1 | 2 | 3 | 4 }
    | { kind: "unit"; unitId: string; authorId: string; year: number; quarter: 1 | 2 | 3 | 4 },
) {
  const q = { year: input.year, quarter: input.quarter };
  await deps.prisma.report.create({
    data: {
      kind: input.kind === "remark" ? "dvut_remark" : "unit_quarterly",
      uniqueKey:
        input.kind === "remark" ? reportKeys.remark(input.candidacyId, q) : reportKeys.unitQuarterly(input.unitId, q),
      unitId: input.unitId,
      authorId: input.authorId,
      year: input.year,
      quarter: input.quarter,
      data: {},
    },
  });
}

/** Local 08:00 in Vietnam of a calendar day. */
export function morningOf(day: string): Date {
  return new Date(`${day}T01:00:00Z`);
}

export function dayRange(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}
