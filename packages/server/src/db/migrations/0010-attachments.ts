import type { Kysely } from 'kysely';
import { createTable } from './columns.js';

/**
 * Attachments: one row per uploaded file (its bytes live in the attachment store, keyed by SHA-256). Text and
 * integer columns only, as every table, so SQLite and PostgreSQL run the same DDL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'attachments', {
    id: 'text key',
    village_id: 'text -> regions.id',
    purpose: 'text',
    owner: 'text',
    owner_role: 'text',
    media_type: 'text',
    size: 'integer',
    sha256: 'text',
    public: 'integer',
    created_at: 'text',
  }).execute();
  await db.schema.createIndex('attachments_village_purpose_idx').on('attachments').columns(['village_id', 'purpose']).execute();
  await db.schema.createIndex('attachments_sha256_idx').on('attachments').column('sha256').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('attachments').execute();
}
