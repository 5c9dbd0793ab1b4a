import { sql, type Kysely } from 'kysely';
import { createTables } from './columns.js';
import { dialectOf } from '../dialect.js';

/**
 * The access log (reads of personal data, refusals) and the audit chain's anchor, so old audit entries can be
 * removed under the retention setting without breaking verification: the append-only guard now lets a DELETE
 * through only for entries at or below the anchor, which is written first in the same transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTables(db, {
    access_log: {
      columns: {
        id: 'text key',
        at: 'text',
        kind: 'text',
        actor: 'text',
        role: 'text',
        client: 'text',
        action: 'text',
        subject: 'text',
        status: 'integer',
        request_id: 'text',
      },
      indexes: { at_idx: ['at'], subject_idx: ['subject'] },
    },
    audit_anchor: {
      columns: {
        seq: 'integer key',
        hash: 'text',
        at: 'text',
      },
    },
  });

  switch (dialectOf(db)) {
    case 'sqlite':
      await sql`DROP TRIGGER audit_log_no_delete`.execute(db);
      await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        WHEN OLD.seq > (SELECT COALESCE(MAX(seq), 0) FROM audit_anchor)
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
      break;
    case 'postgres':
      await sql`DROP TRIGGER audit_log_no_update_delete ON audit_log`.execute(db);
      await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
      await sql`CREATE FUNCTION audit_log_delete_anchored() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF OLD.seq > (SELECT COALESCE(MAX(seq), 0) FROM audit_anchor) THEN RAISE EXCEPTION 'audit_log is append-only'; END IF;
          RETURN OLD;
        END $$`.execute(db);
      await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_delete_anchored()`.execute(db);
      break;
    case 'other':
      throw new Error('Migration 0006 knows how to guard audit_log on SQLite and PostgreSQL only.');
  }
}
