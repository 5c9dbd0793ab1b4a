import assert from 'node:assert/strict';
import { type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { verifyAuditChain } from '../src/audit/index.js';
import { openDatabase } from '../src/db/open.js';
import { sampleIntake } from './contract-fixtures.js';
import { spawnServer, type ChildServer } from './support/child-server.js';

/**
 * Crash safety of idempotent creates: the server (a child process on a SQLite file) is SIGKILLed in the middle
 * of a burst of mediation intakes, started again on the same file, and every intake is retried with its key.
 * Whatever was acknowledged before the kill must still be there with the same case number; nothing may exist
 * twice; the audit chain must still verify.
 */

const serverScript = join(import.meta.dirname, 'support/server-process.ts');
const burstSize = 60;
const concurrency = 6;
/** The kill comes after this many acknowledgements, with the rest of the burst still in flight or unsent. */
const killAfter = 15;

const folder = mkdtempSync(join(tmpdir(), 'shanzhi-durability-'));
const dbFile = join(folder, 'county.sqlite');
const children = new Set<ChildProcess>();

after(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(folder, { recursive: true, force: true });
});

/** Starts the server process on `dbFile` and resolves once it printed its port. */
function startChild(): Promise<ChildServer<unknown>> {
  return spawnServer(serverScript, [dbFile, '300'], {
    name: 'the server',
    children,
    readyLine: (line) => JSON.parse(line) as { port: number },
  });
}

interface Create {
  readonly key: string;
  readonly body: string;
}

interface Answer {
  readonly status: number;
  readonly replayed: boolean;
  readonly json: { caseNumber?: string };
}

async function create(url: string, one: Create): Promise<Answer> {
  const response = await fetch(`${url}/v1/mediation/cases`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': one.key },
    body: one.body,
  });
  return {
    status: response.status,
    replayed: response.headers.get('idempotent-replayed') === 'true',
    json: (await response.json()) as { caseNumber?: string },
  };
}

function countCases(): number {
  const sqlite = new SqliteDatabase(dbFile, { readonly: true, fileMustExist: true });
  try {
    return (sqlite.prepare('SELECT count(*) AS n FROM mediation_cases').get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

test('creates acknowledged before a SIGKILL survive it, and retrying every key creates nothing twice', { timeout: 180_000 }, async (t) => {
  const first = await startChild();
  const seededCases = countCases();
  const creates: Create[] = Array.from({ length: burstSize }, (_, index) => ({
    key: randomUUID(),
    body: JSON.stringify(sampleIntake(`第${String(index + 1)}号申请：邻居家在我家门口堆放柴火，堵住了出入的路。`)),
  }));

  // The burst: a few clients in parallel; the kill lands while some requests are on the wire.
  const acknowledged = new Map<string, Answer['json']>();
  const lost: string[] = [];
  let next = 0;
  const burst = { killed: false };
  const killed = () => burst.killed;
  const killOnce = () => {
    if (burst.killed) return;
    burst.killed = true;
    first.child.kill('SIGKILL');
  };
  const client = async (): Promise<void> => {
    while (!killed() && next < creates.length) {
      const one = creates[next++];
      if (one === undefined) return;
      try {
        const answer = await create(first.url, one);
        assert.equal(answer.status, 201, JSON.stringify(answer.json));
        acknowledged.set(one.key, answer.json);
        if (acknowledged.size >= killAfter) killOnce();
      } catch (error) {
        if (!killed()) throw error;
        lost.push(one.key);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  assert.equal(await first.exited, null, 'the child was killed, not stopped');
  t.diagnostic(
    `before the kill: ${String(acknowledged.size)} acknowledged, ${String(lost.length)} cut off in flight, ${String(creates.length - next)} never sent`,
  );
  assert.ok(
    acknowledged.size >= killAfter && acknowledged.size < burstSize,
    `the kill came mid-burst (${String(acknowledged.size)} acknowledged)`,
  );

  // Start again on the same file and retry every create of the burst with its own key.
  const second = await startChild();
  try {
    const retried = new Map<string, Answer>();
    for (let start = 0; start < creates.length; start += concurrency) {
      const batch = creates.slice(start, start + concurrency);
      const answers = await Promise.all(batch.map((one) => create(second.url, one)));
      batch.forEach((one, index) => {
        const answer = answers[index];
        if (answer) retried.set(one.key, answer);
      });
    }
    for (const one of creates) {
      const answer = retried.get(one.key);
      assert.ok(answer);
      assert.equal(answer.status, 201, `${one.key}: ${JSON.stringify(answer.json)}`);
      const before = acknowledged.get(one.key);
      if (before !== undefined) {
        assert.equal(answer.replayed, true, `${one.key} was acknowledged before the kill, so its retry is a replay`);
        assert.deepEqual(answer.json, before, `${one.key} kept its case number and receipt`);
      }
    }
    const caseNumbers = new Set([...retried.values()].map((answer) => answer.json.caseNumber));
    assert.equal(caseNumbers.size, burstSize, 'one case number per key');
    assert.equal(countCases() - seededCases, burstSize, 'exactly one stored case per key, no duplicates');
  } finally {
    second.child.kill('SIGTERM');
    assert.equal(await second.exited, 0, 'the server stops cleanly on SIGTERM');
  }

  const db = openDatabase({ filename: dbFile, readonly: true });
  try {
    const chain = await verifyAuditChain(db);
    assert.equal(chain.ok, true, JSON.stringify(chain));
  } finally {
    await db.destroy();
  }
});
