import type { Kysely } from 'kysely';
import { createTables, dropTables, villageRecord } from './columns.js';

/**
 * Attachments: one row per uploaded file (its bytes live in the attachment store, keyed by SHA-256). Text and
 * integer columns only, as every table, so SQLite and PostgreSQL run the same DDL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTables(db, {
    attachments: {
      columns: {
        ...villageRecord,
        purpose: 'text',
        owner: 'text',
        owner_role: 'text',
        media_type: 'text',
        size: 'integer',
        sha256: 'text',
        public: 'integer',
        created_at: 'text',
      },
      indexes: { village_purpose_idx: ['village_id', 'purpose'], sha256_idx: ['sha256'] },
    },
  });
}

export const down = dropTables('attachments');
