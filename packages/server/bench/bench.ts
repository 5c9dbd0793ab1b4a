// `npm run bench -w @shanzhi/server`: throughput and tail latency of the reference server, next to a bare
// node:http hello world on the same machine, in one run. Loopback only; every measurement is bounded in time.
//
//   BENCH_SECONDS=8      seconds per measurement (default 8)
//   BENCH_CONNECTIONS=10 concurrent connections (default 10)
//   BENCH_BIG=0          skip the county whose first village alone has 10,000 households (seeding it takes a minute)
//
// Each server runs in a child process, so autocannon does not share its event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon, { type Options, type Result } from 'autocannon';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const big = process.env.BENCH_BIG !== '0';
const here = import.meta.dirname;
const repoRoot = resolve(here, '../../..');
const folder = mkdtempSync(join(tmpdir(), 'shanzhi-bench-'));

interface Child {
  readonly process: ChildProcess;
  readonly url: string;
  readonly seedMs: number;
}

/** Starts `script` (a TypeScript file beside this one) and waits for its `{"port":…}` line. */
async function start(script: string, args: readonly string[] = []): Promise<Child> {
  const child = spawn(process.execPath, ['--conditions=shanzhi-source', '--import', 'tsx', join(here, script), ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const ready = await new Promise<{ port: number; seedMs: number }>((done, fail) => {
    const timer = setTimeout(() => {
      fail(new Error(`${script} did not start within 10 minutes`));
    }, 600_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      done(JSON.parse(line) as { port: number; seedMs: number });
    });
    child.once('exit', (code) => {
      fail(new Error(`${script} exited with ${String(code)}`));
    });
  });
  return { process: child, url: `http://127.0.0.1:${String(ready.port)}`, seedMs: ready.seedMs };
}

async function stop(child: Child): Promise<void> {
  await new Promise<void>((done) => {
    child.process.once('exit', () => {
      done();
    });
    child.process.kill('SIGTERM');
  });
}

interface Row {
  readonly name: string;
  readonly result: Result;
  readonly note: string;
}
const rows: Row[] = [];

async function measure(name: string, options: Options, note = ''): Promise<void> {
  process.stderr.write(`… ${name} (${String(seconds)} s, ${String(connections)} connections)\n`);
  const result = await autocannon({ connections, duration: seconds, timeout: 10, ...options });
  rows.push({ name, result, note });
}

async function get(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${String(response.status)}`);
  return response.json();
}

/** Households of a village, from the region tree (the route the portal uses). */
async function householdsOf(url: string, villageId: string): Promise<number> {
  const tree = (await get(`${url}/v1/regions`)) as { counties: { towns: { villages: { id: string; households?: number }[] }[] }[] };
  for (const county of tree.counties)
    for (const town of county.towns) for (const village of town.villages) if (village.id === villageId) return village.households ?? 0;
  return 0;
}

const leaderboardPath = '/v1/villages/v-qs-01/points/leaderboard';

const intake = JSON.stringify({
  dispute: { type: 'neighbour', description: '邻居家在我家门口堆放柴火，堵住了出入的路。', desiredOutcome: '请邻居把柴火搬走。' },
  applicant: { name: '张三', mobile: '13812345678' },
  respondents: [{ kind: 'person', name: '李四' }],
  safety: {
    violenceThreatened: false,
    weaponsInvolved: false,
    groupIncident: false,
    alreadyBefore: 'none',
    otherPartyRefusedMediation: false,
  },
  consent: { mediation: true, personalData: true },
});

try {
  // 1. The ceiling of this machine: node:http answering a constant.
  const hello = await start('hello.ts');
  await measure('node:http hello world', { url: hello.url });
  await stop(hello);

  // 2. The demo county at 10,000 households: the leaderboard of its first village, then intake creates.
  const county = await start('server.ts', [join(folder, 'county-10k.sqlite'), '10000']);
  const villageSize = await householdsOf(county.url, 'v-qs-01');
  await get(`${county.url}${leaderboardPath}`); // the first call builds the village's ranking cache
  await measure(
    'leaderboard, county of 10,000',
    { url: `${county.url}${leaderboardPath}` },
    `v-qs-01 has ${String(villageSize)} households; seeded in ${String(county.seedMs)} ms`,
  );
  await measure(
    'mediation intake (POST, new key each)',
    {
      url: county.url,
      requests: [
        {
          method: 'POST',
          path: '/v1/mediation/cases',
          body: intake,
          setupRequest: (request) => ({
            ...request,
            headers: { ...request.headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          }),
        },
      ],
    },
    'one SQLite transaction per create: case, idempotency key, audit entry',
  );
  await stop(county);

  // 3. One village of 10,000 households: the seed spreads households by fixed weights (v-qs-01 has 430 of 4,000),
  //    so a county of 93,024 gives v-qs-01 its 10,000.
  if (big) {
    const large = await start('server.ts', [join(folder, 'county-93k.sqlite'), '93024']);
    const largeVillage = await householdsOf(large.url, 'v-qs-01');
    await get(`${large.url}${leaderboardPath}`);
    await measure(
      'leaderboard, village of 10,000',
      { url: `${large.url}${leaderboardPath}` },
      `v-qs-01 has ${String(largeVillage)} households; seeded in ${String(large.seedMs)} ms`,
    );
    await stop(large);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const table = [
  ['measurement', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'note'],
  ...rows.map(({ name, result, note }) => [
    name,
    Math.round(result.requests.average).toLocaleString('en-US'),
    String(result.latency.p50),
    String(result.latency.p99),
    String(result.non2xx),
    String(result.errors + result.timeouts),
    note,
  ]),
];
const widths = table[0]?.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length))) ?? [];
const line = (row: readonly string[]) =>
  row
    .map((cell, column) =>
      column === 0 || column === row.length - 1 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
    )
    .join('  ')
    .trimEnd();
console.log(`\nshanzhi server bench — ${String(seconds)} s each, ${String(connections)} connections, loopback, Node ${process.version}\n`);
console.log(line(table[0] ?? []));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of table.slice(1)) console.log(line(row));
const failed = rows.filter(({ result }) => result.non2xx > 0 || result.errors > 0);
if (failed.length > 0) {
  console.error(
    `\nSome requests failed: ${failed.map(({ name, result }) => `${name} ${JSON.stringify(result.statusCodeStats)}`).join('; ')}`,
  );
  process.exitCode = 1;
}
