import { sql, type Kysely } from 'kysely';
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
