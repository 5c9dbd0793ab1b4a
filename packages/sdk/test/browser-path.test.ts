import assert from 'node:assert/strict';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import * as browser from '../src/browser/index.js';
import { createClient, ResponseValidationError, routes, type RouteSpec } from '../src/index.js';

// The browser path (@shanzhi/sdk/browser): route references without schemas and a client without validation.
const references: browser.RouteRef[] = [];
for (const value of Object.values(browser) as unknown[])
  if (typeof value === 'object' && value !== null && 'path' in value && 'method' in value) references.push(value as browser.RouteRef);

describe('route references (@shanzhi/sdk/browser)', () => {
  test('each reference names a route of the contract with the same method, path, idempotency and flags', () => {
    assert.ok(references.length >= 14);
    for (const ref of references) {
      const full = routes.find((route) => route.id === ref.id) as RouteSpec | undefined;
      assert.ok(full, `${ref.id} is a route`);
      assert.equal((browser as Record<string, unknown>)[ref.id], ref, `${ref.id} is exported under its id`);
      const pick = (route: Partial<RouteSpec>) => ({
        method: route.method,
        path: route.path,
        idempotency: route.idempotency,
        paged: route.paged ?? false,
        readOnly: route.readOnly ?? false,
      });
      assert.deepEqual(pick(ref), pick(full), ref.id);
      assert.equal((ref as { response?: unknown }).response, undefined, `${ref.id} carries no schema`);
    }
  });

  test('the lists the widgets offer are the contract’s', async () => {
    const points = await import('../src/contract/routes/points.js');
    const disclosure = await import('../src/contract/routes/disclosure.js');
    assert.deepEqual(browser.leaderboardPeriods, points.leaderboardPeriods);
    assert.deepEqual(browser.leaderboardListKinds, points.leaderboardListKinds);
    assert.equal(browser.leaderboardMaxLimit, points.leaderboardMaxLimit);
    assert.deepEqual(browser.disclosureStatuses, disclosure.disclosureStatuses);
  });
});

describe('validation: on by default with @shanzhi/sdk, absent from @shanzhi/sdk/browser', () => {
  // Answers every call with a body that breaks the contract (points as a string).
  const server = createServer((_req, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ villageId: 'v1', items: 'not a list', nextCursor: null }));
  });
  // Longer than a stall of this process's event loop under CI load (Node's 5 s could close a socket being reused).
  server.keepAliveTimeout = 60_000;
  let baseUrl = '';
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  });
  after(() => {
    server.close();
  });
  const input = { params: { villageId: 'v1' }, query: {} };

  test('the Node client validates a reference against its full route (the schemas load on first use)', async () => {
    const client = createClient({ baseUrl, retry: 0 });
    await assert.rejects(client.request(browser.getLeaderboard, input), ResponseValidationError);
  });

  test('validate: false turns it off', async () => {
    const client = createClient({ baseUrl, retry: 0, validate: false });
    const result = await client.request(browser.getLeaderboard, input);
    assert.equal((result.data as { items: unknown }).items, 'not a list');
  });

  test('the browser client passes the body through unchecked', async () => {
    const client = browser.createClient({ baseUrl, retry: 0 });
    const result = await client.request(browser.getLeaderboard, input);
    assert.equal((result.data as { items: unknown }).items, 'not a list');
  });
});
