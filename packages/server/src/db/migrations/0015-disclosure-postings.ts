import type { Kysely } from 'kysely';
import { createTables, dropTables, villageRecord } from './columns.js';

/**
 * Postings on the physical 公开栏: one row per time a version of a published item was put up on a board, the
 * record in `doc` (board, day, who, note, photo) and copies of what is filtered on beside it. Portable DDL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTables(db, {
    disclosure_postings: {
      columns: {
        ...villageRecord,
        disclosure_id: 'text -> disclosure_items.id',
        version: 'integer',
        posted_on: 'text',
        photo_id: 'text null',
        doc: 'text',
      },
      indexes: { village_idx: ['village_id', 'disclosure_id'] },
    },
  });
}

export const down = dropTables('disclosure_postings');
