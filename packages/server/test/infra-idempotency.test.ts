import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../src/audit/index.js';
import { openDatabase, type Database } from '../src/db/index.js';
import {
  idempotencyKeyTtlMs,
  parseIdempotencyKey,
  purgeExpiredIdempotencyKeys,
  runIdempotent,
  type IdempotentRequest,
} from '../src/http/idempotency.js';
import { idempotencySecrets } from '../src/http/idempotency-seal.js';
import { HttpProblem } from '../src/http/problem.js';
import { freshDb, scratchFolder, withFreshDb } from './support/scratch.js';

const scratch = scratchFolder('shanzhi-idem-');

function request(overrides: Partial<IdempotentRequest> = {}): IdempotentRequest {
  return {
    key: '8e03978e-40d5-43e8-bc93-6894a57f9324',
    required: true,
    principal: 'user-1',
    method: 'POST',
    path: '/v1/points/entries',
    body: { villager: 'v-7', ruleCode: 'A01', points: 5 },
    ...overrides,
  };
}

/** A write that the test can count: one audit entry per execution. */
function countingWork(calls: { n: number }) {
  return async (trx: Transaction<Database>) => {
    calls.n += 1;
    await appendAudit(trx, {
      actor: 'user-1',
      role: 'cadre',
      action: 'points.entry.create',
      subject: `points-entry:${String(calls.n)}`,
      before: null,
      after: { n: calls.n },
    });
    return { status: 201, body: { id: calls.n, createdAt: '2026-11-29T08:00:00.000Z' } };
  };
}

async function countRows(db: Kysely<Database>): Promise<{ keys: number; audit: number }> {
  const keys = await db.selectFrom('idempotency_keys').select(['key']).execute();
  const audit = await db.selectFrom('audit_log').select(['seq']).execute();
  return { keys: keys.length, audit: audit.length };
}

function isProblem(status: number, code: string) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof HttpProblem, `expected an HttpProblem, got ${String(error)}`);
    assert.equal(error.status, status);
    assert.equal(error.code, code);
    return true;
  };
}

