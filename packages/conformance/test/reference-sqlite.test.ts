import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '@shanzhi/server/testing';
import { runConformance, testRecordMarker } from '../src/runner.js';
import { suites, type Suite } from '../src/types.js';
import { recordingFetch } from './support/recording-fetch.js';
import {
  assertNoFailures,
  countsOf,
  demoVillage,
  minimumPassedWithWrites,
  portalOrigin,
  referenceOptions,
} from './support/reference-options.js';
import { appliedWrites, markedWrite, villageOf } from './support/write-routes.js';

/*
 * The kit's first proof: the reference server, which the contract is written from, passes every check. A failure
 * here is either a check that expects what the contract does not say, or the reference server breaking its own
 * contract; both are bugs, and neither is fixed by loosening the check.
 */

/**
 * At least this many checks of each suite pass against the reference server with every demo token: a suite that
 * passed nothing would prove nothing (all its checks skipped). A little under the figures of 2026-12-05 (700 passed,
 * none skipped: shape 57, problems 238, idempotency 27, paging 20, roles 223, privacy 43, caching 75, cors 6,
 * tracking-codes 7, language 4); a check added later only raises them.
 */
const minimumPassed: Readonly<Record<Suite, number>> = {
  shape: 45,
  problems: 200,
  idempotency: 23,
  paging: 17,
  roles: 190,
  privacy: 36,
  caching: 60,
  cors: 5,
  'tracking-codes': 6,
  language: 3,
};
/** A read-only run skips the checks that write (675 passed, 26 skipped on 2026-12-05) and must still prove most. */
const minimumPassedReadOnly = 600;

let server: TestServer | undefined;
function url(): string {
  if (!server) throw new Error('the reference server is not running');
  return server.url;
}

describe('the kit against the reference server on SQLite', { timeout: 180_000 }, () => {
  before(async () => {
    server = await startTestServer({ corsOrigins: [portalOrigin] });
  });
  after(() => server?.close());

  test('every check passes, with writes in the demo village and every demo token', async () => {
    const { fetch, sent } = recordingFetch();
    const report = await runConformance(referenceOptions(url(), { fetch }));
    assertNoFailures(report, 'the reference server fails checks of its own contract');
    assert.equal(report.readOnly, false);
    assert.ok(report.counts.passed >= minimumPassedWithWrites, `the run passed only ${String(report.counts.passed)} checks`);
    for (const suite of suites) {
      const counts = countsOf(report, suite);
      assert.ok(
        counts.passed >= minimumPassed[suite],
        `suite ${suite} passed ${String(counts.passed)} checks (skipped ${String(counts.skipped)})`,
      );
    }
    // Safe writes: the run did write (its write checks proved something), and only marked records in the demo village.
    const writes = appliedWrites(sent);
    assert.ok(writes.length > 0, 'a run allowed to write wrote nothing');
    for (const one of writes) {
      assert.ok(markedWrite(one, testRecordMarker), `${one.method} ${one.url} created a record without the test marker`);
      assert.ok([undefined, demoVillage].includes(villageOf(one.url)), `${one.method} ${one.url} wrote outside ${demoVillage}`);
    }
  });

  test('a read-only run sends no request that could change data, and still passes', async () => {
    const { fetch, sent } = recordingFetch();
    const report = await runConformance(referenceOptions(url(), { readOnly: true, fetch }));
    assert.equal(report.readOnly, true);
    assert.ok(report.counts.passed >= minimumPassedReadOnly, `a read-only run passed only ${String(report.counts.passed)} checks`);
    // A request to a route that writes may only be one the backend must refuse before it changes anything (no token,
    // the wrong role, a bad body): its answer is not a success.
    assert.deepEqual(appliedWrites(sent), [], 'a read-only run changed data');
    assertNoFailures(report, 'the read-only run');
  });
});
