/**
 * Runs the kit against the reference server (in-memory demo county, every demo token, the demo village, the portal
 * origin) and prints what failed or skipped: the quick loop for writing a check.
 *   node --conditions=shanzhi-source --import tsx packages/conformance/test/support/run-reference.ts [--suite shape …]
 * Exits 1 when a check failed.
 */
import { parseArgs } from 'node:util';
import { startTestServer } from '@shanzhi/server/testing';
import { runConformance } from '../../src/runner.js';
import { suites, type Suite } from '../../src/types.js';
import { failuresOf, portalOrigin, referenceOptions } from './reference-options.js';

const { values } = parseArgs({ options: { suite: { type: 'string', multiple: true } } });
const wanted = values.suite ?? [];
for (const suite of wanted)
  if (!(suites as readonly string[]).includes(suite)) throw new Error(`unknown suite ${suite}: one of ${suites.join(', ')}`);

const server = await startTestServer({ corsOrigins: [portalOrigin] });
try {
  const report = await runConformance(referenceOptions(server.url, wanted.length > 0 ? { suites: wanted as Suite[] } : {}));
  for (const line of failuresOf(report)) console.log(`FAIL ${line}`);
  for (const result of report.results) if (result.outcome === 'skipped') console.log(`skip ${result.id}: ${result.message ?? ''}`);
  const { passed, failed, skipped } = report.counts;
  console.log(
    `${String(passed)} passed, ${String(failed)} failed, ${String(skipped)} skipped in ${String(report.ms)} ms (${report.readOnly ? 'read-only' : 'with writes'})`,
  );
  process.exitCode = failed > 0 ? 1 : 0;
} finally {
  await server.close();
}
