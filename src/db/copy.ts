/**
 * Moving from the embedded database to PostgreSQL: every row of every table of the schema, copied into a migrated,
 * empty target in one transaction. Rows travel as JSON built and read by Postgres itself (`row_to_json`,
 * `json_populate_recordset`), so enums, arrays, jsonb, dates and timestamps arrive exactly as they left.
 */

/** Plain SQL on one connection (PGlite, or one pooled PostgreSQL client for the target's transaction). */
export interface CopySql {
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface CopyReport {
  tables: { table: string; rows: number }[];
}

const BATCH = 2000;
/** Migration bookkeeping: the target has its own, written when it was migrated. */
const SKIPPED = new Set(["_prisma_migrations", "_migrations", "schema_migrations"]);

async function tablesOf(db: CopySql): Promise<string[]> {
  const rows = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name).filter((t) => !SKIPPED.has(t) && !t.startsWith("_"));
}

/** Foreign keys between public tables: [table, referenced table, [column, referenced column][]]. */
async function foreignKeys(db: CopySql): Promise<{ from: string; to: string; columns: [string, string][] }[]> {
  const rows = await db.query<{ from_table: string; to_table: string; from_col: string; to_col: string; name: string }>(
    `SELECT c.conname AS name, src.relname AS from_table, dst.relname AS to_table,
            sa.attname AS from_col, da.attname AS to_col
       FROM pg_constraint c
       JOIN pg_class src ON src.oid = c.conrelid
       JOIN pg_class dst ON dst.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = src.relnamespace AND n.nspname = 'public'
       CROSS JOIN LATERAL unnest(c.conkey, c.confkey) AS k(src_att, dst_att)
       JOIN pg_attribute sa ON sa.attrelid = c.conrelid AND sa.attnum = k.src_att
       JOIN pg_attribute da ON da.attrelid = c.confrelid AND da.attnum = k.dst_att
      WHERE c.contype = 'f'`,
  );
  const byName = new Map<string, { from: string; to: string; columns: [string, string][] }>();
  for (const r of rows) {
    const fk = byName.get(r.name) ?? { from: r.from_table, to: r.to_table, columns: [] };
    fk.columns.push([r.from_col, r.to_col]);
    byName.set(r.name, fk);
  }
  return [...byName.values()];
}

/** Tables ordered so that every table comes after those it references (self-references aside). */
function dependencyOrder(tables: string[], fks: { from: string; to: string }[]): string[] {
  const ordered: string[] = [];
  const placed = new Set<string>();
  const pending = [...tables];
  while (pending.length > 0) {
    const ready = pending.filter((t) => fks.every((fk) => fk.from !== t || fk.to === t || placed.has(fk.to)));
    if (ready.length === 0) throw new Error(`circular foreign keys between ${pending.join(", ")}`);
    for (const t of ready) {
      ordered.push(t);
      placed.add(t);
      pending.splice(pending.indexOf(t), 1);
    }
  }
  return ordered;
}

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Copies every row of `source` into `target` (both migrated to the same schema; the target empty) inside one
 * transaction of the target: all or nothing. Sequences (the audit log's id) continue after the copied rows.
 */
export async function copyDatabase(source: CopySql, target: CopySql): Promise<CopyReport> {
  const sourceTables = await tablesOf(source);
  const targetTables = new Set(await tablesOf(target));
  const missing = sourceTables.filter((t) => !targetTables.has(t));
  if (missing.length > 0) throw new Error(`the target lacks tables ${missing.join(", ")}: migrate it first`);
  for (const table of sourceTables) {
    const [row] = await target.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${q(table)}`);
    if ((row?.n ?? 0) > 0)
      throw new Error(`the target is not empty (table ${table} has rows): copy into a new database`);
  }
  const fks = await foreignKeys(source);
  const report: CopyReport = { tables: [] };
  await target.query("BEGIN");
  try {
    for (const table of dependencyOrder(sourceTables, fks)) {
      const selfRefs = fks.filter((fk) => fk.from === table && fk.to === table);
      let rows = 0;
      // A self-referencing table is read whole: a row's parent may sort after it.
      const batchSize = selfRefs.length === 0 ? BATCH : Number.POSITIVE_INFINITY;
      for (let offset = 0; ; offset += BATCH) {
        const page = selfRefs.length === 0 ? `LIMIT ${BATCH} OFFSET ${offset}` : "";
        const [batch] = await source.query<{ rows: string | null }>(
          `SELECT json_agg(t)::text AS rows FROM (SELECT * FROM ${q(table)} ORDER BY 1 ${page}) t`,
        );
        if (!batch?.rows) break;
        const count = (JSON.parse(batch.rows) as unknown[]).length;
        if (selfRefs.length === 0) {
          await target.query(
            `INSERT INTO ${q(table)} SELECT * FROM json_populate_recordset(NULL::${q(table)}, $1::json)`,
            [batch.rows],
          );
        } else {
          await insertSelfReferencing(target, table, selfRefs, batch.rows, count);
        }
        rows += count;
        if (count < batchSize) break;
      }
      report.tables.push({ table, rows });
    }
    await resetSequences(target, sourceTables);
    await target.query("COMMIT");
  } catch (error) {
    await target.query("ROLLBACK");
    throw error;
  }
  return report;
}

/** A table that references itself (the unit tree): rows go in once what they point to is there, round after round. */
async function insertSelfReferencing(
  target: CopySql,
  table: string,
  selfRefs: { columns: [string, string][] }[],
  json: string,
  count: number,
): Promise<void> {
  const [first] = await target.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_index i
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
      WHERE i.indrelid = $1::regclass AND i.indisprimary`,
    [q(table)],
  );
  if (!first) throw new Error(`table ${table} has no primary key`);
  const key = q(first.name);
  const ready = selfRefs
    .flatMap((fk) => fk.columns)
    .map(
      ([col, ref]) => `(r.${q(col)} IS NULL OR EXISTS (SELECT 1 FROM ${q(table)} p WHERE p.${q(ref)} = r.${q(col)}))`,
    )
    .join(" AND ");
  let inserted = 0;
  while (inserted < count) {
    const done = await target.query<{ k: unknown }>(
      `INSERT INTO ${q(table)}
         SELECT r.* FROM json_populate_recordset(NULL::${q(table)}, $1::json) r
          WHERE NOT EXISTS (SELECT 1 FROM ${q(table)} e WHERE e.${key} = r.${key}) AND ${ready}
       RETURNING ${key} AS k`,
      [json],
    );
    if (done.length === 0) throw new Error(`rows of ${table} point to rows that do not exist`);
    inserted += done.length;
  }
}

async function resetSequences(target: CopySql, tables: string[]): Promise<void> {
  for (const table of tables) {
    const columns = await target.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = $1 AND column_default LIKE 'nextval(%'`,
      [table],
    );
    for (const { column_name } of columns) {
      await target.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${q(column_name)}) FROM ${q(table)}), 0) + 1, false)`,
        [q(table), column_name],
      );
    }
  }
}
