import assert from 'node:assert/strict';
import { test } from 'node:test';
import { routes } from '@shanzhi/sdk';
import { createApp } from '../src/app.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open.js';

async function appWith(options: { hstsMaxAgeSec?: number; corsOrigins?: readonly string[] } = {}) {
  const db = openDatabase({ filename: ':memory:' });
  await migrateToLatest(db);
  return { app: createApp({ db, ...options }).app, db };
}

test('the portal page forbids framing by other sites, for IE-mode browsers too (X-Frame-Options)', async () => {
  const { app, db } = await appWith();
  const page = await app.request('/');
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('x-frame-options'), 'SAMEORIGIN');
  assert.match(page.headers.get('content-security-policy') ?? '', /frame-ancestors 'self'/);
  await db.destroy();
});

test('Strict-Transport-Security only when the server is configured as reached over TLS', async () => {
  const plain = await appWith();
  assert.equal((await plain.app.request('/')).headers.get('strict-transport-security'), null);
  assert.equal((await plain.app.request('/v1/health')).headers.get('strict-transport-security'), null);
  await plain.db.destroy();
  const tls = await appWith({ hstsMaxAgeSec: 31_536_000 });
  assert.equal((await tls.app.request('/')).headers.get('strict-transport-security'), 'max-age=31536000');
  assert.equal((await tls.app.request('/v1/health')).headers.get('strict-transport-security'), 'max-age=31536000');
  assert.equal(
    (await tls.app.request('/v1/no-such-route')).headers.get('strict-transport-security'),
    'max-age=31536000',
    'on problems too',
  );
  await tls.db.destroy();
});

test('CORS: the allow-list decides, and preflights allow every method of the route table', async () => {
  const { app, db } = await appWith({ corsOrigins: ['https://portal.example.gov.cn'] });
  const preflight = await app.request('/v1/regions', {
    method: 'OPTIONS',
    headers: {
      Origin: 'https://portal.example.gov.cn',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization, idempotency-key',
    },
  });
  assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://portal.example.gov.cn');
  const methods = (preflight.headers.get('access-control-allow-methods') ?? '').split(',');
  for (const method of new Set(routes.map((route) => route.method))) assert.ok(methods.includes(method), `${method} is allowed`);
  assert.ok(methods.includes('OPTIONS'));
  const stranger = await app.request('/v1/health', { headers: { Origin: 'https://evil.example' } });
  assert.equal(stranger.headers.get('access-control-allow-origin'), null, 'an origin off the list gets no CORS grant');
  await db.destroy();
});
