import type { Kysely } from 'kysely';
import { createTables, dropTables, villageRecord } from './columns.js';

/** Disclosure drafts: the editor's working copies, one row each (db/disclosure-drafts-schema.ts). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTables(db, {
    disclosure_drafts: {
      columns: {
        ...villageRecord,
        revision: 'integer',
        corrects_id: 'text null',
        title: 'text',
        doc: 'text',
        findings: 'text',
        created_by: 'text',
        updated_by: 'text',
        created_at: 'text',
        updated_at: 'text',
      },
      indexes: { village_idx: ['village_id', 'updated_at'] },
    },
  });
}

export const down = dropTables('disclosure_drafts');
