import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/index.js';

/** The audit log's actions on one subject, oldest first. */
export async function auditActions(db: Kysely<Database>, subject: string): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('action').where('subject', '=', subject).orderBy('seq').execute();
  return rows.map((row) => row.action);
}
