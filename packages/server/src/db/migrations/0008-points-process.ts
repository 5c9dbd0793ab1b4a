import type { Kysely } from 'kysely';
import { createIndexes, createTables } from './columns.js';

/**
 * The points process (issue 14): reviewers' declared family ties, which the server reads to make them step aside
 * (回避) from the entries and objections of those households. One row per (staff member, household); a tie is never
 * deleted through the API, so nobody can drop a tie to review a relative's entry and declare it again afterwards.
 * Objections need no table: they travel inside their entry's document (`points_entries.doc`), so an entry's status
 * and its open objections are always written in one row and one transaction. Portable DDL, like 0002.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTables(db, {
    staff_family_ties: {
      columns: {
        staff_id: 'text',
        village_id: 'text -> regions.id',
        household_id: 'text -> households.id',
        declared_at: 'text',
      },
    },
  });
  await db.schema.createIndex('staff_family_ties_uq').on('staff_family_ties').columns(['staff_id', 'household_id']).unique().execute();
  await createIndexes(db, 'staff_family_ties', { village_idx: ['village_id', 'staff_id'] });
}
