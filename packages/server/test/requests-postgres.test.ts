import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  advanceServiceRequest,
  createClient,
  fileOrderRequest,
  getRequestRatings,
  listServiceRequests,
  lookUpServiceRequest,
  type Client,
} from '@shanzhi/sdk';
import { migrateToLatest, openPostgres } from '../src/db/index.js';
import { generateDemoCounty } from '../src/seed/index.js';
import type { Started } from '../src/start.js';
import { loadDemoCounty } from '../src/store/load-demo.js';
import { demoNow, demoToday, startServerInTest, startTestServer, testCallTimeoutMs } from './harness.js';
import { closeThenStop, postgresUnavailable, startPostgresCluster, type PostgresCluster } from './postgres-cluster.js';

/* The request lifecycle's queries (the counter, the receipt hash, the ratings' GROUP BY) run unchanged on PostgreSQL. */

const households = 300;
const villageId = 'v-qs-01';
let cluster: PostgresCluster | undefined;
let server: Started | undefined;
let reference: Started | undefined;

const clientOf = (started: Started | undefined, token?: string): Client => {
  assert.ok(started, 'the server is running');
  return createClient({ baseUrl: started.url, retry: { limit: 0 }, timeout: testCallTimeoutMs, ...(token === undefined ? {} : { token }) });
};

describe('requests on PostgreSQL', { skip: postgresUnavailable(), timeout: 120_000 }, () => {
  before(async () => {
    cluster = await startPostgresCluster();
    const db = openPostgres(cluster.url);
    await migrateToLatest(db);
    await loadDemoCounty(db, generateDemoCounty({ households, asOf: demoToday }));
    server = await startServerInTest({ db, port: 0, hostname: '127.0.0.1', now: demoNow });
    reference = await startTestServer({ households });
  });
  after(() => closeThenStop([server, reference], cluster));

  test('the aggregates and the staff list answer as on SQLite', async () => {
    for (const started of [server, reference]) assert.ok(started);
    const ratings = await Promise.all(
      [server, reference].map(async (started) => (await clientOf(started).request(getRequestRatings, { params: { villageId } })).data),
    );
    assert.deepEqual(ratings[0], ratings[1]);
    const lists = await Promise.all(
      [server, reference].map(
        async (started) =>
          (await clientOf(started, 'demo-cadre').request(listServiceRequests, { params: { villageId }, query: { limit: 200 } })).data,
      ),
    );
    assert.deepEqual(lists[0], lists[1]);
  });

  test('a 点单 is numbered after the seeded ones, followed by its receipt code and moved on', async () => {
    const { data: receipt } = await clientOf(server).request(
      fileOrderRequest,
      {
        params: { villageId },
        body: { applicant: { name: '王秀英', mobile: '13912345678' }, category: 'policy', text: '想了解高龄津贴怎么申请' },
      },
      { idempotencyKey: 'requests-postgres-1' },
    );
    assert.equal(receipt.id, 'rq-qs-01-0022');
    const params = { villageId, requestId: receipt.id };
    const { data: status } = await clientOf(server).request(lookUpServiceRequest, { params, body: { receiptCode: receipt.receiptCode } });
    assert.equal(status.state, 'open');
    const { data: moved } = await clientOf(server, 'demo-cadre').request(advanceServiceRequest, { params, body: { step: 'negotiate' } });
    assert.equal(moved.next?.code, 'dispatch');
  });
});
