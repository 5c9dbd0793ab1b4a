/**
 * `npm run bench -w @shanzhi/conformance`: how long the whole kit takes against the reference server (in-memory SQLite,
 * the demo county, every demo token, writes in the demo village), cold and warm, and how many requests it sends — the
 * figures an operator weighs before putting the kit in a CI pipeline. Medians of warm runs; the cold run is the first.
 */
import { startTestServer } from '@shanzhi/server/testing';
import { runConformance } from '../src/runner.js';
import { referenceOptions } from '../test/support/reference-options.js';

const warmRuns = Number(process.env.BENCH_RUNS ?? 5);
const server = await startTestServer({ corsOrigins: ['https://portal.example'] });
let requests = 0;
const counting: typeof fetch = (input, init) => {
  requests += 1;
  return fetch(input, init);
};

const times: number[] = [];
let checks = 0;
let failed = 0;
for (let run = 0; run <= warmRuns; run += 1) {
  requests = 0;
  const started = performance.now();
  const report = await runConformance(referenceOptions(server.url, { fetch: counting }));
  const ms = performance.now() - started;
  checks = report.results.length;
  failed += report.counts.failed;
  if (run === 0) console.log(`cold run: ${ms.toFixed(0)} ms, ${String(checks)} checks, ${String(requests)} requests`);
  else times.push(ms);
}
await server.close();

const sorted = times.sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
console.log(`warm runs (${String(warmRuns)}): median ${median.toFixed(0)} ms, fastest ${(sorted[0] ?? 0).toFixed(0)} ms`);
console.log(`per request: ${((median / Math.max(1, requests)) * 1000).toFixed(0)} µs of the median run (${String(requests)} requests)`);
if (failed > 0) {
  console.error(`${String(failed)} checks failed: the benchmark measures a conforming backend`);
  process.exitCode = 1;
}
