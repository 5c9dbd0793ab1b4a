// `npm run bench -w @shanzhi/server`: throughput and tail latency of the reference server, next to a bare
// node:http hello world on the same machine, in one run. Loopback only; every measurement is bounded in time.
//
//   BENCH_SECONDS=8      seconds per measurement (default 8)
//   BENCH_CONNECTIONS=10 concurrent connections (default 10)
//   BENCH_BIG=0          skip the county whose first village alone has 10,000 households (seeding it takes a minute)
//   BENCH_PG=0           skip the leaderboard on PostgreSQL beside SQLite (it starts a throwaway PostgreSQL: initdb)
//
// Each server runs in a child process, so autocannon does not share its event loop.
import { type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Options, type Result } from 'autocannon';
import { postgresUnavailable, startPostgresCluster, type PostgresCluster } from '../test/postgres-cluster.js';
import { spawnServer } from '../test/support/child-server.js';
import { neighbourIntake } from '../test/support/intakes.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const big = process.env.BENCH_BIG !== '0';
const withPostgres = process.env.BENCH_PG !== '0';
const here = import.meta.dirname;
const folder = mkdtempSync(join(tmpdir(), 'shanzhi-bench-'));
const serverScript = join(here, '../test/support/server-process.ts');

interface Child {
  readonly process: ChildProcess;
  readonly url: string;
  readonly seedMs: number;
}

/**
 * `shanzhi-server serve` from the sources, as an operator runs it, on the database the environment names. The
 * per-client connection limit is lifted: the load generator is one client with many connections.
 */
async function serve(database: Record<string, string>, households: number): Promise<Child> {
  const startedAt = performance.now();
  const started = await spawnServer(join(here, '../src/bin.ts'), ['serve'], {
    name: `serve (${Object.keys(database).join(', ')})`,
    timeoutMs: 600_000,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: '0',
      SHANZHI_HOST: '127.0.0.1',
      SHANZHI_HOUSEHOLDS: String(households),
      SHANZHI_MAX_CONNECTIONS_PER_CLIENT: '0',
      ...database,
    },
    readyLine: (line) => {
      const port = /API:\s+http:\/\/localhost:(\d+)\//.exec(line)?.[1];
      return port === undefined ? undefined : { port };
    },
  });
  return { process: started.child, url: started.url, seedMs: Math.round(performance.now() - startedAt) };
}

