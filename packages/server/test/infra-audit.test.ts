import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import {
  appendAudit,
  auditEntryHash,
  canonicalJson,
  genesisHash,
  hashValue,
  verifyAuditChain,
  type AuditInput,
} from '../src/audit/index.js';
import { type Database } from '../src/db/index.js';
import { freshDb, scratchFolder, withFreshDb } from './support/scratch.js';

const scratch = scratchFolder('shanzhi-audit-');

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const verifyCli = fileURLToPath(new URL('../src/audit/verify-cli.ts', import.meta.url));

function entry(n: number): AuditInput {
  return {
    actor: `user-${String(n)}`,
    role: 'cadre',
    action: 'points.entry.create',
    subject: `points-entry:${String(n)}`,
    before: null,
    after: { id: n, points: n * 2, reason: '清理河道' },
    at: new Date(Date.UTC(2026, 10, 29, 8, 0, n)),
  };
}

async function appendMany(db: Kysely<Database>, count: number): Promise<void> {
  for (let n = 1; n <= count; n += 1) {
    await db.transaction().execute((trx) => appendAudit(trx, entry(n)));
  }
}

describe('canonical JSON', () => {
  test('sorts keys at every depth and follows JSON.stringify otherwise', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [3, undefined], c: 'x' }, u: undefined }), '{"a":{"c":"x","d":[3,null]},"b":1}');
    assert.equal(canonicalJson(undefined), 'null');
    assert.equal(canonicalJson(new Date(0)), '"1970-01-01T00:00:00.000Z"');
    assert.equal(canonicalJson(Number.NaN), 'null');
    assert.throws(() => canonicalJson(1n), TypeError);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.throws(() => canonicalJson(cyclic), TypeError);
  });

  test('equals JSON.parse-equivalent text whatever the key order (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(value)));
        const reversed: unknown = JSON.parse(JSON.stringify(value), (_key, inner: unknown) =>
          inner !== null && typeof inner === 'object' && !Array.isArray(inner)
            ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).reverse())
            : inner,
        );
        assert.equal(canonicalJson(reversed), text);
      }),
    );
  });
});

describe('audit log', () => {
  test('entries chain from the genesis hash and the chain verifies', () =>
    withFreshDb(async (db) => {
      assert.deepEqual(await verifyAuditChain(db), { ok: true, count: 0, head: null });
      await appendMany(db, 5);
      const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
      assert.deepEqual(
        rows.map((row) => row.seq),
        [1, 2, 3, 4, 5],
      );
      const first = rows[0]!;
      assert.equal(first.prev_hash, genesisHash);
      assert.equal(rows[1]!.prev_hash, first.hash);
      assert.equal(first.before_hash, null);
      assert.equal(first.after_hash, hashValue({ points: 2, id: 1, reason: '清理河道' }));
      assert.equal(first.at, '2026-11-29T08:00:01.000Z');
      const result = await verifyAuditChain(db, { pageSize: 2 });
      assert.deepEqual(result, { ok: true, count: 5, head: rows[4]!.hash });
    }));

  test('the database refuses UPDATE and DELETE on the audit log', () =>
    withFreshDb(async (db) => {
      await appendMany(db, 2);
      await assert.rejects(db.updateTable('audit_log').set({ actor: 'mallory' }).where('seq', '=', 1).execute(), /append-only/);
      await assert.rejects(db.deleteFrom('audit_log').where('seq', '=', 2).execute(), /append-only/);
      await assert.rejects(db.deleteFrom('audit_log').execute(), /append-only/);
      assert.equal((await verifyAuditChain(db)).ok, true);
    }));

  test('an edited row is detected at its own seq', () =>
    withFreshDb(async (db) => {
      await appendMany(db, 4);
      await sql`DROP TRIGGER audit_log_no_update`.execute(db);
      await db.updateTable('audit_log').set({ actor: 'mallory' }).where('seq', '=', 2).execute();
      assert.deepEqual(await verifyAuditChain(db), { ok: false, count: 1, brokenAt: 2, reason: 'hash-mismatch' });
    }));

  test('an edited row whose own hash was recomputed is detected at the next seq', () =>
    withFreshDb(async (db) => {
      await appendMany(db, 4);
      await sql`DROP TRIGGER audit_log_no_update`.execute(db);
      const row = await db.selectFrom('audit_log').selectAll().where('seq', '=', 3).executeTakeFirstOrThrow();
      const forged = { ...row, after_hash: hashValue({ id: 3, points: 300 }) };
      await db
        .updateTable('audit_log')
        .set({ after_hash: forged.after_hash, hash: auditEntryHash(row.prev_hash, forged) })
        .where('seq', '=', 3)
        .execute();
      assert.deepEqual(await verifyAuditChain(db), { ok: false, count: 3, brokenAt: 4, reason: 'prev-hash-mismatch' });
    }));

  test('a removed row is detected as a gap', () =>
    withFreshDb(async (db) => {
      await appendMany(db, 4);
      await sql`DROP TRIGGER audit_log_no_delete`.execute(db);
      await db.deleteFrom('audit_log').where('seq', '=', 2).execute();
      assert.deepEqual(await verifyAuditChain(db), { ok: false, count: 1, brokenAt: 3, reason: 'sequence-gap' });
    }));

  test('an audit entry rolls back with the transaction it belongs to', () =>
    withFreshDb(async (db) => {
      await assert.rejects(
        db.transaction().execute(async (trx) => {
          await appendAudit(trx, entry(1));
          throw new Error('the write failed');
        }),
        /the write failed/,
      );
      assert.deepEqual(await verifyAuditChain(db), { ok: true, count: 0, head: null });
    }));

  test('the verify CLI exits 0 on an intact chain and 1 on a broken one or a missing file', async () => {
    const filename = join(scratch, 'cli.sqlite');
    const db = await freshDb(filename);
    const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
      spawnSync(process.execPath, ['--conditions=shanzhi-source', '--import', 'tsx', verifyCli, ...args], {
        cwd: repoRoot,
        env: { ...process.env, SHANZHI_DB: undefined, ...env },
        encoding: 'utf8',
      });
    try {
      await appendMany(db, 3);
      const intact = run(['--db', filename]);
      assert.equal(intact.status, 0, intact.stdout + intact.stderr);
      assert.match(intact.stdout, /intact, 3 entries/);
      const viaEnv = run([], { SHANZHI_DB: filename });
      assert.equal(viaEnv.status, 0, viaEnv.stdout + viaEnv.stderr);

      await sql`DROP TRIGGER audit_log_no_update`.execute(db);
      await db.updateTable('audit_log').set({ role: 'admin' }).where('seq', '=', 2).execute();
      const broken = run(['--db', filename]);
      assert.equal(broken.status, 1);
      assert.match(broken.stdout, /BROKEN at seq 2 \(hash-mismatch\)/);

      const missing = run(['--db', join(scratch, 'nope.sqlite')]);
      assert.equal(missing.status, 1);
      assert.match(missing.stdout, /cannot open/);
    } finally {
      await db.destroy();
    }
  });
});
