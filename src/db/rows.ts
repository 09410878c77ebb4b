/** The keys of a model whose values are dates. */
type DateKeys<T> = { [K in keyof T]-?: NonNullable<T[K]> extends Date ? K : never }[keyof T];

/** Every date field of a model, so the compiler notices when the schema gains one. */
export type DateFields<T> = Record<DateKeys<T>, true>;

/**
 * Turns a row read with `to_jsonb(...)` back into the model's shape: `timestamp` columns come as
 * "2026-11-26T02:00:00.123" (UTC without a zone, as Prisma stores them) and `date` columns as "2026-11-26".
 */
export function fromJsonRow<T>(row: Record<string, unknown>, dates: DateFields<T>): T {
  const out: Record<string, unknown> = { ...row };
  for (const field of Object.keys(dates)) {
    const value = out[field];
    if (typeof value === "string") out[field] = new Date(value.length === 10 ? `${value}T00:00:00Z` : `${value}Z`);
  }
  return out as T;
}
