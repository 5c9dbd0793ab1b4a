import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../src/db/index.js';

/** How many rows the table holds; with `where`, only those whose column has the value. */
export async function countRows(
  db: Kysely<Database>,
  table: keyof Database,
  where?: readonly [column: string, value: string],
): Promise<number> {
  let query = db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n'));
  if (where) query = query.where(sql.ref(where[0]), '=', where[1]);
  const row = await query.executeTakeFirstOrThrow();
  // PostgreSQL answers a count as a string (bigint), SQLite as a number.
  return Number(row.n);
}

/** Tables of rows a village owns, by `id`. */
type VillageTable = 'households' | 'points_entries' | 'disclosure_items' | 'staff' | 'supermarket_goods' | 'supermarket_receipts';

/** The village's rows of a table in id order (to take the first, or all): a query to go on with. */
export function villageRows<T extends VillageTable>(
  db: Kysely<Database>,
  table: T,
  villageId: string,
): SelectQueryBuilder<Database, T, object> {
  // The filter is checked against the columns every village table shares; the caller's query, against its one table.
  const shared: VillageTable = table;
  return db.selectFrom(shared).where('village_id', '=', villageId).orderBy('id');
}
