import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from './harness.js';

/*
 * The replay in front of the app (http/public-fast-path.ts): an anonymous board read that the app answered before
 * is answered again from what the app sent. What matters is that a replay is indistinguishable from the app's own
 * answer (security headers, CORS, cache headers, body), that it never serves anyone with credentials, and that
 * only public answers are kept. Freshness after writes is proved in points-fast-path.test.ts, whose second reads
 * now come from here.
 */

const origin = 'https://portal.example.gov.cn';
const board = '/v1/villages/v-qs-01/points/leaderboard?period=all&limit=20';

interface Seen {
  readonly status: number;
  readonly body: string;
  /** Every header but the two that belong to one response: the request id and the date. */
  readonly headers: Record<string, string>;
  readonly requestId: string | null;
}

let started: TestServer;
before(async () => {
  started = await startTestServer({ households: 300, corsOrigins: [origin], hstsMaxAgeSec: 31_536_000 });
});
after(async () => {
  await started.close();
});

async function read(path: string, headers: Record<string, string> = {}): Promise<Seen> {
  const response = await fetch(`${started.url}${path}`, { headers });
  const kept = Object.fromEntries([...response.headers].filter(([name]) => name !== 'x-request-id' && name !== 'date'));
  return { status: response.status, body: await response.text(), headers: kept, requestId: response.headers.get('x-request-id') };
}

/** Reads twice and returns both answers and how many of the two the replay served. */
async function twice(path: string, headers: Record<string, string> = {}): Promise<{ first: Seen; second: Seen; served: number }> {
  const before = started.fastPath.stats.served;
  const first = await read(path, headers);
  const second = await read(path, headers);
  return { first, second, served: started.fastPath.stats.served - before };
}

describe('the public board replay', () => {
  test("a replayed 200 is the app's answer header for header, with CORS, HSTS and the caller's language", async () => {
    const { first, second, served } = await twice(board, { Origin: origin, 'Accept-Language': 'en' });
    assert.equal(served, 1, 'the second read is a replay');
    assert.equal(first.status, 200);
    assert.deepEqual(second, { ...first, requestId: second.requestId });
    assert.equal(second.headers['access-control-allow-origin'], origin);
    assert.match(second.headers['strict-transport-security'] ?? '', /max-age=31536000/);
    assert.equal(second.headers['x-content-type-options'], 'nosniff');
    assert.equal(second.headers['cache-control'], 'public, max-age=60');
    assert.match(second.requestId ?? '', /^[0-9a-f-]{36}$/);
    assert.notEqual(second.requestId, first.requestId, 'each answer has its own request id');
  });

  test("a replayed 304 is the same as the app's, and a sane X-Request-Id is echoed as the app would", async () => {
    const { first: page } = await twice(board);
    const etag = page.headers.etag ?? '';
    const { first, second, served } = await twice(board, { 'If-None-Match': etag, 'X-Request-Id': 'portal-42' });
    assert.equal(served, 1, 'the app answers the first conditional read, the replay the second');
    assert.equal(first.status, 304);
    assert.deepEqual(second, first);
    assert.equal(second.requestId, 'portal-42');
  });

  test('another origin, language or query is another answer: never one kept for someone else', async () => {
    const english = await read(board, { 'Accept-Language': 'en', Origin: origin });
    const chinese = await read(board, { 'Accept-Language': 'zh-CN', Origin: origin });
    assert.notEqual(english.headers.etag, chinese.headers.etag);
    const stranger = await read(board, { 'Accept-Language': 'en', Origin: 'https://elsewhere.example.com' });
    assert.equal(stranger.headers['access-control-allow-origin'], undefined, 'no CORS grant replayed to another origin');
  });

  test('a caller with credentials is always answered by the app, never from what the public was given', async () => {
    await twice(board);
    const before = started.fastPath.stats.served;
    const staff = await read(board, { Authorization: 'Bearer demo-cadre' });
    assert.equal(started.fastPath.stats.served, before);
    assert.equal(staff.headers['cache-control'], 'private, no-store');
    const refused = await read(board, { Authorization: 'Bearer not-a-token' });
    assert.equal(refused.status, 401, 'a bad token is refused, not served the public page');
  });

  test('problems are never kept: an unknown village or a bad query is answered by the app every time', async () => {
    for (const path of ['/v1/villages/v-nowhere/points/leaderboard', `${board}&limit=-1`]) {
      const { first, second, served } = await twice(path);
      assert.equal(served, 0, path);
      assert.ok(first.status >= 400 && second.status === first.status, path);
    }
  });
});
