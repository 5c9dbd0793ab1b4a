import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  closeThenStop,
  demoNow,
  openPostgres,
  postgresUnavailable,
  startPostgresCluster,
  startServerInTest,
  type PostgresCluster,
  type Started,
} from '@shanzhi/server/testing';
import { runConformance } from '../src/runner.js';
import { assertNoFailures, minimumPassedWithWrites, portalOrigin, referenceOptions } from './support/reference-options.js';

/*
 * The reference server on PostgreSQL passes the kit as on SQLite: the contract's behaviour (paging order, idempotent
 * replays, masking) must not depend on the database a province picks. Skipped, with the reason, where PostgreSQL
 * cannot run (as the server's own PostgreSQL tests are).
 */

const running: { cluster?: PostgresCluster; server?: Started } = {};

describe('the kit against the reference server on PostgreSQL', { skip: postgresUnavailable(), timeout: 240_000 }, () => {
  before(async () => {
    running.cluster = await startPostgresCluster();
    // Migrated and seeded with the same demo county as the SQLite test server (startTestServer's defaults).
    running.server = await startServerInTest({
      db: openPostgres(running.cluster.url),
      port: 0,
      hostname: '127.0.0.1',
      households: 600,
      now: demoNow,
      corsOrigins: [portalOrigin],
    });
  });
  after(() => closeThenStop([running.server], running.cluster));

  test('every check passes, with writes in the demo village and every demo token', async () => {
    if (!running.server) throw new Error('the reference server is not running');
    const report = await runConformance(referenceOptions(running.server.url));
    assertNoFailures(report, 'the reference server on PostgreSQL fails checks of its own contract');
    assert.ok(report.counts.passed >= minimumPassedWithWrites, `the run passed only ${String(report.counts.passed)} checks`);
  });
});
