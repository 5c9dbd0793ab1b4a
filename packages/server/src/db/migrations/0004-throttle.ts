import type { Kysely } from 'kysely';
import { createTable } from './columns.js';

/**
 * Failure counters of the throttles (tracking-code look-ups, bearer tokens), shared by every server process.
 * Portable DDL (text and integer columns, a composite primary key) that runs unchanged on SQLite and
 * PostgreSQL; the index on the window's end keeps the purge of expired windows cheap.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'throttle_counters', {
    scope: 'text',
    subject: 'text',
    failures: 'integer',
    window_ends_at: 'text',
  })
    .addPrimaryKeyConstraint('throttle_counters_pk', ['scope', 'subject'])
    .execute();
  await db.schema.createIndex('throttle_counters_window_idx').on('throttle_counters').column('window_ends_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('throttle_counters').execute();
}
