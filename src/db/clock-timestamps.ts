import type { Clock } from "../clock.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";

/**
 * The columns the schema gives `@default(now())`, by model. Prisma would leave them to the database's clock; the
 * extension below fills them from the application's clock instead, so a test on a fixed date (or a replay of a
 * quarter) stores the same times it reasons with. test/db/clock-timestamps.test.ts keeps this list equal to the
 * schema.
 */
export const CREATED_AT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  AnnualClassification: ["createdAt"],
  AuditLog: ["at"],
  Broadcast: ["sendAt", "createdAt"],
  BroadcastConfirmation: ["confirmedAt"],
  Candidacy: ["createdAt"],
  CandidacyEvent: ["recordedAt"],
  Conversation: ["createdAt"],
  Delivery: ["notBefore", "createdAt"],
  EducationSend: ["sentAt"],
  InboundUpdate: ["receivedAt"],
  JobRun: ["startedAt"],
  LinkAttempt: ["at"],
  LinkCode: ["createdAt"],
  Mentor: ["createdAt"],
  OrgUnit: ["createdAt"],
  OutboxMessage: ["createdAt"],
  Person: ["createdAt"],
  PlatformIdentity: ["createdAt", "lastSeenAt"],
  RegistrationRequest: ["createdAt"],
  Report: ["submittedAt"],
  ReportReview: ["createdAt"],
  ReportVersion: ["createdAt"],
  RoleAssignment: ["createdAt"],
  SharedImage: ["createdAt"],
  UnitGroupChat: ["createdAt"],
  UnitMembership: ["fromDate"],
  UnitTarget: ["createdAt"],
};

/** The columns the schema marks `@updatedAt` (Prisma would stamp them with the wall clock). */
export const UPDATED_AT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  Candidacy: ["updatedAt"],
  Conversation: ["updatedAt"],
  OrgUnit: ["updatedAt"],
  Person: ["updatedAt"],
  Report: ["updatedAt"],
  UnitTarget: ["updatedAt"],
};

type Row = Record<string, unknown>;

function stamp(row: unknown, columns: readonly string[] | undefined, now: Date): unknown {
  if (!columns || typeof row !== "object" || row === null || Array.isArray(row)) return row;
  const missing = columns.filter((c) => (row as Row)[c] === undefined);
  if (missing.length === 0) return row;
  const filled: Row = { ...(row as Row) };
  for (const c of missing) filled[c] = now;
  return filled;
}

function stampAll(data: unknown, columns: readonly string[] | undefined, now: Date): unknown {
  return Array.isArray(data) ? data.map((row) => stamp(row, columns, now)) : stamp(data, columns, now);
}

/**
 * The Prisma client, with every time the database would have chosen taken from `clock()` instead: creation columns
 * on create, createMany and upsert, and `@updatedAt` columns on every write. Nested writes are not stamped; the
 * code base creates related rows with their own top-level calls.
 */
export function withClockTimestamps(prisma: PrismaClient, clock: () => Clock): PrismaClient {
  const extended = prisma.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const created = CREATED_AT_COLUMNS[model];
          const updated = UPDATED_AT_COLUMNS[model];
          if (!created && !updated) return query(args);
          const now = clock().now();
          const onCreate = [...(created ?? []), ...(updated ?? [])];
          const a = args as Row;
          switch (operation) {
            case "create":
            case "createMany":
            case "createManyAndReturn":
              return query({ ...a, data: stampAll(a.data, onCreate, now) } as typeof args);
            case "upsert":
              return query({
                ...a,
                create: stamp(a.create, onCreate, now),
                update: stamp(a.update, updated, now),
              } as typeof args);
            case "update":
            case "updateMany":
            case "updateManyAndReturn":
              return query({ ...a, data: stamp(a.data, updated, now) } as typeof args);
            default:
              return query(args);
          }
        },
      },
    },
  });
  // A query extension changes no method's shape, so the extended client is still a PrismaClient to its callers.
  return extended as unknown as PrismaClient;
}
