import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface RetentionSettings {
  /** Days the access log (reads of personal data, refusals) is kept. */
  readonly accessLogDays: number;
  /** Days the hash-chained audit log of writes is kept. */
  readonly auditLogDays: number;
}

/**
 * Deletes log rows older than their retention. Placeholder signature: filled in by the access-log work;
 * start.ts calls it at start-up and then daily.
 */
export async function applyRetention(db: Kysely<Database>, settings: RetentionSettings, now: Date = new Date()): Promise<{ accessLog: number; auditLog: number }> {
  void db;
  void settings;
  void now;
  return Promise.resolve({ accessLog: 0, auditLog: 0 });
}
