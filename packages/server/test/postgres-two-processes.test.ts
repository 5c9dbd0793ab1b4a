import assert from 'node:assert/strict';
import { execFile, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { createClient, getHouseholdPoints, getLeaderboard, transitionPointsEntry, type Client } from '@shanzhi/sdk';
import type { Kysely } from 'kysely';
import { openPostgres, type Database } from '../src/db/index.js';
import { sampleIntake } from './contract-fixtures.js';
import { postgresServerEnv, repoRoot, spawnPostgresServe, type ChildServer } from './support/child-server.js';
import { postgresUnavailable, startPostgresCluster, type PostgresCluster } from './postgres-cluster.js';

/*
 * Two real server processes (`shanzhi-server serve`, spawned from the sources) on one PostgreSQL database, as the
 * compose file runs them behind a load balancer. What the processes share must really be shared:
 *   - idempotency: the same Idempotency-Key sent to both processes at once creates ONE case; every answer for the
 *     key carries that case (the second process waits for the writer lock, then replays the stored response);
 *   - the leaderboard cache: a write through one process is seen by the other's cached board on its next read.
 * Skipped (with the reason) where no PostgreSQL can be started; see postgres-cluster.ts.
 */

const run = promisify(execFile);
const bin = resolve(import.meta.dirname, '../src/bin.ts');
const unavailable = postgresUnavailable();
const village = 'v-qs-01';
const keys = 30;
/** Each key is sent this many times to each process, all at once. */
const copiesPerProcess = 2;
const rounds = 6;

let cluster: PostgresCluster | undefined;
let db: Kysely<Database> | undefined;
const children = new Set<ChildProcess>();

interface Process extends ChildServer<unknown> {
  readonly name: string;
}

const servers: Process[] = [];

const startProcess = (name: string, url: string): Promise<Process> => spawnPostgresServe(name, url, children);

interface Answer {
  readonly process: string;
  readonly status: number;
  readonly replayed: boolean;
  readonly caseNumber: string | undefined;
  readonly code: string | undefined;
}

async function intake(server: Process, key: string, body: string): Promise<Answer> {
  const response = await fetch(`${server.url}/v1/mediation/cases`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body,
  });
  const json = (await response.json()) as { caseNumber?: string; code?: string };
  return {
    process: server.name,
    status: response.status,
    replayed: response.headers.get('idempotent-replayed') === 'true',
    caseNumber: json.caseNumber,
    code: json.code,
  };
}

