import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import * as z from 'zod/mini';
import { createClient, defineRoute, NetworkError, pageOf, ProblemError, ResponseValidationError, TimeoutError } from '../src/index.js';

// A scripted server: each test queues the answers it wants and reads back what the client sent. Each test talks to
// its own path prefix (`/t<n>`): on a loaded machine the server may read a request that a previous test sent and then
// abandoned (a timed-out attempt, an aborted call) only after the next test began, and that request must not take
// the next test's answers.
interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}
type Answer = (req: Seen, res: ServerResponse) => void;
const seen: Seen[] = [];
let answers: Answer[] = [];
let origin = '';
let baseUrl = '';
let testNumber = 0;
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    const prefix = `/t${String(testNumber)}/`;
    if (!req.url?.startsWith(prefix)) return void res.socket?.destroy();
    const request = { method: req.method ?? '', url: req.url.slice(prefix.length - 1), headers: req.headers, body };
    seen.push(request);
    const answer = answers.shift() ?? json(200, { ok: true });
    answer(request, res);
  });
});

function json(status: number, body: unknown, headers: Record<string, string> = {}): Answer {
  return (req, res) => {
    res.writeHead(status, {
      'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
      'x-request-id': String(req.headers['x-request-id']),
      ...headers,
    });
    res.end(JSON.stringify(body));
  };
}
const problem = (status: number, code: string, extra: Record<string, unknown> = {}) => ({
  type: `urn:shanzhi:problem:${code}`,
  title: `t-${code}`,
  status,
  code,
  ...extra,
});
const hang: Answer = () => undefined;
const destroy: Answer = (_req, res) => res.socket?.destroy();

// Client and server share this process's event loop; under CI load it stalls for seconds, and with Node's 5 s
// keep-alive the server could close a pooled socket as the client reused it (a spurious extra retry).
server.keepAliveTimeout = 60_000;

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  testNumber += 1;
  baseUrl = `${origin}/t${String(testNumber)}`;
  seen.length = 0;
  answers = [];
});

const getThing = defineRoute({
  id: 'getThing',
  method: 'GET',
  path: '/v1/things/{thingId}',
  summary: 's',
  tags: ['t'],
  params: z.object({ thingId: z.string() }),
  query: z.object({ q: z.optional(z.string()) }),
  response: z.looseObject({ ok: z.boolean() }),
  status: 200,
  access: { roles: 'anyone' },
  idempotency: 'none',
});
const createThing = defineRoute({
  id: 'createThing',
  method: 'POST',
  path: '/v1/things',
  summary: 's',
  tags: ['t'],
  body: z.object({ name: z.string() }),
  response: z.looseObject({ ok: z.boolean() }),
  status: 201,
  access: { roles: ['cadre'] },
  idempotency: 'optional',
});
const listThings = defineRoute({
  id: 'listThings',
  method: 'GET',
  path: '/v1/things',
  summary: 's',
  tags: ['t'],
  query: z.object({ cursor: z.optional(z.string()) }),
  response: pageOf(z.looseObject({ n: z.number() })),
  status: 200,
  access: { roles: 'anyone' },
  idempotency: 'none',
  paged: true,
});
const fast = { retry: { limit: 2, backoffLimit: 20 } };

