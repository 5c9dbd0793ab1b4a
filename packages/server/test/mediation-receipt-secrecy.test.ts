import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { submitMediationIntake } from '@shanzhi/sdk';
import type { Kysely } from 'kysely';
import { type Database } from '../src/db/index.js';
import type { TestServer } from './harness.js';
import { homesteadIntake } from './support/intakes.js';
import { startFileServer, type FileServer } from './support/scratch.js';

/** A copy of the database must not hand out tracking codes: the idempotency table keeps receipts sealed. */

let fixture: FileServer;
let server: TestServer;
let db: Kysely<Database>;

before(async () => {
  fixture = await startFileServer('shanzhi-receipt-', { households: 60 });
  ({ server, db } = fixture);
});

after(() => fixture.close());

const intake = homesteadIntake();

test('after an intake the idempotency table holds neither the tracking code nor the Idempotency-Key; a retry still gets the code', async () => {
  const idempotencyKey = '5f0c6c1e-8b0e-4f7a-9d55-0c2b1f3e9a71';
  const client = server.client();
  const first = await client.request(submitMediationIntake, { body: intake }, { idempotencyKey });
  const code = first.data.trackingCode;

  const rows = await db.selectFrom('idempotency_keys').selectAll().execute();
  assert.equal(rows.length, 1);
  const stored = JSON.stringify(rows);
  for (const secret of [code, code.toLowerCase(), `${code.slice(0, 4)}-${code.slice(4)}`, idempotencyKey, first.data.caseNumber]) {
    assert.ok(!stored.includes(secret), `the table does not hold ${secret === idempotencyKey ? 'the key' : 'the receipt'}`);
  }
  assert.match(rows[0]?.response_body ?? '', /^v1\./, 'the response is sealed');

  const retry = await client.request(submitMediationIntake, { body: intake }, { idempotencyKey });
  assert.equal(retry.replayed, true);
  assert.deepEqual(retry.data, first.data, 'the retry gets the same receipt, code included');
});