/** Starts a server script and waits for its `{"port":…,"seedMs":…}` line. */
async function start(script: string, args: readonly string[] = []): Promise<Child> {
  const started = await spawnServer(script, args, {
    name: script,
    timeoutMs: 600_000,
    readyLine: (line) => JSON.parse(line) as { port: number; seedMs: number },
  });
  return { process: started.child, url: started.url, seedMs: started.ready.seedMs };
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
const helloRow = 'node:http hello world';
const boardRow = 'leaderboard, village of 10,000';
const board304Row = 'leaderboard 304, village of 10,000';
const intakeRow = 'mediation intake (POST, new key each)';
const sqliteServeRow = 'leaderboard, county of 10,000, serve on SQLite';
const postgresServeRow = 'leaderboard, county of 10,000, serve on PostgreSQL';
let postgresSkipped: string | undefined;

const intake = JSON.stringify(neighbourIntake());

try {
  // 1. The ceiling of this machine: node:http answering a constant.
  const hello = await start(join(here, 'hello.ts'));
  await measure(helloRow, { url: hello.url });
  await stop(hello);

  // 2. The demo county at 10,000 households: the leaderboard of its first village, then intake creates.
  const county = await start(serverScript, [join(folder, 'county-10k.sqlite'), '10000']);
  const villageSize = await householdsOf(county.url, 'v-qs-01');
  await get(`${county.url}${leaderboardPath}`); // the first call builds the village's ranking cache
  await measure(
    'leaderboard, county of 10,000',
    { url: `${county.url}${leaderboardPath}` },
    `v-qs-01 has ${String(villageSize)} households; seeded in ${String(county.seedMs)} ms`,
  );
  await measure(
    intakeRow,
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
    const large = await start(serverScript, [join(folder, 'county-93k.sqlite'), '93024']);
    const largeVillage = await householdsOf(large.url, 'v-qs-01');
    const computeStarted = performance.now();
    const first = await fetch(`${large.url}${leaderboardPath}`);
    await first.arrayBuffer();
    const computeMs = Math.round(performance.now() - computeStarted);
    await measure(
      boardRow,
      { url: `${large.url}${leaderboardPath}` },
      `v-qs-01 has ${String(largeVillage)} households; seeded in ${String(large.seedMs)} ms; first page after a change ${String(computeMs)} ms`,
    );
    // The village TV screens and WeChat readers that already hold the page: If-None-Match with its ETag.
    await measure(
      board304Row,
      { url: `${large.url}${leaderboardPath}`, headers: { 'If-None-Match': first.headers.get('etag') ?? '' } },
      '304 Not Modified, no body',
    );
    await stop(large);
  }

  // 4. The same county served by `shanzhi-server serve` on SQLite and on PostgreSQL, one after the other (a record,
  //    not a goal): what a county gives up or gains by running PostgreSQL for several processes.
  postgresSkipped = withPostgres ? postgresUnavailable() : 'BENCH_PG=0';
  if (postgresSkipped === undefined) {
    const boards: [string, Record<string, string>][] = [[sqliteServeRow, { SHANZHI_DB: join(folder, 'serve-10k.sqlite') }]];
    let cluster: PostgresCluster | undefined;
    try {
      cluster = await startPostgresCluster();
      boards.push([postgresServeRow, { SHANZHI_DATABASE_URL: cluster.url }]);
      for (const [name, database] of boards) {
        const server = await serve(database, 10_000);
        try {
          await get(`${server.url}${leaderboardPath}`);
          await measure(name, { url: `${server.url}${leaderboardPath}` }, `started and seeded in ${String(server.seedMs)} ms`);
        } finally {
          await stop(server);
        }
      }
    } finally {
      await cluster?.stop();
    }
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
// The goals of the server fast path (issue 13), each met or OVER, from the figures of this one run.
const resultOf = (name: string) => rows.find((row) => row.name === name)?.result;
const perSecond = (value: number) => Math.round(value).toLocaleString('en-US');
const goals: [string, string, string, boolean | undefined][] = [];
const hello = resultOf(helloRow);
const board = resultOf(boardRow);
const board304 = resultOf(board304Row);
const intakes = resultOf(intakeRow);
if (hello !== undefined) goals.push(['node:http hello req/s (the ceiling)', perSecond(hello.requests.average), '', undefined]);
if (board !== undefined && hello !== undefined) {
  const ratio = board.requests.average / hello.requests.average;
  goals.push(['leaderboard 200 req/s (village of 10,000)', perSecond(board.requests.average), '', undefined]);
  goals.push(['leaderboard 200 / node:http', `${(100 * ratio).toFixed(1)} %`, '≥ 30 %', ratio >= 0.3]);
  goals.push(['leaderboard 200 p99', `${String(board.latency.p99)} ms`, '≤ 20 ms', board.latency.p99 <= 20]);
}
if (board304 !== undefined && hello !== undefined) {
  const ratio = board304.requests.average / hello.requests.average;
  goals.push(['leaderboard 304 req/s', perSecond(board304.requests.average), '', undefined]);
  goals.push(['leaderboard 304 / node:http', `${(100 * ratio).toFixed(1)} %`, '≥ 30 %', ratio >= 0.3]);
  goals.push(['leaderboard 304 p99', `${String(board304.latency.p99)} ms`, '≤ 20 ms', board304.latency.p99 <= 20]);
}
if (board === undefined) goals.push(['leaderboard, village of 10,000', 'not measured (BENCH_BIG=0)', '', undefined]);
const onSqlite = resultOf(sqliteServeRow);
const onPostgres = resultOf(postgresServeRow);
if (onSqlite !== undefined && onPostgres !== undefined)
  goals.push([
    'leaderboard req/s, PostgreSQL beside SQLite (record)',
    `${perSecond(onPostgres.requests.average)} vs ${perSecond(onSqlite.requests.average)}`,
    '',
    undefined,
  ]);
else goals.push(['leaderboard on PostgreSQL beside SQLite', `not measured (${postgresSkipped ?? 'failed'})`, '', undefined]);
if (intakes !== undefined)
  goals.push(['intake creates/s (SQLite)', perSecond(intakes.requests.average), '≥ 800/s', intakes.requests.average >= 800]);
const goalWidths = [0, 1, 2].map((column) => Math.max(...goals.map((goal) => goal[column]?.toString().length ?? 0)));
console.log(`\ngoals (${String(connections)} connections)\n`);
for (const [name, value, goal, met] of goals) {
  const verdict = met === undefined ? '' : met ? 'met' : 'OVER';
  console.log(
    [name.padEnd(goalWidths[0] ?? 0), value.padStart(goalWidths[1] ?? 0), goal.padEnd(goalWidths[2] ?? 0), verdict].join('  ').trimEnd(),
  );
}

// The 304 row must answer 304 only (autocannon counts 304 as non-2xx).
const failed = rows.filter(({ name, result }) =>
  name === board304Row
    ? result.errors > 0 || Object.keys(result.statusCodeStats).some((code) => code !== '304')
    : result.non2xx > 0 || result.errors > 0,
);
if (failed.length > 0) {
  console.error(
    `\nSome requests failed: ${failed.map(({ name, result }) => `${name} ${JSON.stringify(result.statusCodeStats)}`).join('; ')}`,
  );
  process.exitCode = 1;
}
