import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CONTRACT_VERSION, CONTRACT_VERSION_HEADER } from '@shanzhi/sdk';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;

before(async () => {
  server = await startTestServer({ households: 40 });
});

after(() => server.close());

test('every API response names the contract version: a read, a problem, an unknown route and a CORS preflight', async () => {
  const responses = [
    await fetch(`${server.url}/v1/health`),
    await fetch(`${server.url}/v1/villages/v-qs-01/points/leaderboard?list=nonsense`),
    await fetch(`${server.url}/v1/no-such-route`),
    await fetch(`${server.url}/v1/regions`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://portal.example', 'Access-Control-Request-Method': 'GET' },
    }),
  ];
  assert.deepEqual(
    responses.map((r) => r.status),
    [200, 400, 404, 204],
  );
  for (const response of responses) {
    await response.body?.cancel();
    assert.equal(response.headers.get(CONTRACT_VERSION_HEADER), CONTRACT_VERSION, response.url);
  }
});

test('a browser may read the header (CORS exposes it) and openapi.json says the same version', async () => {
  const response = await fetch(`${server.url}/v1/openapi.json`, { headers: { Origin: 'https://portal.example' } });
  const exposed = (response.headers.get('Access-Control-Expose-Headers') ?? '').split(',').map((name) => name.trim().toLowerCase());
  assert.ok(exposed.includes(CONTRACT_VERSION_HEADER.toLowerCase()), exposed.join(', '));
  const document = (await response.json()) as { info: { version: string } };
  assert.equal(document.info.version, CONTRACT_VERSION);
});
