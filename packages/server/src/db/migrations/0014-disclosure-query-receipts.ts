import type { Kysely } from 'kysely';
import { createTables, dropTables } from './columns.js';

/**
 * Receipt codes of villagers' queries (查询, 村民委员会组织法 Art 30): only the hash of each code is kept, one row per
 * query, found by the hash when the asker reads the answer back. The answer and its FAQ publication travel in the
 * query's own `doc` (disclosure_queries), as every other change to a stored document does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTables(db, {
    disclosure_query_receipts: {
      columns: { query_id: 'text key -> disclosure_queries.id', receipt_hash: 'text' },
    },
  });
}

export const down = dropTables('disclosure_query_receipts');
