import type { Insertable, Transaction } from 'kysely';
import type { Database } from './schema.js';

/** Rows per INSERT: a bulk load stays far below SQLite's and PostgreSQL's limits on bound parameters. */
const chunkSize = 400;

/** Inserts the rows in as few statements as the parameter limits allow (none for an empty list). */
export async function insertRows<T extends keyof Database>(
  trx: Transaction<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    await trx
      .insertInto(table)
      .values(rows.slice(start, start + chunkSize))
      .execute();
  }
}

/**
 * A store's bulk writer for one table: maps each record to its row and inserts them all with `insertRows`.
 * `export const insertStaff = rowWriter('staff', (s: StaffRecord) => ({ … }))`.
 */
export function rowWriter<T extends keyof Database, R>(
  table: T,
  toRow: (record: R) => Insertable<Database[T]>,
): (trx: Transaction<Database>, records: readonly R[]) => Promise<void> {
  return (trx, records) => insertRows(trx, table, records.map(toRow));
}
