import { sql, type Kysely } from 'kysely';
import { createTables } from './columns.js';

/**
 * Consent to publishing a household's name, per purpose (个人信息保护法 Arts 14, 25) and withdrawable
 * (Art 15): `household_consents`, one row per consent given, withdrawal recorded on the row. Portable DDL
 * (SQLite and PostgreSQL), like 0002.
 *
 * The old general flag `households.consent_public_name` was given for the points board, so each `1` is
 * carried over as an honour-board consent recorded by `system`, and nothing else: it never covered the
 * black list or 公示 lists. The column stays (older readers, no destructive DDL) but is no longer read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTables(db, {
    household_consents: {
      columns: {
        id: 'text key',
        household_id: 'text -> households.id',
        village_id: 'text -> regions.id',
        purpose: 'text',
        given_by: 'text',
        given_at: 'text',
        withdrawn_by: 'text null',
        withdrawn_at: 'text null',
      },
      indexes: { village_idx: ['village_id', 'withdrawn_at'], household_idx: ['household_id'] },
    },
  });
  // At most one active consent per household and purpose: a partial unique index, which both dialects have.
  await db.schema
    .createIndex('household_consents_active_uq')
    .on('household_consents')
    .columns(['household_id', 'purpose'])
    .unique()
    .where(sql.ref('withdrawn_at'), 'is', null)
    .execute();

  const carriedOverAt = new Date().toISOString();
  await sql`
    insert into household_consents (id, household_id, village_id, purpose, given_by, given_at, withdrawn_by, withdrawn_at)
    select 'hcm-' || id, id, village_id, 'honourBoard', 'system', cast(${carriedOverAt} as text), null, null
    from households
    where consent_public_name = 1
  `.execute(db);
}
