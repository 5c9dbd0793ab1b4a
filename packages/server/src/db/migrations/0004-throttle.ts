import type { Kysely } from 'kysely';

/** Placeholder for helper C (throttle counters): filled in by its owner. */
export async function up(db: Kysely<unknown>): Promise<void> {
  void db;
  return Promise.resolve();
}