async function countCases(): Promise<number> {
  assert.ok(db);
  const row = await db
    .selectFrom('mediation_cases')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('two server processes on one PostgreSQL', { skip: unavailable, timeout: 180_000 }, () => {
  before(async () => {
    cluster = await startPostgresCluster();
    const { url } = cluster;
    // The demo county goes in once, explicitly, before either process starts (both would try on an empty database).
    const seeded = spawnSync(process.execPath, ['--conditions=shanzhi-source', '--import', 'tsx', bin, 'demo', 'seed'], {
      cwd: repoRoot,
      env: postgresServerEnv(url),
      encoding: 'utf8',
    });
    assert.equal(seeded.status, 0, seeded.stdout + seeded.stderr);
    assert.match(seeded.stdout, /loaded the demo county/);
    const [again, ...started] = await Promise.all([
      run(process.execPath, ['--conditions=shanzhi-source', '--import', 'tsx', bin, 'demo', 'seed'], {
        cwd: repoRoot,
        env: postgresServerEnv(url),
        encoding: 'utf8',
      }).then(
        () => ({ code: 0, stderr: '' }),
        (error: unknown) => error as { code: number; stderr: string },
      ),
      startProcess('A', url),
      startProcess('B', url),
    ]);
    assert.equal(again.code, 1, 'demo seed refuses a database that is not empty');
    assert.match(again.stderr, /not empty/);
    servers.push(...started);
    db = openPostgres(url, { max: 2 });
  });

  after(async () => {
    for (const server of servers) server.child.kill('SIGTERM');
    const codes = await Promise.all(servers.map((server) => server.exited));
    for (const child of children) child.kill('SIGKILL');
    await db?.destroy();
    await cluster?.stop();
    assert.deepEqual(
      codes,
      servers.map(() => 0),
      'both processes stop cleanly on SIGTERM',
    );
  });

  test(`the same Idempotency-Keys sent to both processes at once: one case per key (${String(keys)} keys × ${String(copiesPerProcess * 2)} copies)`, async (t) => {
    const [a, b] = servers;
    assert.ok(a && b);
    const before = await countCases();
    const creates = Array.from({ length: keys }, (_, index) => ({
      key: randomUUID(),
      body: JSON.stringify(sampleIntake(`第${String(index + 1)}号：两个进程同时收到同一申请。`)),
    }));
    const sends = creates.flatMap((one) =>
      Array.from({ length: copiesPerProcess }, () => [a, b].map((server) => ({ server, one }))).flat(),
    );
    const started = Date.now();
    const answers = await Promise.all(
      sends.map(({ server, one }) => intake(server, one.key, one.body).then((answer) => ({ key: one.key, answer }))),
    );
    const burstMs = Date.now() - started;
    // 409 idempotency-in-flight comes only from a duplicate on the SAME process; a client retries it after Retry-After.
    const inFlight = answers.filter(({ answer }) => answer.status === 409);
    for (const { answer } of inFlight) assert.equal(answer.code, 'idempotency-in-flight');
    const retried = await Promise.all(
      inFlight.map(({ key, answer }) => intake(answer.process === 'A' ? a : b, key, creates.find((one) => one.key === key)?.body ?? '')),
    );
    const final = [
      ...answers.filter(({ answer }) => answer.status !== 409),
      ...inFlight.map(({ key }, index) => ({ key, answer: retried[index] })),
    ];

    let created = 0;
    let replayedAcross = 0;
    let duplicates = 0;
    for (const one of creates) {
      const mine = final.filter(({ key }) => key === one.key).map(({ answer }) => answer);
      assert.equal(mine.length, copiesPerProcess * 2);
      for (const answer of mine) assert.ok(answer?.status === 201, `${one.key}: ${JSON.stringify(answer)}`);
      const fresh = mine.filter((answer) => answer?.replayed === false);
      created += fresh.length;
      assert.equal(fresh.length, 1, `${one.key}: exactly one answer created the case`);
      const creator = fresh[0]?.process;
      replayedAcross += mine.filter((answer) => answer?.replayed === true && answer.process !== creator).length;
      const numbers = new Set(mine.map((answer) => answer?.caseNumber));
      duplicates += numbers.size - 1;
      assert.equal(numbers.size, 1, `${one.key}: every answer carries the same case`);
    }
    const stored = (await countCases()) - before;
    assert.equal(created, keys);
    assert.equal(stored, keys, 'exactly one stored case per key');
    assert.equal(duplicates, 0);
    t.diagnostic(
      `${String(sends.length)} creates in ${String(burstMs)} ms: ${String(keys)} cases stored for ${String(keys)} keys (duplicates: 0); ${String(replayedAcross)} answers replayed by the process that did not create the case; ${String(inFlight.length)} same-process 409 idempotency-in-flight, each replayed on retry`,
    );
  });

  test(`a write through one process is on the other process's cached board at its next read (${String(rounds)} rounds)`, async (t) => {
    const [a, b] = servers;
    assert.ok(a && b);
    const cadre = (server: Process): Client => createClient({ baseUrl: server.url, token: 'demo-cadre', retry: { limit: 0 } });
    const board = async (server: Process) =>
      (
        await createClient({ baseUrl: server.url, retry: { limit: 0 } }).request(getLeaderboard, {
          params: { villageId: village },
          query: { period: 'all', limit: 200 },
        })
      ).data.items;
    const rows = await board(a);
    // Effective entries worth points, on households the board lists: revoking one changes the board at once.
    const candidates: { householdId: string; entryId: string; points: number }[] = [];
    for (const row of rows) {
      const ledger = (await cadre(a).request(getHouseholdPoints, { params: { villageId: village, householdId: row.householdId } })).data;
      for (const entry of ledger.entries)
        if (entry.status === 'effective' && entry.points !== 0)
          candidates.push({ householdId: row.householdId, entryId: entry.id, points: entry.points });
      if (candidates.length >= rounds) break;
    }
    assert.ok(candidates.length >= rounds, `found ${String(candidates.length)} effective entries to revoke`);

    const staleness: number[] = [];
    let staleReads = 0;
    for (const [round, target] of candidates.slice(0, rounds).entries()) {
      const writer: Process = round % 2 === 0 ? a : b;
      const reader: Process = round % 2 === 0 ? b : a;
      const pointsOn = async (server: Process) => (await board(server)).find((row) => row.householdId === target.householdId)?.points;
      // The reader's board is computed and cached before the write.
      const beforeWrite = await pointsOn(reader);
      assert.equal(await pointsOn(reader), beforeWrite);
      assert.ok(beforeWrite !== undefined);
      const revoked = await cadre(writer).request(transitionPointsEntry, {
        params: { villageId: village, entryId: target.entryId },
        body: { action: 'revoke', reason: '两进程缓存测试：撤销' },
      });
      assert.equal(revoked.data.status, 'revoked');
      const acknowledged = performance.now();
      for (;;) {
        const now = await pointsOn(reader);
        if (now === beforeWrite - target.points) break;
        staleReads++;
        assert.ok(
          performance.now() - acknowledged < 5_000,
          `${reader.name} still shows ${String(now)} 5 s after the write through ${writer.name}`,
        );
      }
      staleness.push(performance.now() - acknowledged);
    }
    assert.equal(staleReads, 0, 'no read after the write was acknowledged showed the old board');
    t.diagnostic(
      `${String(rounds)} writes alternating A→B and B→A: 0 stale reads; the other process's first board read after the write's response was already fresh (that read took ${staleness.map((ms) => ms.toFixed(1)).join(', ')} ms)`,
    );
  });
});
