import type { Kysely } from 'kysely';
import { createTables, dropTables } from './columns.js';

/**
 * Service API keys for machine clients (see src/auth/service-keys.ts). Portable DDL only (text columns, ISO-8601
 * instants as text), so the same migration runs on SQLite and PostgreSQL. Rows are never deleted when a key is
 * revoked: `revoked_at` keeps the listing honest about which keys once existed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTables(db, {
    service_keys: {
      columns: {
        id: 'text key',
        key_hash: 'text',
        role: 'text',
        village_id: 'text null',
        label: 'text',
        created_at: 'text',
        expires_at: 'text',
        revoked_at: 'text null',
      },
    },
  });
}

export const down = dropTables('service_keys');