describe('idempotency keys', () => {
  test('a missing key on a route that requires one is a 400 and runs nothing', () =>
    withFreshDb(async (db) => {
      const calls = { n: 0 };
      await assert.rejects(runIdempotent(db, request({ key: undefined }), countingWork(calls)), isProblem(400, 'idempotency-key-missing'));
      assert.equal(calls.n, 0);
      const optional = await runIdempotent(db, request({ key: undefined, required: false }), countingWork(calls));
      assert.deepEqual(optional, { status: 201, body: { id: 1, createdAt: '2026-11-29T08:00:00.000Z' }, replayed: false });
      assert.deepEqual(await countRows(db), { keys: 0, audit: 1 });
    }));

  test('empty, overlong and non-ASCII keys are a 400; quoted structured-field strings are unwrapped', async () => {
    assert.equal(parseIdempotencyKey(undefined), undefined);
    assert.equal(parseIdempotencyKey('abc-123'), 'abc-123');
    assert.equal(parseIdempotencyKey('"abc-123"'), 'abc-123');
    assert.equal(parseIdempotencyKey('"a\\"b"'), 'a"b');
    for (const bad of ['', '   ', '""', '"open', 'x'.repeat(256), '钥匙', 'a\u0007b']) {
      assert.throws(() => parseIdempotencyKey(bad), isProblem(400, 'idempotency-key-invalid'), JSON.stringify(bad));
    }
    await withFreshDb((db) =>
      assert.rejects(
        runIdempotent(db, request({ key: 'x'.repeat(300) }), countingWork({ n: 0 })),
        isProblem(400, 'idempotency-key-invalid'),
      ),
    );
  });

  test('the same key and body replays the first response without running again', () =>
    withFreshDb(async (db) => {
      const calls = { n: 0 };
      const first = await runIdempotent(db, request(), countingWork(calls));
      assert.equal(first.replayed, false);
      // Key order and the quoted form do not make a different request.
      const again = await runIdempotent(
        db,
        request({ key: '"8e03978e-40d5-43e8-bc93-6894a57f9324"', method: 'post', body: { points: 5, ruleCode: 'A01', villager: 'v-7' } }),
        countingWork(calls),
      );
      assert.deepEqual(again, { status: 201, body: first.body, replayed: true });
      assert.equal(calls.n, 1);
      assert.deepEqual(await countRows(db), { keys: 1, audit: 1 });
    }));

  test('keys are per principal: another user with the same key runs their own request', () =>
    withFreshDb(async (db) => {
      const calls = { n: 0 };
      await runIdempotent(db, request(), countingWork(calls));
      const other = await runIdempotent(db, request({ principal: 'user-2' }), countingWork(calls));
      assert.equal(other.replayed, false);
      assert.equal(calls.n, 2);
    }));

  test('the same key with a different body, method or path is a 422', () =>
    withFreshDb(async (db) => {
      const calls = { n: 0 };
      await runIdempotent(db, request(), countingWork(calls));
      await assert.rejects(
        runIdempotent(db, request({ body: { villager: 'v-7', ruleCode: 'A01', points: 6 } }), countingWork(calls)),
        isProblem(422, 'idempotency-key-reused'),
      );
      await assert.rejects(
        runIdempotent(db, request({ path: '/v1/redemptions' }), countingWork(calls)),
        isProblem(422, 'idempotency-key-reused'),
      );
      await assert.rejects(runIdempotent(db, request({ method: 'PUT' }), countingWork(calls)), isProblem(422, 'idempotency-key-reused'));
      assert.equal(calls.n, 1);
      assert.deepEqual(await countRows(db), { keys: 1, audit: 1 });
    }));

  test('a second request with the key while the first is running is a 409; afterwards it replays', () =>
    withFreshDb(async (db) => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      let runs = 0;
      const first = runIdempotent(db, request(), async (trx) => {
        runs += 1;
        await appendAudit(trx, { actor: 'user-1', role: 'cadre', action: 'x', subject: 'y:1', before: null, after: { a: 1 } });
        await gate;
        return { status: 201, body: { id: 1 } };
      });
      await assert.rejects(runIdempotent(db, request(), countingWork({ n: 0 })), (error: unknown) => {
        assert.ok(isProblem(409, 'idempotency-in-flight')(error));
        assert.equal((error as HttpProblem).headers['Retry-After'], '1');
        return true;
      });
      release();
      assert.deepEqual(await first, { status: 201, body: { id: 1 }, replayed: false });
      const later = await runIdempotent(db, request(), countingWork({ n: 0 }));
      assert.deepEqual(later, { status: 201, body: { id: 1 }, replayed: true });
      assert.equal(runs, 1);
    }));

  test('work that throws leaves neither the key nor its write; the retry runs exactly once', () =>
    withFreshDb(async (db) => {
      const calls = { n: 0 };
      await assert.rejects(
        runIdempotent(db, request(), async (trx) => {
          await countingWork(calls)(trx);
          throw new Error('crash after the write, before the commit');
        }),
        /before the commit/,
      );
      assert.deepEqual(await countRows(db), { keys: 0, audit: 0 });
      const retry = await runIdempotent(db, request(), countingWork(calls));
      assert.equal(retry.replayed, false);
      const replay = await runIdempotent(db, request(), countingWork(calls));
      assert.equal(replay.replayed, true);
      assert.equal(calls.n, 2); // the failed attempt and the one retry
      assert.deepEqual(await countRows(db), { keys: 1, audit: 1 });
    }));

  test('a problem thrown by work (e.g. validation) is not remembered', () =>
    withFreshDb(async (db) => {
      await assert.rejects(
        runIdempotent(db, request(), () => Promise.reject(HttpProblem.of('forbidden'))),
        isProblem(403, 'forbidden'),
      );
      assert.deepEqual(await countRows(db), { keys: 0, audit: 0 });
    }));

  test('keys expire after 24 hours: purge removes them and an expired key runs afresh', () =>
    withFreshDb(async (db) => {
      const calls = { n: 0 };
      const t0 = new Date('2026-11-29T08:00:00.000Z');
      await runIdempotent(db, request({ now: t0 }), countingWork(calls));
      await runIdempotent(db, request({ key: 'second', now: new Date(t0.getTime() + 60_000) }), countingWork(calls));
      const almost = new Date(t0.getTime() + idempotencyKeyTtlMs - 1);
      assert.equal((await runIdempotent(db, request({ now: almost }), countingWork(calls))).replayed, true);
      const expired = new Date(t0.getTime() + idempotencyKeyTtlMs + 1);
      assert.equal((await runIdempotent(db, request({ now: expired, body: { other: true } }), countingWork(calls))).replayed, false);
      assert.equal(calls.n, 3);
      assert.equal(await purgeExpiredIdempotencyKeys(db, new Date(t0.getTime() + idempotencyKeyTtlMs + 120_000)), 1);
      const left = await db.selectFrom('idempotency_keys').select(['key', 'created_at']).execute();
      // The table holds the key only as its digest (idempotency-seal.ts): the row left is the first key's.
      assert.deepEqual(left, [
        { key: idempotencySecrets('8e03978e-40d5-43e8-bc93-6894a57f9324', request().principal).lookup, created_at: expired.toISOString() },
      ]);
    }));
});