describe('the client', () => {
  test('fills path params, encodes them, and serializes the query', async () => {
    const client = createClient({ baseUrl });
    await client.request(getThing, { params: { thingId: 'a/b c' }, query: { q: '社保' } });
    assert.equal(seen[0]?.url, '/v1/things/a%2Fb%20c?q=%E7%A4%BE%E4%BF%9D');
  });

  test('sends a request id and returns the one the server answered with', async () => {
    const client = createClient({ baseUrl });
    const result = await client.request(getThing, { params: { thingId: '1' } }, { requestId: 'req-42' });
    assert.equal(seen[0]?.headers['x-request-id'], 'req-42');
    assert.equal(result.requestId, 'req-42');
  });

  test('asks for the configured language', async () => {
    const client = createClient({ baseUrl, locale: 'en' });
    await client.request(getThing, { params: { thingId: '1' } });
    assert.equal(seen[0]?.headers['accept-language'], 'en');
  });

  test('turns a problem response into a ProblemError with code, issues and request id', async () => {
    answers.push(json(422, problem(422, 'validation', { issues: [{ path: ['name'], code: 'field.required', message: '此项为必填项' }] })));
    const client = createClient({ baseUrl, ...fast });
    const error = await client.request(createThing, { body: { name: '' } }).catch((e: unknown) => e);
    assert.ok(error instanceof ProblemError);
    assert.equal(error.status, 422);
    assert.equal(error.code, 'validation');
    assert.deepEqual(error.issues[0]?.path, ['name']);
    assert.equal(typeof error.requestId, 'string');
    assert.equal(seen.length, 1, 'a 422 is not retried');
  });

  test('retries a GET on 503 and succeeds', async () => {
    answers.push(json(503, problem(503, 'unavailable')), json(200, { ok: true }));
    const client = createClient({ baseUrl, ...fast });
    const result = await client.request(getThing, { params: { thingId: '1' } });
    assert.equal(result.data.ok, true);
    assert.equal(seen.length, 2);
  });

  test('retries a POST that carries an idempotency key and reuses the same key on every attempt', async () => {
    answers.push(json(500, problem(500, 'internal')), destroy, json(201, { ok: true }));
    const client = createClient({ baseUrl, ...fast });
    const result = await client.request(createThing, { body: { name: 'x' } });
    assert.equal(seen.length, 3);
    const keys = new Set(seen.map((s) => s.headers['idempotency-key']));
    assert.equal(keys.size, 1);
    assert.equal([...keys][0], result.idempotencyKey);
  });

  test('uses the idempotency key the caller supplies', async () => {
    const client = createClient({ baseUrl });
    await client.request(createThing, { body: { name: 'x' } }, { idempotencyKey: 'form-attempt-1' });
    assert.equal(seen[0]?.headers['idempotency-key'], 'form-attempt-1');
  });

  test('honours Retry-After on 429 within the cap', async () => {
    answers.push(json(429, problem(429, 'rate-limited'), { 'retry-after': '1' }), json(200, { ok: true }));
    const client = createClient({ baseUrl, retry: { limit: 2, maxRetryAfter: 5_000 } });
    const started = Date.now();
    await client.request(getThing, { params: { thingId: '1' } });
    assert.ok(Date.now() - started >= 900, 'waited about the Retry-After second');
    assert.equal(seen.length, 2);
  });

  test('caps a long Retry-After at maxRetryAfter and reports retryAfter when retries run out', async () => {
    const busy = json(503, problem(503, 'unavailable'), { 'retry-after': '120' });
    answers.push(busy, busy, busy);
    const client = createClient({ baseUrl, retry: { limit: 2, maxRetryAfter: 100 } });
    const started = Date.now();
    const error = await client.request(getThing, { params: { thingId: '1' } }).catch((e: unknown) => e);
    // Two capped waits of 100 ms; the bound is far below the 2 × 120 s asked for, and far above what a loaded CI
    // machine adds (a run at load 18 took 4.6 s).
    assert.ok(Date.now() - started < 30_000, 'did not wait the 120 s the server asked for');
    assert.ok(error instanceof ProblemError);
    assert.equal(error.retryAfter, 120);
    assert.equal(seen.length, 3);
  });

  test('refreshes the token once on 401 and retries with the new one', async () => {
    answers.push(json(401, problem(401, 'unauthorized')), json(200, { ok: true }));
    const asked: boolean[] = [];
    const client = createClient({
      baseUrl,
      getToken: ({ refresh }) => {
        asked.push(refresh);
        return refresh ? 'fresh' : 'stale';
      },
    });
    await client.request(getThing, { params: { thingId: '1' } });
    assert.deepEqual(asked, [false, true]);
    assert.equal(seen[0]?.headers.authorization, 'Bearer stale');
    assert.equal(seen[1]?.headers.authorization, 'Bearer fresh');
  });

  test('shares one refresh between calls that get 401 at the same time', async () => {
    answers.push(json(401, problem(401, 'unauthorized')), json(401, problem(401, 'unauthorized')));
    let refreshes = 0;
    const client = createClient({
      baseUrl,
      getToken: async ({ refresh }) => {
        if (!refresh) return 'stale';
        refreshes += 1;
        await new Promise((r) => setTimeout(r, 50));
        return 'fresh';
      },
    });
    await Promise.all([client.request(getThing, { params: { thingId: '1' } }), client.request(getThing, { params: { thingId: '2' } })]);
    assert.equal(refreshes, 1);
  });

  test('does not retry a POST without an idempotency route', async () => {
    const plainPost = defineRoute({ ...createThing, id: 'plain', idempotency: 'none' });
    answers.push(json(503, problem(503, 'unavailable')));
    const client = createClient({ baseUrl, ...fast });
    await assert.rejects(client.request(plainPost, { body: { name: 'x' } }), ProblemError);
    assert.equal(seen.length, 1);
  });

  test('retries a read-only POST like a GET, without an idempotency key, the secret only in its body', async () => {
    const lookUp = defineRoute({
      ...createThing,
      id: 'lookUp',
      path: '/v1/things/{thingId}/lookup',
      params: z.object({ thingId: z.string() }),
      body: z.object({ code: z.string() }),
      access: { roles: 'anyone' },
      idempotency: 'none',
      readOnly: true,
    });
    answers.push(json(503, problem(503, 'unavailable')), json(200, { ok: true }));
    const client = createClient({ baseUrl, ...fast });
    const result = await client.request(lookUp, { params: { thingId: '1' }, body: { code: 'SECRET42' } });
    assert.equal(result.data.ok, true);
    assert.equal(seen.length, 2);
    for (const one of seen) {
      assert.equal(one.method, 'POST');
      assert.equal(one.url, '/v1/things/1/lookup');
      assert.equal(one.headers['idempotency-key'], undefined);
      assert.deepEqual(JSON.parse(one.body), { code: 'SECRET42' });
    }
  });

  test('reports a network failure as NetworkError after retries', async () => {
    answers.push(destroy, destroy, destroy);
    const client = createClient({ baseUrl, ...fast });
    await assert.rejects(client.request(getThing, { params: { thingId: '1' } }), NetworkError);
    assert.equal(seen.length, 3);
  });

  test('stops at the overall deadline across retries with a TimeoutError', async () => {
    answers.push(hang, hang, hang);
    const client = createClient({ baseUrl, timeout: 150, deadline: 250, ...fast });
    const error = await client.request(getThing, { params: { thingId: '1' } }).catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError);
    assert.equal(error.kind, 'deadline');
  });

  test("an AbortSignal cancels the call with the caller's reason", async () => {
    answers.push(hang);
    const client = createClient({ baseUrl });
    const controller = new AbortController();
    const pending = client.request(getThing, { params: { thingId: '1' } }, { signal: controller.signal });
    setTimeout(() => {
      controller.abort(new Error('left the page'));
    }, 30);
    await assert.rejects(pending, /left the page/);
  });

  test('throws ResponseValidationError on a response that breaks the contract, or only warns when asked', async () => {
    answers.push(json(200, { ok: 'yes' }), json(200, { ok: 'yes' }));
    await assert.rejects(createClient({ baseUrl }).request(getThing, { params: { thingId: '1' } }), ResponseValidationError);
    const warned: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      const result = await createClient({ baseUrl, validateResponses: 'warn' }).request(getThing, { params: { thingId: '1' } });
      assert.equal((result.data as { ok: unknown }).ok, 'yes');
    } finally {
      console.warn = original;
    }
    assert.equal(warned.length, 1);
  });

  test('lets unknown fields from other backends through', async () => {
    answers.push(json(200, { ok: true, addedByJava: 1 }));
    const result = await createClient({ baseUrl }).request(getThing, { params: { thingId: '1' } });
    assert.equal((result.data as Record<string, unknown>).addedByJava, 1);
  });

  test('follows cursors page by page and item by item', async () => {
    const pages = [
      { items: [{ n: 1 }, { n: 2 }], nextCursor: 'c2' },
      { items: [{ n: 3 }], nextCursor: null },
    ];
    answers.push(json(200, pages[0]), json(200, pages[1]));
    const items: number[] = [];
    for await (const item of createClient({ baseUrl }).paginate(listThings, {})) items.push(item.n);
    assert.deepEqual(items, [1, 2, 3]);
    assert.equal(seen[1]?.url, '/v1/things?cursor=c2');
  });

  test('tells telemetry hooks about each attempt without bodies', async () => {
    answers.push(json(503, problem(503, 'unavailable')), json(200, { ok: true }));
    const events: string[] = [];
    const client = createClient({
      baseUrl,
      ...fast,
      hooks: {
        beforeRequest: (e) => events.push(`req ${String(e.attempt)}`),
        afterResponse: (e) => events.push(`res ${String(e.status)}`),
        beforeRetry: () => events.push('retry'),
      },
    });
    await client.request(getThing, { params: { thingId: '1' } });
    assert.deepEqual(events, ['req 1', 'res 503', 'retry', 'req 2', 'res 200']);
  });
});
