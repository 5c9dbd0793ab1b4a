import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { MediationIntakeInput } from '@shanzhi/rules';
import { submitMediationIntake } from '@shanzhi/sdk';
import type { Kysely } from 'kysely';
import { openDatabase, type Database } from '../src/db/index.js';
import { startTestServer, type TestServer } from './harness.js';

/** A copy of the database must not hand out tracking codes: the idempotency table keeps receipts sealed. */

const scratch = mkdtempSync(join(tmpdir(), 'shanzhi-receipt-'));
const filename = join(scratch, 'receipt.sqlite');
let server: TestServer;
let db: Kysely<Database>;

before(async () => {
  server = await startTestServer({ households: 60, filename });
  db = openDatabase({ filename });
});

after(async () => {
  await db.destroy();
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

const intake: MediationIntakeInput = {
  dispute: {
    type: 'homestead',
    description: '邻居建房时越过了两家宅基地的分界线约半米，多次协商未果。',
    desiredOutcome: '希望重新测量并恢复原来的分界。',
  },
  applicant: { name: '欧阳明华', mobile: '13912345678', residentId: '11010519491231002X', address: '青溪镇王家坞村三组' },
  respondents: [{ kind: 'person', name: '张建国', mobile: '13700001111' }],
  safety: {
    violenceThreatened: false,
    weaponsInvolved: false,
    groupIncident: false,
    alreadyBefore: 'none',
    otherPartyRefusedMediation: false,
  },
  consent: { mediation: true, personalData: true },
};

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
