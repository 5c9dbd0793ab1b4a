import type { Kysely } from 'kysely';

/**
 * Service API keys for machine clients (see src/auth/service-keys.ts). Portable DDL only (text columns, ISO-8601
 * instants as text), so the same migration runs on SQLite and PostgreSQL. Rows are never deleted when a key is
 * revoked: `revoked_at` keeps the listing honest about which keys once existed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('service_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('village_id', 'text')
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('service_keys').execute();
}
