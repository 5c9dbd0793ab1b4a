import { sql, type Kysely } from 'kysely';
import { createTables } from './columns.js';
import { dialectOf } from '../dialect.js';

/**
 * The server's own tables: remembered idempotent responses and the append-only, hash-chained audit log.
 * Portable DDL (text, integer); the append-only guard is a trigger, written once per dialect.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTables(db, {
    idempotency_keys: {
      columns: {
        principal: 'text',
        key: 'text',
        method: 'text',
        path: 'text',
        body_hash: 'text',
        status_code: 'integer',
        response_body: 'text',
        created_at: 'text',
      },
      primaryKey: ['principal', 'key'],
      indexes: { created_at_idx: ['created_at'] },
    },
    audit_log: {
      columns: {
        seq: 'integer key',
        at: 'text',
        actor: 'text',
        role: 'text',
        action: 'text',
        subject: 'text',
        before_hash: 'text null',
        after_hash: 'text null',
        prev_hash: 'text',
        hash: 'text unique',
      },
      indexes: { subject_idx: ['subject'] },
    },
  });

  switch (dialectOf(db)) {
    case 'sqlite':
      await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
      await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
      break;
    case 'postgres':
      await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`.execute(db);
      await sql`CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
      await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);
      break;
    case 'other':
      throw new Error('Migration 0001 knows how to guard audit_log on SQLite and PostgreSQL only.');
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log`.execute(db);
    await sql`DROP TRIGGER IF EXISTS audit_log_no_update_delete ON audit_log`.execute(db);
    await sql`DROP FUNCTION IF EXISTS audit_log_append_only()`.execute(db);
  }
  await db.schema.dropTable('audit_log').execute();
  await db.schema.dropTable('idempotency_keys').execute();
}
