import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../src/app.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open.js';

test('guessing tracking codes is refused with 429 and Retry-After after too many misses', async () => {
  const db = openDatabase({ filename: ':memory:' });
  await migrateToLatest(db);
  let clock = 0;
  const { app } = createApp({ db, guessLimit: { perCase: { maxFailures: 3, windowMs: 60_000 }, now: () => clock } });
  const look = () =>
    app.request('/v1/mediation/cases/MED-339901-2026-000001/lookup', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ trackingCode: 'ABCDEFGH' }),
    });
  for (let i = 0; i < 3; i += 1) assert.equal((await look()).status, 404);
  const refused = await look();
  assert.equal(refused.status, 429);
  assert.equal(refused.headers.get('content-type')?.startsWith('application/problem+json'), true);
  assert.equal(refused.headers.get('retry-after'), '60');
  clock = 60_001;
  assert.equal((await look()).status, 404, 'the window passes and look-ups are answered again');
  await db.destroy();
});

test('a tracking code in the query string is refused and never counted', async () => {
  const db = openDatabase({ filename: ':memory:' });
  await migrateToLatest(db);
  const { app } = createApp({ db, guessLimit: { perCase: { maxFailures: 1 } } });
  for (const path of [
    '/v1/mediation/cases/MED-339901-2026-000001?trackingCode=ABCDEFGH',
    '/v1/mediation/cases/MED-339901-2026-000001/lookup?TrackingCode=ABCDEFGH',
  ]) {
    const response = await app.request(path, {
      method: path.endsWith('lookup?TrackingCode=ABCDEFGH') ? 'POST' : 'GET',
      headers: { 'Content-Type': 'application/json' },
      body: path.includes('lookup') ? '{}' : null,
    });
    assert.equal(response.status, 400);
    assert.ok(!(await response.text()).includes('ABCDEFGH'), 'the code is not echoed');
  }
  const rows = await db.selectFrom('throttle_counters').selectAll().execute();
  assert.deepEqual(rows, []);
  await db.destroy();
});
