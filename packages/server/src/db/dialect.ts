import { PostgresAdapter, SqliteAdapter, type DialectAdapter } from 'kysely';

export type DialectName = 'sqlite' | 'postgres' | 'other';

/**
 * Which database a Kysely instance (or a transaction of it) talks to. Queries stay portable; only
 * migrations need this, for the few statements that have no common syntax (triggers).
 */
export function dialectOf(db: { getExecutor(): { readonly adapter: DialectAdapter } }): DialectName {
  // getExecutor() is public in Kysely's typings though documented as internal; it is how plugins reach the adapter.
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) return 'sqlite';
  if (adapter instanceof PostgresAdapter) return 'postgres';
  return 'other';
}
