import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { appendAudit, verifyAuditChain } from '../src/audit/index.js';
import { applyRetention } from '../src/audit/retention.js';
import { assertProblem, send, startContractServer, tokenOf, type ContractServer } from './contract-fixtures.js';

let server: ContractServer;
before(async () => {
  server = await startContractServer();
});
after(() => server.close());

const leaderboard = () => `/v1/villages/${server.ids.village}/points/leaderboard`;
const ledger = (household: string) => `/v1/villages/${server.ids.village}/households/${household}/points`;

describe('caching', () => {
  test('a public read carries an ETag and a short public lifetime, and If-None-Match answers 304 without a body', async () => {
    const first = await send(server.url, { method: 'GET', path: leaderboard() });
    assert.equal(first.status, 200);
    const tag = first.headers.get('etag');
    assert.match(tag ?? '', /^"[\w-]+"$/);
    assert.equal(first.headers.get('cache-control'), 'public, max-age=60');
    assert.match(first.headers.get('vary') ?? '', /Accept-Language/);
    const again = await send(server.url, { method: 'GET', path: leaderboard(), headers: { 'If-None-Match': tag ?? '' } });
    assert.equal(again.status, 304);
    assert.equal(again.text, '');
    assert.equal(again.headers.get('etag'), tag);
    const stale = await send(server.url, { method: 'GET', path: leaderboard(), headers: { 'If-None-Match': '"something-else"' } });
    assert.equal(stale.status, 200);
  });

  test('the English board is another representation with another tag', async () => {
    const zh = await send(server.url, {
      method: 'GET',
      path: `/v1/villages/${server.ids.village}/disclosures`,
      headers: { 'Accept-Language': 'zh-CN' },
    });
    const en = await send(server.url, {
      method: 'GET',
      path: `/v1/villages/${server.ids.village}/disclosures`,
      headers: { 'Accept-Language': 'en' },
    });
    assert.notEqual(zh.headers.get('etag'), en.headers.get('etag'));
  });

  test("a household's ledger, a staff view and a write are private, no-store", async () => {
    const own = await send(server.url, { method: 'GET', path: ledger(server.ids.ownHousehold), token: tokenOf('villager') });
    assert.equal(own.status, 200, own.text.slice(0, 200));
    assert.equal(own.headers.get('cache-control'), 'private, no-store');
    assert.equal(own.headers.get('etag'), null);
    const staff = await send(server.url, { method: 'GET', path: leaderboard(), token: tokenOf('cadre') });
    assert.equal(staff.headers.get('cache-control'), 'private, no-store');
    const problem = await send(server.url, { method: 'GET', path: ledger(server.ids.household) });
    assert.equal(problem.headers.get('cache-control'), 'no-store');
  });

  test('every API response says nosniff, problems included', async () => {
    for (const response of [
      await send(server.url, { method: 'GET', path: '/v1/health' }),
      await send(server.url, { method: 'GET', path: leaderboard() }),
      await send(server.url, { method: 'GET', path: '/v1/nowhere' }),
      await send(server.url, { method: 'POST', path: '/v1/mediation/cases', body: '{' }),
    ]) {
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', String(response.status));
    }
  });
});

describe('access log', () => {
  test("reading a household's ledger is logged with who, what and when — not the data", async () => {
    const before = await server.db.selectFrom('access_log').selectAll().where('kind', '=', 'read').execute();
    const response = await send(server.url, { method: 'GET', path: ledger(server.ids.household), token: tokenOf('cadre') });
    assert.equal(response.status, 200);
    const rows = await server.db.selectFrom('access_log').selectAll().where('kind', '=', 'read').execute();
    assert.equal(rows.length, before.length + 1);
    const row = rows.find((one) => !before.some((old) => old.id === one.id));
    assert.ok(row);
    assert.equal(row.action, 'getHouseholdPoints');
    assert.equal(row.role, 'cadre');
    assert.match(row.subject, new RegExp(`householdId=${server.ids.household}`));
    assert.equal(row.status, 200);
    assert.equal(row.request_id, response.headers.get('x-request-id'));
    assert.ok(Date.parse(row.at) > 0);
  });

  test('public reads of public boards are not logged (no personal data in them)', async () => {
    const count = async () => (await server.db.selectFrom('access_log').select('id').execute()).length;
    const before = await count();
    await send(server.url, { method: 'GET', path: leaderboard() });
    assert.equal(await count(), before);
  });

  test('refusals (401 bad token, 403 wrong role) are logged with the route pattern', async () => {
    const bad = await send(server.url, { method: 'GET', path: ledger(server.ids.household), token: 'not-a-real-token-at-all' });
    assertProblem(bad, 401);
    const forbidden = await send(server.url, { method: 'GET', path: ledger(server.ids.household), token: tokenOf('villager') });
    assertProblem(forbidden, [403, 404]);
    const refused = await server.db.selectFrom('access_log').selectAll().where('kind', '=', 'refused').execute();
    const statuses = refused.map((row) => row.status);
    assert.ok(statuses.includes(401), JSON.stringify(refused));
    const unauthorized = refused.find((row) => row.status === 401);
    assert.ok(unauthorized);
    assert.equal(unauthorized.actor, 'anonymous');
    assert.equal(unauthorized.action, 'GET /v1/villages/:villageId/households/:householdId/points');
    assert.ok(!JSON.stringify(refused).includes('not-a-real-token'), 'the token is never logged');
  });
});

describe('retention', () => {
  test('old access-log rows and old audit entries go; the audit chain still verifies from its anchor', async () => {
    const db = server.db;
    const longAgo = new Date('2025-01-01T00:00:00Z');
    await db
      .insertInto('access_log')
      .values({
        id: 'old-1',
        at: longAgo.toISOString(),
        kind: 'read',
        actor: 'x',
        role: 'cadre',
        client: 'local',
        action: 'getHouseholdPoints',
        subject: '',
        status: 200,
        request_id: 'r',
      })
      .execute();
    const verifiedBefore = await verifyAuditChain(db);
    assert.ok(verifiedBefore.ok);
    const now = new Date('2026-11-29T04:00:00Z');
    // Everything the seed wrote is "old" once the clock moves two years on.
    const later = new Date(now.getTime() + 2 * 365 * 24 * 3600 * 1000);
    await db.transaction().execute((trx) =>
      appendAudit(trx, {
        actor: 'system',
        role: 'system',
        action: 'test.retention',
        subject: 'test:1',
        before: null,
        after: { ok: true },
        at: later,
      }),
    );
    const removed = await applyRetention(db, { accessLogDays: 180, auditLogDays: 365 }, later);
    assert.ok(removed.accessLog >= 1);
    assert.equal(removed.auditLog, verifiedBefore.count);
    const verified = await verifyAuditChain(db);
    assert.ok(verified.ok, JSON.stringify(verified));
    assert.equal(verified.count, 1);
    // The guard still refuses to delete anything above the anchor.
    await assert.rejects(db.deleteFrom('audit_log').execute(), /append-only/);
  });
});
