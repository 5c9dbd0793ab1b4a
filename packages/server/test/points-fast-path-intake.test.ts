import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { migrateToLatest, openDatabase } from '../src/db/index.js';
import { sqliteHandleOf } from '../src/db/open.js';
import { idempotencySecrets, idempotencySecretsByHkdf } from '../src/http/idempotency-seal.js';

/*
 * What made intake creates cheaper (issue 13) must not change what they store or how they are found again:
 *   - the idempotency keys derived with one HKDF extract are byte for byte node's hkdfSync per purpose, so the
 *     lookup digests of keys stored before the change still find their rows and their sealed responses still open;
 *   - the tracking-code uniqueness check of every intake uses the new index instead of reading every case;
 *   - reused prepared statements answer like fresh ones, before and after a schema change.
 */

test('idempotency secrets from one HKDF extract equal hkdfSync per purpose', () => {
  const cases: [string, string][] = [
    ['8e03978e-40d5-43e8-bc93-6894a57f9324', 'anonymous'],
    [randomUUID(), 'u-cadre-v-qs-01'],
    ['"quoted key"', ''],
    ['键·clé', 'ü'],
  ];
  for (const [key, principal] of cases) {
    const fast = idempotencySecrets(key, principal);
    const reference = idempotencySecretsByHkdf(key, principal);
    assert.equal(fast.lookup, reference.lookup);
    assert.ok(fast.fingerprintKey.equals(reference.fingerprintKey));
    assert.ok(fast.sealKey.equals(reference.sealKey));
  }
});

test("an intake's tracking-hash check and the public intake's county look-up use indexes", async () => {
  const db = openDatabase({ filename: ':memory:' });
  try {
    await migrateToLatest(db);
    const plan = async (query: string) =>
      (await sql.raw<{ detail: string }>(`explain query plan ${query}`).execute(db)).rows.map((row) => row.detail).join('; ');
    assert.match(
      await plan(`select id from mediation_cases where tracking_hash = 'x'`),
      /USING (COVERING )?INDEX mediation_cases_tracking_hash_idx/,
    );
    assert.match(await plan(`select * from regions where level = 'county' order by code limit 1`), /USING INDEX regions_level_code_idx/);
  } finally {
    await db.destroy();
  }
});

test('reused prepared statements answer like fresh ones, also after the schema changed', async () => {
  const db = openDatabase({ filename: ':memory:' });
  try {
    await sql`create table t (id integer primary key, v text)`.execute(db);
    for (let i = 0; i < 3; i++) await sql`insert into t (v) values (${String(i)})`.execute(db);
    const read = async () => (await sql<{ n: number }>`select count(*) as n from t`.execute(db)).rows[0]?.n;
    assert.equal(await read(), 3);
    await sql`alter table t add column w text`.execute(db);
    await sql`insert into t (v, w) values ('3', 'x')`.execute(db);
    assert.equal(await read(), 4);
    const rows = (await sql<{ w: string | null }>`select w from t order by id`.execute(db)).rows;
    assert.deepEqual(
      rows.map((row) => row.w),
      [null, null, null, 'x'],
    );
    // The board's version read uses the raw handle, never inside a transaction (it would see uncommitted rows).
    const handle = sqliteHandleOf(db);
    assert.ok(handle instanceof SqliteDatabase);
    await db.transaction().execute(async (trx) => {
      assert.equal(sqliteHandleOf(trx), undefined);
      await sql`insert into t (v) values ('in a transaction')`.execute(trx);
      assert.equal(handle.inTransaction, true);
    });
    assert.equal(handle.inTransaction, false);
  } finally {
    await db.destroy();
  }
});
