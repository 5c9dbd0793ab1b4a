import type { Kysely } from 'kysely';
import { createTables, dropTables, villageRecord } from './columns.js';

/**
 * The decision desk (一听、四议、两公开、一监督): one row per decision opened on the desk, the whole record (trail,
 * earlier attempts, supervisor observations) as JSON in `doc`. The 0002 `decisions` table stays what the public board
 * and the Art 30 schedule read: a decision is written there once its resolution is valid (it then has a `decidedOn`),
 * and kept in step with the desk afterwards. Decisions recorded only in `decisions` (seed, imports) stay readable
 * there and are copied here the first time a step is recorded on them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTables(db, {
    decision_records: {
      columns: {
        ...villageRecord,
        /** complete | inProgress | invalid, as the rules found it at the last write (for listing by status). */
        state: 'text',
        opened_on: 'text',
        doc: 'text',
      },
      indexes: { village_idx: ['village_id', 'opened_on'] },
    },
  });
}

export const down = dropTables('decision_records');
