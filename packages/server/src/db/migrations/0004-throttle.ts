import type { Kysely } from 'kysely';
import { createTables, dropTables } from './columns.js';

/**
 * Failure counters of the throttles (tracking-code look-ups, bearer tokens), shared by every server process.
 * Portable DDL (text and integer columns, a composite primary key) that runs unchanged on SQLite and
 * PostgreSQL; the index on the window's end keeps the purge of expired windows cheap.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTables(db, {
    throttle_counters: {
      columns: {
        scope: 'text',
        subject: 'text',
        failures: 'integer',
        window_ends_at: 'text',
      },
      primaryKey: ['scope', 'subject'],
      indexes: { window_idx: ['window_ends_at'] },
    },
  });
}

export const down = dropTables('throttle_counters');
