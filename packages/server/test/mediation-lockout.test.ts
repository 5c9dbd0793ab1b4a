import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serve, type ServerType } from '@hono/node-server';
import type { Kysely } from 'kysely';
import { createApp, type AppOptions } from '../src/app.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open.js';
import type { Database } from '../src/db/schema.js';
import { generateDemoCounty } from '../src/seed/index.js';
import { loadDemoCounty } from '../src/store/load-demo.js';
import { demoNow, demoToday } from './harness.js';

/**
 * The tracking-code lockout is per case (protects the secret whoever asks) and per client (stops one scanner
 * across many cases), kept in the database, and never in the way of staff or of another case's applicant.
 * Served over real sockets so the client address comes from the connection and the trusted proxies.
 */

const scratch = mkdtempSync(join(tmpdir(), 'shanzhi-lockout-'));
const filename = join(scratch, 'lockout.sqlite');
let db: Kysely<Database>;
let mediatorToken = '';
/** Three seeded cases a mediator of the demo token's village may read, with their tracking codes. */
let caseA = { caseNumber: '', trackingCode: '' };
let caseB = { caseNumber: '', trackingCode: '' };
let caseC = { caseNumber: '', trackingCode: '' };
const otherCases: string[] = [];
const opened: { server: ServerType; db?: Kysely<Database> }[] = [];

before(async () => {
  db = openDatabase({ filename });
  await migrateToLatest(db);
  const county = generateDemoCounty({ households: 120, asOf: demoToday });
  const tokens = await loadDemoCounty(db, county);
  const mediator = tokens.find((one) => one.role === 'mediator');
  assert.ok(mediator);
  mediatorToken = mediator.token;
  const readable = county.mediationCases.filter((one) => one.villageId === mediator.villageId);
  const [first, second, third] = readable;
  assert.ok(first && second && third, "the demo county has three cases in the mediator's village");
  caseA = { caseNumber: first.caseNumber, trackingCode: first.trackingCode };
  caseB = { caseNumber: second.caseNumber, trackingCode: second.trackingCode };
  caseC = { caseNumber: third.caseNumber, trackingCode: third.trackingCode };
  const named = new Set([first.caseNumber, second.caseNumber, third.caseNumber]);
  for (const one of county.mediationCases) if (!named.has(one.caseNumber)) otherCases.push(one.caseNumber);
});

after(async () => {
  for (const one of opened)
    await new Promise<void>((resolve) =>
      one.server.close(() => {
        resolve();
      }),
    );
  await db.destroy();
  rmSync(scratch, { recursive: true, force: true });
});

/** A fresh app on the shared database file, listening on 127.0.0.1 (own connection, as a second process would have). */
async function serveApp(options: Partial<AppOptions> = {}): Promise<string> {
  const ownDb = openDatabase({ filename });
  const { app } = createApp({ db: ownDb, now: demoNow, ...options });
  const server = await new Promise<ServerType>((resolve) => {
    const instance = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
      resolve(instance);
    });
  });
  opened.push({ server, db: ownDb });
  return `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
}

function wrongCode(right: string): string {
  return right === '22222222' ? '33333333' : '22222222';
}

/** One status look-up by tracking code, as the applicant's widget makes it. */
async function lookUp(base: string, caseNumber: string, trackingCode: string, headers: Record<string, string> = {}): Promise<Response> {
  const response = await fetch(`${base}/v1/mediation/cases/${caseNumber}/lookup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ trackingCode }),
  });
  await response.body?.cancel();
  return response;
}

async function failTimes(
  base: string,
  caseNumber: string,
  code: string,
  times: number,
  headers: Record<string, string> = {},
): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    const response = await lookUp(base, caseNumber, code, headers);
    assert.equal(response.status, 404, `wrong code #${String(i + 1)} answers 404`);
  }
}

test('after 20 wrong codes for case A, the right code for case B from the same address still answers 200', async () => {
  const base = await serveApp();
  await failTimes(base, caseA.caseNumber, wrongCode(caseA.trackingCode), 20);
  const locked = await lookUp(base, caseA.caseNumber, caseA.trackingCode);
  assert.equal(locked.status, 429, 'case A is locked for everyone, even with its right code');
  assert.ok(Number(locked.headers.get('retry-after')) > 0);
  assert.equal((await lookUp(base, caseB.caseNumber, caseB.trackingCode)).status, 200);
});

