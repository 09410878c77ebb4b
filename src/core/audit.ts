import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./db.ts";

export interface AuditEntry {
  actorId: string | null;
  /** What happened, e.g. "candidacy.advance", "report.submit", "role.grant". */
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  at: Date;
}

/** Appends to the audit log inside the caller's transaction, so the change and its record land together. */
export async function writeAudit(tx: Db, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: auditRow(entry) });
}

function auditRow(entry: AuditEntry) {
  return {
    at: entry.at,
    actorId: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: toJson(entry.before),
    after: toJson(entry.after),
  };
}

/** Fields whose values the audit log never keeps: it records that they changed, by name, not what they hold. */
export const PERSONAL_FIELDS: ReadonlySet<string> = new Set(["phone", "email", "dateOfBirth"]);
export const REDACTED = "[redacted]";

/** A JSON value with the values of personal fields replaced, at any depth; field names stay. */
export function redactPersonal(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactPersonal);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [
        key,
        PERSONAL_FIELDS.has(key) && v !== null && v !== undefined ? REDACTED : redactPersonal(v),
      ]),
    );
  }
  return value;
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // Dates become ISO strings, like everywhere else in JSON.
  return redactPersonal(JSON.parse(JSON.stringify(value))) as Prisma.InputJsonValue;
}

/** Many audit rows in one statement, for bulk changes such as a roster import. */
export async function writeAuditMany(tx: Db, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditLog.createMany({ data: entries.map(auditRow) });
}
