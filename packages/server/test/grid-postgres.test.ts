import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assessGridReport,
  createClient,
  fileGridReport,
  getGridReportCounts,
  getGridRound,
  listGridReports,
  listGrids,
  recordGridVisit,
  type Client,
} from '@shanzhi/sdk';
import { migrateToLatest, openPostgres } from '../src/db/index.js';
import { generateDemoCounty } from '../src/seed/index.js';
import type { Started } from '../src/start.js';
import { loadDemoCounty } from '../src/store/load-demo.js';
import { demoNow, demoToday, startServerInTest, startTestServer, testCallTimeoutMs } from './harness.js';
import { closeThenStop, postgresUnavailable, startPostgresCluster, type PostgresCluster } from './postgres-cluster.js';

/* The grid tables (migration 0019), the demo grids and the grid routes' queries run unchanged on PostgreSQL. */

const villageId = 'v-qs-01';
/** The server on PostgreSQL and, for comparison, one on SQLite over the same demo county. */
const running: { cluster?: PostgresCluster; postgres?: Started; sqlite?: Started } = {};

function as(started: Started | undefined, token?: string): Client {
  if (!started) throw new Error('the server is not running');
  return createClient({ baseUrl: started.url, retry: { limit: 0 }, timeout: testCallTimeoutMs, ...(token ? { token } : {}) });
}

describe('grids on PostgreSQL', { skip: postgresUnavailable(), timeout: 120_000 }, () => {
  before(async () => {
    const cluster = await startPostgresCluster();
    running.cluster = cluster;
    const db = openPostgres(cluster.url);
    await migrateToLatest(db);
    const county = generateDemoCounty({ households: 300, asOf: demoToday });
    await loadDemoCounty(db, county);
    running.postgres = await startServerInTest({ db, port: 0, hostname: '127.0.0.1', now: demoNow });
    running.sqlite = await startTestServer({ households: county.households.length });
  });
  after(() => closeThenStop([running.postgres, running.sqlite], running.cluster));

  test('the grids, the report list and the public counts answer as on SQLite', async () => {
    const answers = await Promise.all(
      [running.postgres, running.sqlite].map(async (started) => ({
        grids: (await as(started, 'demo-cadre').request(listGrids, { params: { villageId } })).data,
        reports: (await as(started, 'demo-cadre').request(listGridReports, { params: { villageId }, query: { limit: 200 } })).data,
        counts: (await as(started).request(getGridReportCounts, { params: { villageId } })).data,
      })),
    );
    assert.deepEqual(answers[0], answers[1]);
    assert.equal(answers[0]?.counts.published, true);
  });

  test('a report is filed (once per key) and assessed; a visit is recorded over the stored round', async () => {
    const worker = as(running.postgres, 'demo-gridWorker');
    const body = { gridId: 'grid-qs-01-01', category: 'safety', item: 'safety.fire', place: { text: '二组柴房' }, text: '柴堆靠近灶台' };
    const options = { idempotencyKey: 'grid-postgres-1' };
    const filed = (await worker.request(fileGridReport, { params: { villageId }, body }, options)).data;
    const again = (await worker.request(fileGridReport, { params: { villageId }, body }, options)).data;
    assert.equal(again.id, filed.id);
    const assessed = (
      await worker.request(assessGridReport, { params: { villageId, reportId: filed.id }, body: { level: 'grid', dispute: false } })
    ).data;
    assert.equal(assessed.state, 'assessed');
    const roundId = 'grd-qs-01-01-b';
    const round = (await worker.request(getGridRound, { params: { villageId, roundId } })).data;
    const todo = round.households.find((one) => !one.visited);
    assert.ok(todo);
    const visited = (await worker.request(recordGridVisit, { params: { villageId, roundId }, body: { householdId: todo.id } })).data;
    assert.equal(visited.visited, round.visited + 1);
  });
});