test("a mediator's bearer token still reads a case locked by anonymous failures", async () => {
  const base = await serveApp();
  await failTimes(base, caseC.caseNumber, wrongCode(caseC.trackingCode), 20);
  assert.equal((await lookUp(base, caseC.caseNumber, caseC.trackingCode)).status, 429, 'case C is locked for anonymous callers');
  const response = await fetch(`${base}/v1/mediation/cases/${caseC.caseNumber}`, { headers: { Authorization: `Bearer ${mediatorToken}` } });
  await response.body?.cancel();
  assert.equal(response.status, 200);
});

test('the counters survive a new app on the same database', async () => {
  const target = otherCases[0] ?? '';
  const first = await serveApp({ guessLimit: { perCase: { maxFailures: 3 } } });
  await failTimes(first, target, '22222222', 3);
  const second = await serveApp({ guessLimit: { perCase: { maxFailures: 3 } } });
  assert.equal((await lookUp(second, target, '33333333')).status, 429, 'the new app sees the failures of the old one');
});

test('different clients behind a trusted proxy are counted apart; a forged X-Forwarded-For is not believed', async () => {
  const limits = { perCase: { maxFailures: 1000 }, perClient: { maxFailures: 5 } };
  const proxied = await serveApp({ trustedProxies: ['loopback'], guessLimit: limits });
  const scanner = { 'X-Forwarded-For': '203.0.113.7' };
  const neighbour = { 'X-Forwarded-For': '203.0.113.8' };
  for (const caseNumber of otherCases.slice(1, 6)) await failTimes(proxied, caseNumber, '22222222', 1, scanner);
  assert.equal((await lookUp(proxied, otherCases[6] ?? '', '22222222', scanner)).status, 429, 'the scanner is stopped across cases');
  assert.equal(
    (await lookUp(proxied, otherCases[6] ?? '', '22222222', neighbour)).status,
    404,
    'its neighbour behind the same proxy is not',
  );
  assert.equal(
    (await lookUp(proxied, caseB.caseNumber, caseB.trackingCode, scanner)).status,
    429,
    'the scanner is refused even a right code',
  );

  // Without trusted proxies the socket peer is the client, whatever the header says. The tests above failed from
  // 127.0.0.1 too (the counters are shared through the database): start this client afresh.
  await db.deleteFrom('throttle_counters').where('scope', '=', 'lookup-client').execute();
  const direct = await serveApp({ guessLimit: { perCase: { maxFailures: 1000 }, perClient: { maxFailures: 3 } } });
  for (let i = 0; i < 3; i += 1)
    await failTimes(direct, otherCases[10 + i] ?? '', '22222222', 1, { 'X-Forwarded-For': `198.51.100.${String(i)}` });
  assert.equal((await lookUp(direct, otherCases[13] ?? '', '22222222', { 'X-Forwarded-For': '198.51.100.99' })).status, 429);
});

test('failed bearer tokens answer 429 with Retry-After after the limit, and public reads stay open', async () => {
  const base = await serveApp({ trustedProxies: ['loopback'], tokenLimit: { maxFailures: 4 } });
  const client = { 'X-Forwarded-For': '203.0.113.50' };
  for (let i = 0; i < 4; i += 1) {
    const response = await fetch(`${base}/v1/regions`, { headers: { ...client, Authorization: `Bearer wrong-token-${String(i)}` } });
    await response.body?.cancel();
    assert.equal(response.status, 401);
  }
  const refused = await fetch(`${base}/v1/regions`, { headers: { ...client, Authorization: `Bearer ${mediatorToken}` } });
  await refused.body?.cancel();
  assert.equal(refused.status, 429);
  assert.ok(Number(refused.headers.get('retry-after')) > 0);
  const anonymous = await fetch(`${base}/v1/regions`, { headers: client });
  await anonymous.body?.cancel();
  assert.equal(anonymous.status, 200, 'the same client still reads public data without a token');
  const other = await fetch(`${base}/v1/regions`, {
    headers: { 'X-Forwarded-For': '203.0.113.51', Authorization: `Bearer ${mediatorToken}` },
  });
  await other.body?.cancel();
  assert.equal(other.status, 200, 'another client with a good token is not affected');
});

test('expired windows are purged', async () => {
  const { purgeExpiredThrottleCounters } = await import('../src/http/throttle-counters.js');
  // The throttles run on the wall clock (the app's pinned demo clock would never end a window).
  const far = new Date(Date.now() + 24 * 60 * 60 * 1000);
  assert.ok((await db.selectFrom('throttle_counters').selectAll().execute()).length > 0);
  assert.ok((await purgeExpiredThrottleCounters(db, far)) > 0);
  assert.deepEqual(await db.selectFrom('throttle_counters').selectAll().execute(), []);
});
