import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { runConformance } from '../src/runner.js';
import type { ConformanceReport, Suite } from '../src/types.js';
import { faults, startBrokenServer, type BrokenServer, type Fault } from './support/broken-server.js';
import { assertNoFailures, failuresOf, referenceOptions } from './support/reference-options.js';

/*
 * The kit's second proof: a backend with one of the classic bugs fails the suite that guards that promise, with a
 * message that names the promise, while the same server without the bug (the same proxy, no fault on) passes that
 * suite. Only the suite that must catch a fault runs, and every broken proxy stands in front of the one healthy server
 * (a reference server starts in seconds, a proxy in milliseconds), to keep the file fast.
 */

/**
 * The suite that must catch each fault, and what one of its failure messages must say: the promise the backend broke,
 * in the words of the checks that found it (each must be said) (src/problem-expect.ts, src/checks/{privacy,idempotency,paging}.ts).
 */
const caughtBy: Readonly<Record<Fault, { readonly suite: Suite; readonly messages: readonly RegExp[] }>> = {
  unmaskedNames: { suite: 'privacy', messages: [/public names must be masked/] },
  noIdempotencyCheck: {
    suite: 'idempotency',
    messages: [/without the Idempotency-Key its route requires must be refused with 400/, /created a second record instead of replaying/],
  },
  wrongProblemType: { suite: 'problems', messages: [/errors must be application\/problem\+json/] },
  pagingGap: { suite: 'paging', messages: [/paging skipped \d+ rows?/] },
};

async function runSuites(server: BrokenServer, suites: readonly Suite[]): Promise<ConformanceReport> {
  return runConformance(referenceOptions(server.url, { suites }));
}

function assertCaught(report: ConformanceReport, fault: Fault): void {
  const { suite, messages } = caughtBy[fault];
  const failed = report.results.filter((result) => result.suite === suite && result.outcome === 'failed');
  assert.ok(failed.length > 0, `suite ${suite} did not fail with ${fault} switched on`);
  for (const message of messages)
    assert.ok(
      failed.some((result) => message.test(result.message ?? '')),
      `no failure of suite ${suite} names the promise ${fault} breaks (${String(message)}):\n${failuresOf(report, suite).join('\n')}`,
    );
}

let healthy: BrokenServer | undefined;

describe('the kit names each fault of a broken server', { timeout: 180_000 }, () => {
  before(async () => {
    healthy = await startBrokenServer([]);
  });
  after(() => healthy?.stop());

  for (const fault of faults) {
    const { suite } = caughtBy[fault];
    test(`${fault}: suite ${suite} fails, and passes without the fault`, async () => {
      if (!healthy) throw new Error('the healthy server is not running');
      const broken = await startBrokenServer([fault], { upstream: healthy });
      try {
        assertCaught(await runSuites(broken, [suite]), fault);
      } finally {
        await broken.stop();
      }
      assertNoFailures(await runSuites(healthy, [suite]), `suite ${suite} on the server without faults`);
    });
  }

  test('with every fault on, each is reported by its suite', async () => {
    if (!healthy) throw new Error('the healthy server is not running');
    const broken = await startBrokenServer(faults, { upstream: healthy });
    try {
      const report = await runSuites(
        broken,
        faults.map((fault) => caughtBy[fault].suite),
      );
      for (const fault of faults) assertCaught(report, fault);
    } finally {
      await broken.stop();
    }
  });
});
