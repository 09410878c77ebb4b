import { randomUUID } from "node:crypto";
import type { Quarter } from "../src/core/periods.ts";
import { quarterBounds, quarterKey } from "../src/core/periods.ts";
import type { Database } from "../src/db/database.ts";
import type { CandidacyStage } from "../src/generated/prisma/client.ts";
import { stageStep } from "../src/modules/pipeline/journey-rules.ts";
import { mainStages } from "../src/modules/pipeline/pipeline.ts";
import { reportKeys } from "../src/modules/reporting/reporting.ts";

/**
 * How big the generated organisation is. `block`: today's Đoàn Khối, 57 units in three levels, 6,000 members, 600
 * ĐVUT. `province`: a merged province union, 2,000 units in four levels, 100,000 members, 10,000 ĐVUT. Both with two
 * years of history (events, quarterly remarks, unit reports, classifications, targets).
 */
export type Scale = "block" | "province";

export interface ScaleSpec {
  /** Units per level below the root (the root is one unit). */
  levels: number[];
  members: number;
  dvut: number;
}

export const scales: Record<Scale, ScaleSpec> = {
  block: { levels: [20, 36], members: 6_000, dvut: 600 },
  province: { levels: [40, 400, 1_559], members: 100_000, dvut: 10_000 },
};

/** `--scale block|province` from the command line (block when absent). */
export function parseScale(args: readonly string[]): Scale {
  const at = args.findIndex((a) => a === "--scale" || a.startsWith("--scale="));
  if (at < 0) return "block";
  const arg = args[at] as string;
  const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[at + 1];
  if (value !== "block" && value !== "province") throw new Error(`--scale must be block or province, not ${value}`);
  return value;
}

const withUpdatedAt = new Set(["OrgUnit", "Person", "Candidacy", "Report", "UnitTarget"]);

/**
 * Bulk insert through plain SQL: each chunk of rows is one statement reading a JSON array
 * (`json_populate_recordset`), so 100,000 rows cost a few dozen round trips on PostgreSQL and on PGlite alike.
 * Rows get an id (Prisma's default lives in the client, not the database) and `updatedAt` where the table has one.
 */