describe('idempotency durability across a killed process', () => {
  const src = (path: string) => pathToFileURL(fileURLToPath(new URL(`../src/${path}`, import.meta.url))).href;
  const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

  /** Runs runIdempotent in a child process, SIGKILLs it when it prints `marker`, resolves with its signal. */
  function killWhen(filename: string, stage: 'inside-work' | 'after-commit'): Promise<NodeJS.Signals | null> {
    const script = `
      import { openDatabase } from ${JSON.stringify(src('db/open.ts'))};
      import { runIdempotent } from ${JSON.stringify(src('http/idempotency.ts'))};
      import { appendAudit } from ${JSON.stringify(src('audit/log.ts'))};
      const db = openDatabase({ filename: ${JSON.stringify(filename)} });
      const hang = () => new Promise(() => { setInterval(() => {}, 1000); });
      await runIdempotent(db, ${JSON.stringify(request())}, async (trx) => {
        await appendAudit(trx, { actor: 'user-1', role: 'cadre', action: 'points.entry.create', subject: 'points-entry:1', before: null, after: { n: 1 } });
        if (${JSON.stringify(stage)} === 'inside-work') { process.stdout.write('inside-work\\n'); await hang(); }
        return { status: 201, body: { id: 1 } };
      });
      process.stdout.write('after-commit\\n');
      await hang();
    `;
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--conditions=shanzhi-source', '--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes(stage)) child.kill('SIGKILL');
      });
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        if (signal === 'SIGKILL') resolve(signal);
        else reject(new Error(`child exited with ${String(code)}: ${stderr}`));
      });
    });
  }

  /** A migrated database file whose writer was killed at `stage`, opened again as the restarted server would. */
  async function reopenAfterKill(name: string, stage: 'inside-work' | 'after-commit'): Promise<Kysely<Database>> {
    const filename = join(scratch, name);
    const setup = await freshDb(filename);
    await setup.destroy();
    assert.equal(await killWhen(filename, stage), 'SIGKILL');
    return openDatabase({ filename });
  }

  test('killed before the commit: neither write nor key survive, and the retry executes once', async () => {
    const db = await reopenAfterKill('killed-inside.sqlite', 'inside-work');
    const calls = { n: 0 };
    try {
      assert.deepEqual(await countRows(db), { keys: 0, audit: 0 });
      assert.equal((await runIdempotent(db, request(), countingWork(calls))).replayed, false);
      assert.equal((await runIdempotent(db, request(), countingWork(calls))).replayed, true);
      assert.equal(calls.n, 1);
      assert.deepEqual(await countRows(db), { keys: 1, audit: 1 });
    } finally {
      await db.destroy();
    }
  });

  test('killed after the commit: write and key both survive, and the retry replays', async () => {
    const db = await reopenAfterKill('killed-after.sqlite', 'after-commit');
    const calls = { n: 0 };
    try {
      assert.deepEqual(await countRows(db), { keys: 1, audit: 1 });
      assert.deepEqual(await runIdempotent(db, request(), countingWork(calls)), { status: 201, body: { id: 1 }, replayed: true });
      assert.equal(calls.n, 0);
    } finally {
      await db.destroy();
    }
  });
});
