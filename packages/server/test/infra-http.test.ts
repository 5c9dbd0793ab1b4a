import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, test } from 'node:test';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { issue, RuleViolation } from '@shanzhi/rules';
import { limitBody, readJson, requireJson } from '../src/http/limits.js';
import { createErrorHandler, HttpProblem, notFound, problemContentType, problemType, type ProblemDocument } from '../src/http/problem.js';
import { requestId } from '../src/http/request-id.js';

const secret = 'ID 110101199003077777 of 张三';

function makeApp(logs: string[] = []) {
  const app = new Hono();
  app.use(requestId());
  app.use(limitBody({ maxBytes: 100 }));
  app.use(requireJson());
  app.onError(createErrorHandler({ log: (line) => logs.push(line) }));
  app.notFound(notFound);
  app.post('/echo', async (c) => c.json({ got: await readJson(c), id: c.get('requestId') }));
  app.post('/empty', (c) => c.body(null, 204));
  app.get('/forbidden', () => {
    throw HttpProblem.of('forbidden');
  });
  app.get('/rule', () => {
    throw new RuleViolation('points.rule.inactive', { ruleCode: 'A01' });
  });
  app.get('/validation', () => {
    throw HttpProblem.validation([
      issue('field.required', undefined, ['villager', 'name']),
      issue('field.tooLong', { maximum: 20 }, ['note']),
    ]);
  });
  app.get('/hono-401', () => {
    throw new HTTPException(401, { res: new Response('no', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }) });
  });
  app.get('/boom', () => {
    throw new Error(secret);
  });
  app.get('/raw', () => new Response('raw', { status: 200 }));
  return app;
}

async function problemOf(response: Response): Promise<ProblemDocument> {
  assert.equal(response.headers.get('Content-Type'), problemContentType);
  return (await response.json()) as ProblemDocument;
}

const json = { 'Content-Type': 'application/json' };

describe('problem details', () => {
  test('a thrown problem is application/problem+json in Chinese by default and in English on request', async () => {
    const app = makeApp();
    const zh = await app.request('/forbidden');
    assert.equal(zh.status, 403);
    assert.equal(zh.headers.get('Content-Language'), 'zh-CN');
    const zhBody = await problemOf(zh);
    assert.deepEqual(zhBody, {
      type: 'urn:shanzhi:problem:forbidden',
      title: '无权执行此操作',
      status: 403,
      code: 'forbidden',
      requestId: zh.headers.get('X-Request-Id'),
    });
    const en = await app.request('/forbidden', { headers: { 'Accept-Language': 'en-GB,en;q=0.9,zh;q=0.5' } });
    assert.equal(en.headers.get('Content-Language'), 'en');
    assert.equal((await problemOf(en)).title, 'You are not allowed to do this');
  });

  test('a rule violation carries its rule code and the catalogue message', async () => {
    const app = makeApp();
    const response = await app.request('/rule', { headers: { 'Accept-Language': 'en' } });
    assert.equal(response.status, 409);
    const body = await problemOf(response);
    assert.equal(body.code, 'points.rule.inactive');
    assert.equal(body.type, 'urn:shanzhi:problem:points-rule-inactive');
    assert.equal(body.title, 'The points rule A01 is no longer in use');
    const zh = await problemOf(await app.request('/rule'));
    assert.equal(zh.title, '积分细则 A01 已停用，不能再登记');
  });

  test('validation problems list localized issues with their paths', async () => {
    const app = makeApp();
    const body = await problemOf(await app.request('/validation'));
    assert.equal(body.status, 400);
    assert.equal(body.code, 'validation');
    assert.ok(body.detail !== undefined && body.detail.length > 0);
    assert.deepEqual(body.issues, [
      { path: ['villager', 'name'], code: 'field.required', message: '此项为必填项' },
      { path: ['note'], code: 'field.tooLong', message: '最多 20 个字符' },
    ]);
  });

  test('Hono HTTP exceptions become the matching problem and keep WWW-Authenticate', async () => {
    const response = await makeApp().request('/hono-401');
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('WWW-Authenticate'), 'Bearer');
    assert.equal((await problemOf(response)).code, 'unauthorized');
  });

  test('an unknown route is a 404 problem', async () => {
    const response = await makeApp().request('/nowhere', { headers: { 'Accept-Language': 'en' } });
    assert.equal(response.status, 404);
    const body = await problemOf(response);
    assert.equal(body.code, 'not-found');
    assert.equal(body.title, 'Not found');
  });

  test('an unexpected error is a 500 that leaks neither message nor stack; the log has the request id and no body', async () => {
    const logs: string[] = [];
    const response = await makeApp(logs).request('/boom', { headers: { 'X-Request-Id': 'req-500' } });
    assert.equal(response.status, 500);
    const text = await response.text();
    assert.ok(!text.includes('110101199003077777'), text);
    assert.ok(!text.includes('Error'), text);
    assert.ok(!text.includes('.ts'), text);
    const body = JSON.parse(text) as ProblemDocument;
    assert.equal(body.code, 'internal');
    assert.equal(body.requestId, 'req-500');
    assert.equal(logs.length, 1);
    assert.match(logs[0] ?? '', /req-500/);
  });

  test('problem type URIs are kebab-case URNs', () => {
    assert.equal(problemType('idempotency-key-reused'), 'urn:shanzhi:problem:idempotency-key-reused');
    assert.equal(problemType('field.tooLong'), 'urn:shanzhi:problem:field-too-long');
    assert.equal(problemType('points.transition.illegal'), 'urn:shanzhi:problem:points-transition-illegal');
  });
});

