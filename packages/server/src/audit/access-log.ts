import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * The access log: reads of personal data and refused requests (401, 403, 429), with who, what and when.
 * Placeholder signature: filled in by its owner.
 */
export async function purgeAccessLog(db: Kysely<Database>, retentionDays: number, now: Date = new Date()): Promise<number> {
  void db;
  void retentionDays;
  void now;
  return Promise.resolve(0);
}
