import type { Kysely } from 'kysely';
import { createTables, dropTables } from './columns.js';

/**
 * The 小微权力清单 as data: one row per power of a region's list. The county's rows are the template every village
 * starts from; a village's row with the same code replaces the county's power for that village, and a village row
 * without a document (`doc` null) means the village does not exercise that county power. Text and integer columns
 * only, so SQLite and PostgreSQL run the same DDL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTables(db, {
    village_powers: {
      columns: {
        region_id: 'text -> regions.id',
        code: 'text',
        position: 'integer',
        doc: 'text null',
        updated_at: 'text',
        updated_by: 'text',
      },
      primaryKey: ['region_id', 'code'],
    },
  });
}

export const down = dropTables('village_powers');