describe('request limits', () => {
  test('a JSON body is read and parsed', async () => {
    const response = await makeApp().request('/echo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=UTF-8' },
      body: '{"a":[1,2]}',
    });
    assert.equal(response.status, 200);
    assert.deepEqual(((await response.json()) as { got: unknown }).got, { a: [1, 2] });
  });

  test('a body over the limit is a 413 problem (declared length and streamed)', async () => {
    const app = makeApp();
    const big = JSON.stringify({ text: 'x'.repeat(200) });
    const declared = await app.request('/echo', { method: 'POST', headers: { ...json, 'Content-Length': String(big.length) }, body: big });
    assert.equal(declared.status, 413);
    const body = await problemOf(declared);
    assert.equal(body.code, 'payload-too-large');
    assert.match(body.detail ?? '', /100/);
    const streamed = await app.request('/echo', { method: 'POST', headers: json, body: big });
    assert.equal(streamed.status, 413);
    assert.ok(streamed.headers.get('X-Request-Id'));
  });

  test('a body that is not application/json (UTF-8) is a 415 problem', async () => {
    const app = makeApp();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'application/jsonx']) {
      const response = await app.request('/echo', { method: 'POST', headers: { 'Content-Type': type }, body: '{}' });
      assert.equal(response.status, 415, type);
      assert.equal((await problemOf(response)).code, 'unsupported-media-type');
      assert.equal(response.headers.get('Accept-Post'), 'application/json');
    }
    const missing = await app.request('/echo', { method: 'POST', body: '{}' });
    assert.equal(missing.status, 415);
    const noBody = await app.request('/empty', { method: 'POST' });
    assert.equal(noBody.status, 204);
  });

  test('malformed or empty JSON is a 400 problem that does not quote the body', async () => {
    const app = makeApp();
    for (const text of ['{"a":', 'secret-token-not-json', '   ']) {
      const response = await app.request('/echo', { method: 'POST', headers: json, body: text });
      assert.equal(response.status, 400, text);
      const raw = await response.text();
      assert.ok(!raw.includes('secret-token'), raw);
      assert.equal((JSON.parse(raw) as ProblemDocument).code, 'malformed-json');
    }
  });
});

describe('request ids', () => {
  test('a sane incoming X-Request-Id is kept, stored on the context and echoed', async () => {
    const response = await makeApp().request('/echo', { method: 'POST', headers: { ...json, 'X-Request-Id': 'abc.DEF_1:2-3' }, body: '1' });
    assert.equal(response.headers.get('X-Request-Id'), 'abc.DEF_1:2-3');
    assert.equal(((await response.json()) as { id: string }).id, 'abc.DEF_1:2-3');
  });

  test('a missing or unsafe X-Request-Id is replaced by a fresh UUID', async () => {
    const app = makeApp();
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const none = await app.request('/raw');
    assert.match(none.headers.get('X-Request-Id') ?? '', uuid);
    for (const bad of ['has space', 'x'.repeat(129), 'semi;colon', '<script>']) {
      const response = await app.request('/raw', { headers: { 'X-Request-Id': bad } });
      assert.match(response.headers.get('X-Request-Id') ?? '', uuid, bad);
    }
    const a = await app.request('/raw');
    const b = await app.request('/raw');
    assert.notEqual(a.headers.get('X-Request-Id'), b.headers.get('X-Request-Id'));
  });
});

describe('over a real socket (@hono/node-server)', () => {
  async function withServer(run: (port: number) => Promise<void>): Promise<void> {
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const started = serve({ fetch: makeApp().fetch, port: 0, hostname: '127.0.0.1' }, () => {
        resolve(started);
      });
    });
    try {
      await run((server.address() as AddressInfo).port);
    } finally {
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
    }
  }

  function send(
    port: number,
    method: string,
    headers: Record<string, string>,
    chunks: string[],
  ): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method, path: '/echo', headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      });
      req.on('error', reject);
      for (const chunk of chunks) req.write(chunk);
      req.end();
    });
  }

  test('a chunked body over the limit is a 413 problem; a small one passes', async () => {
    await withServer(async (port) => {
      const chunked = { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' };
      const big = await send(port, 'POST', chunked, ['{"text":"', 'x'.repeat(60), 'y'.repeat(60), '"}']);
      assert.equal(big.status, 413);
      assert.equal(big.headers['content-type'], problemContentType);
      assert.equal((JSON.parse(big.body) as ProblemDocument).code, 'payload-too-large');
      const small = await send(port, 'POST', chunked, ['{"a"', ':1}']);
      assert.equal(small.status, 200);
      assert.deepEqual((JSON.parse(small.body) as { got: unknown }).got, { a: 1 });
    });
  });

  test('an empty POST (Content-Length: 0) needs no content type; a text body gets 415', async () => {
    await withServer(async (port) => {
      const empty = await send(port, 'POST', { 'Content-Length': '0' }, []);
      assert.equal(empty.status, 400); // reaches the handler: readJson finds no JSON
      assert.equal((JSON.parse(empty.body) as ProblemDocument).code, 'malformed-json');
      const text = await send(port, 'POST', { 'Content-Type': 'text/plain' }, ['hello']);
      assert.equal(text.status, 415);
      assert.ok(typeof text.headers['x-request-id'] === 'string');
    });
  });
});
