import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import './schema.js';

type SerialTable = 'supermarket_goods' | 'supermarket_donations' | 'mentoring_plans' | 'decision_records';

/**
 * The next readable id of a table (`sg-000007`): one more than the highest serial under the prefix. Safe because
 * every write holds the writer lock (`lockForWriting`, taken by `runIdempotent`): no two transactions read the
 * same highest id. Seeded ids use the same prefixes, so new ones continue after them.
 */
export async function nextSerial(trx: Transaction<Database>, table: SerialTable, prefix: string, width = 6): Promise<string> {
  const row = await trx
    .selectFrom(table)
    .select('id')
    .where('id', 'like', `${prefix}%`)
    .orderBy(sql`length(id)`, 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const highest = row ? Number(row.id.slice(prefix.length)) : 0;
  return `${prefix}${String((Number.isSafeInteger(highest) ? highest : 0) + 1).padStart(width, '0')}`;
}
