import { startServer } from './packages/server/src/start.ts';
import { openDatabase } from './packages/server/src/db/open.ts';
import autocannon from 'autocannon';
let t = Date.now();
const s = await startServer({ db: openDatabase({ filename: ':memory:' }), port: 0, hostname: '127.0.0.1', households: 93024, now: () => new Date('2026-11-29T04:00:00Z') });
console.log('start', Date.now() - t);
for (const q of ['', '', '?period=all', '?period=year&category=environment', '?list=black', '?q=10120']) {
  t = Date.now();
  const r = await fetch(`${s.url}/v1/villages/v-qs-01/points/leaderboard${q}`);
  const j = await r.json() as { totalHouseholds: number };
  console.log(q, j.totalHouseholds, 'ms', Date.now() - t);
}
console.log('rss MB', Math.round(process.memoryUsage().rss / 1e6));
const res = await autocannon({ url: `${s.url}/v1/villages/v-qs-01/points/leaderboard`, connections: 10, duration: 5 });
console.log('req/s', res.requests.average, 'p99', res.latency.p99);
const res2 = await autocannon({ url: `${s.url}/v1/villages/v-qs-01/points/leaderboard?q=101201-0999`, connections: 10, duration: 3 });
console.log('q req/s', res2.requests.average, 'p99', res2.latency.p99);
await s.close();