export async function bulkInsert(db: Database, table: string, rows: Record<string, unknown>[], chunk = 5_000) {
  if (rows.length === 0) return;
  const stamp = new Date().toISOString();
  const prepared = rows.map((r) => ({
    id: randomUUID(),
    ...(withUpdatedAt.has(table) ? { updatedAt: stamp } : {}),
    ...r,
  }));
  const columns = Object.keys(prepared[0] as object)
    .map((c) => `"${c}"`)
    .join(", ");
  for (let i = 0; i < prepared.length; i += chunk) {
    const json = JSON.stringify(prepared.slice(i, i + chunk), (_k, v) => (v instanceof Date ? v.toISOString() : v));
    await db.sql.execute(
      `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      [json],
    );
  }
}

/** A deterministic pseudo-random sequence, so every run generates the same organisation. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const quarterOfDate = (date: Date): Quarter => ({
  year: date.getUTCFullYear(),
  quarter: (Math.floor(date.getUTCMonth() / 3) + 1) as Quarter["quarter"],
});
function nextQuarter(q: Quarter): Quarter {
  return q.quarter === 4
    ? { year: q.year + 1, quarter: 1 }
    : { year: q.year, quarter: (q.quarter + 1) as Quarter["quarter"] };
}

export interface GeneratedOrg {
  /** The staff member's terminal account (staff of the root). */
  staffAccount: string;
  rootId: string;
  units: number;
  members: number;
  dvut: number;
}

/**
 * Generates an organisation of the given scale as of `now`. With `link`, every member gets a chat account on that
 * platform (for fan-out benchmarks).
 */
export async function generateOrg(
  db: Database,
  scale: Scale,
  options: { now: string; link?: "telegram" | "zalo" },
): Promise<GeneratedOrg> {
  const spec = scales[scale];
  const random = sequence(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const levelNames = ["Đoàn cấp trên cơ sở", "Đoàn cơ sở", "Chi đoàn"];
  const rootId: string = randomUUID();
  const rootName = scale === "block" ? "Đoàn Khối" : "Tỉnh đoàn";
  const units: Record<string, unknown>[] = [{ id: rootId, code: "DK", name: rootName, levelName: rootName }];
  let parents: string[] = [rootId];
  const byLevel: string[][] = [];
  spec.levels.forEach((count, level) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      ids.push(id);
      const last = level === spec.levels.length - 1;
      const prefix = last ? "CD" : level === 0 ? "CS" : `L${level + 1}-`;
      const levelName = last ? "Chi đoàn" : (levelNames[level + 3 - spec.levels.length] ?? "Đoàn");
      const parentId = parents[i % parents.length];
      units.push({ id, code: `${prefix}${i + 1}`, name: `${levelName} số ${i + 1}`, levelName, parentId });
    }
    byLevel.push(ids);
    parents = ids;
  });
  await bulkInsert(db, "OrgUnit", units);
  // Members sit in the lowest level, plus the reporting units without children below them.
  const hasChildren = new Set(units.map((u) => u.parentId as string | undefined));
  const memberUnits = units
    .filter((u) => u.id !== rootId && !hasChildren.has(u.id as string))
    .map((u) => u.id as string);
  const family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"];
  const middle = ["Văn", "Thị", "Minh", "Thu", "Quốc", "Ngọc", "Hoàng", "Thanh"];
  const given = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Lan", "Linh", "Nam", "Phương", "Quân", "Trang", "Tú"];
  const people: { id: string; unitId: string }[] = [];
  const personRows: Record<string, unknown>[] = [];
  for (let i = 0; i < spec.members; i++) {
    const id = randomUUID();
    const unitId = memberUnits[i % memberUnits.length] as string;
    people.push({ id, unitId });
    personRows.push({
      id,
      memberCode: `DV${String(i + 1).padStart(6, "0")}`,
      fullName: `${pick(family)} ${pick(middle)} ${pick(given)}`,
      dateOfBirth: addDays(day("1990-01-01"), Math.floor(random() * 5_000)),
      gender: random() < 0.5 ? "male" : "female",
      unitId,
    });
  }
  await bulkInsert(db, "Person", personRows);
  if (options.link) {
    await bulkInsert(
      db,
      "PlatformIdentity",
      people.map((p, i) => ({ platform: options.link, externalId: `${i + 1}`, chatId: `${i + 1}`, personId: p.id })),
    );
  }
  await bulkInsert(
    db,
    "AnnualClassification",
    people.flatMap((p) =>
      [2024, 2025].map((year) => ({
        personId: p.id,
        unitId: p.unitId,
        year,
        category: random() < 0.2 ? "excellent" : "good",
      })),
    ),
  );

  const today = day(options.now.slice(0, 10));
  const stagesInOrder: CandidacyStage[] = mainStages.slice(1);
  const candidacies: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const mentors: Record<string, unknown>[] = [];
  const reports: Record<string, unknown>[] = [];
  const step = Math.max(1, Math.floor(spec.members / spec.dvut));
  for (let i = 0; i < spec.dvut; i++) {
    const person = people[i * step] as { id: string; unitId: string };
    const id = randomUUID();
    const selectedOn = addDays(today, -Math.floor(random() * 730));
    const reach = Math.min(stagesInOrder.length - 1, Math.floor(random() * 7));
    let date = selectedOn;
    let resolutionDate: Date | null = null;
    let mentorId: string | null = null;
    let candidacy: Record<string, unknown> | undefined;
    for (let s = 0; s <= reach; s++) {
      const stage = stagesInOrder[s] as CandidacyStage;
      if (s > 0) date = addDays(date, 20 + Math.floor(random() * 60));
      if (date > today) break;
      if (stage === "introduced") resolutionDate = date;
      if (stage === "recognized") {
        mentorId = randomUUID();
        mentors.push({
          id: mentorId,
          fullName: `${pick(family)} ${pick(middle)} ${pick(given)}`,
          position: "Đảng viên",
        });
      }
      events.push({
        candidacyId: id,
        step: stageStep[stage],
        fromStage: s === 0 ? "classified_excellent" : (stagesInOrder[s - 1] as CandidacyStage),
        toStage: stage,
        occurredOn: date,
        details: stage === "introduced" ? { resolutionNumber: `${i}-NQ/ĐTN` } : {},
      });
      candidacy = {
        id,
        personId: person.id,
        unitId: person.unitId,
        stage,
        stageDate: date,
        selectedOn,
        meetingDate: selectedOn,
        votesFor: 12,
        votesAgainst: 1,
        votesTotal: 13,
        resolutionNumber: resolutionDate ? `${i}-NQ/ĐTN` : null,
        resolutionDate,
        mentorId,
      };
    }
    if (candidacy) candidacies.push(candidacy);
    for (let q = quarterOfDate(selectedOn); quarterBounds(q).first <= today; q = nextQuarter(q)) {
      if (random() < 0.25) continue;
      reports.push({
        kind: "dvut_remark",
        uniqueKey: reportKeys.remark(id, q),
        unitId: person.unitId,
        authorId: person.id,
        subjectPersonId: person.id,
        year: q.year,
        quarter: q.quarter,
        data: { politicalAttitude: "Vững vàng", proposal: "keep_fostering", period: quarterKey(q) },
      });
    }
  }
  await bulkInsert(db, "Mentor", mentors);
  await bulkInsert(db, "Candidacy", candidacies);
  await bulkInsert(db, "CandidacyEvent", events);
  const reportingUnits = byLevel[0] as string[];
  for (const unitId of reportingUnits) {
    for (let q: Quarter = { year: 2025, quarter: 1 }; q.year < 2027; q = nextQuarter(q)) {
      if (random() < 0.2) continue;
      reports.push({
        kind: "unit_quarterly",
        uniqueKey: reportKeys.unitQuarterly(unitId, q),
        unitId,
        authorId: people[0]?.id,
        year: q.year,
        quarter: q.quarter,
        data: { selected: 2, introduced: 1, activities: "Sinh hoạt chính trị" },
      });
    }
  }
  await bulkInsert(db, "Report", reports);
  await bulkInsert(
    db,
    "UnitTarget",
    reportingUnits.map((unitId) => ({ unitId, year: 2026, dvutToIntroduce: 5, newPartyMembers: 2 })),
  );
  const staffId = randomUUID();
  await bulkInsert(db, "Person", [{ id: staffId, memberCode: "STAFF", fullName: "Cán bộ Tỉnh đoàn", unitId: rootId }]);
  await bulkInsert(db, "RoleAssignment", [{ personId: staffId, role: "staff", unitId: rootId }]);
  await bulkInsert(db, "PlatformIdentity", [
    { platform: "terminal", externalId: "bench-staff", chatId: "bench-staff", personId: staffId },
  ]);
  // Fresh planner statistics, as autovacuum would have after real growth (the embedded database has none).
  await db.sql.execute("ANALYZE");
  return { staffAccount: "bench-staff", rootId, units: units.length, members: spec.members, dvut: candidacies.length };
}
