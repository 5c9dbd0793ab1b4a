import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createClient, getLeaderboard, getPointsRules, ProblemError, submitMediationIntake, type RouteInput } from '@shanzhi/sdk';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { openDatabase } from '../src/db/open.js';
import type { Started } from '../src/start.js';
import { assertProblem, sampleIntake, send, startContractServer, type ContractServer, type RawResponse } from './contract-fixtures.js';
import { demoNow, startServerInTest } from './harness.js';

/**
 * Error bodies as a Java or Go backend must reproduce them (RFC 9457 + code, requestId, issues), in the
 * caller's language, and as the SDK hands them to a widget.
 */

let server: ContractServer;
before(async () => {
  server = await startContractServer();
});
after(() => server.close());

const intakePath = '/v1/mediation/cases';
const brokenIntake = () => ({ ...sampleIntake(), applicant: { name: '张三', mobile: '12345' }, respondents: [] });

function postIntake(body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return send(server.url, { method: 'POST', path: intakePath, body: JSON.stringify(body), headers });
}

describe('validation problems', () => {
  test('a query that breaks the schema answers 400 validation with one issue per field, in Chinese by default', async () => {
    const response = await send(server.url, { method: 'GET', path: '/v1/villages/v-qs-01/points/leaderboard?limit=0&list=purple' });
    const problem = assertProblem(response, 400, 'validation');
    assert.equal(problem.type, 'urn:shanzhi:problem:validation');
    assert.equal(problem.title, '提交的内容未通过校验');
    assert.equal(response.headers.get('content-language'), 'zh-CN');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const issues = problem.issues ?? [];
    assert.deepEqual(issues.map((one) => one.path).sort(), [['limit'], ['list']]);
    for (const one of issues) {
      assert.equal(typeof one.code, 'string');
      assert.match(one.message, /\p{Script=Han}/u, `a Chinese message for ${one.path.join('.')}`);
    }
  });

  test('Accept-Language: en turns the title and every issue message into English, codes unchanged', async () => {
    const path = '/v1/villages/v-qs-01/points/leaderboard?limit=0&list=purple';
    const zh = assertProblem(await send(server.url, { method: 'GET', path }), 400, 'validation');
    const response = await send(server.url, { method: 'GET', path, headers: { 'Accept-Language': 'en-US,en;q=0.9' } });
    const en = assertProblem(response, 400, 'validation');
    assert.equal(response.headers.get('content-language'), 'en');
    assert.match(response.headers.get('vary') ?? '', /Accept-Language/i);
    assert.equal(en.title, 'The request has invalid fields');
    assert.equal(en.detail, 'Correct the fields listed in issues and try again.');
    const byPath = (issues: typeof en.issues) => [...(issues ?? [])].sort((a, b) => a.path.join().localeCompare(b.path.join()));
    const [enIssues, zhIssues] = [byPath(en.issues), byPath(zh.issues)];
    assert.deepEqual(
      enIssues.map((one) => [one.path, one.code]),
      zhIssues.map((one) => [one.path, one.code]),
    );
    for (const one of enIssues) assert.doesNotMatch(one.message, /\p{Script=Han}/u, `an English message for ${one.path.join('.')}`);
  });

  test('a body that breaks the schema names each field by its path inside the body', async () => {
    const response = await postIntake(brokenIntake(), { 'Idempotency-Key': randomUUID(), 'Accept-Language': 'en' });
    const problem = assertProblem(response, 400, 'validation');
    const paths = (problem.issues ?? []).map((one) => one.path.join('.'));
    assert.ok(paths.includes('applicant.mobile'), paths.join(', '));
    assert.ok(paths.includes('respondents'), paths.join(', '));
    for (const one of problem.issues ?? []) assert.ok(one.message.length > 0 && one.code.length > 0);
  });

  test('a path parameter that is not an id answers 400 validation at that parameter', async () => {
    const response = await send(server.url, { method: 'GET', path: `/v1/villages/${encodeURIComponent('v qs 01!')}/points/rules` });
    const problem = assertProblem(response, 400, 'validation');
    assert.deepEqual(
      problem.issues?.map((one) => one.path),
      [['villageId']],
    );
  });

  test("the caller's X-Request-Id is echoed in the header and the problem; an unsafe one is replaced", async () => {
    const kept = await send(server.url, {
      method: 'GET',
      path: '/v1/villages/v-qs-01/points/leaderboard?limit=0',
      headers: { 'X-Request-Id': 'portal-7f3a:42' },
    });
    assert.equal(kept.headers.get('x-request-id'), 'portal-7f3a:42');
    assert.equal(assertProblem(kept, 400).requestId, 'portal-7f3a:42');
    const replaced = await send(server.url, {
      method: 'GET',
      path: '/v1/villages/v-qs-01/points/leaderboard?limit=0',
      headers: { 'X-Request-Id': 'evil id\twith spaces' },
    });
    assert.notEqual(replaced.headers.get('x-request-id'), 'evil id\twith spaces');
    assertProblem(replaced, 400);
  });

  test('an unknown path and a body-level refusal are problems too', async () => {
    assertProblem(await send(server.url, { method: 'GET', path: '/v1/no-such-thing' }), 404, 'not-found');
    assertProblem(
      await send(server.url, { method: 'POST', path: intakePath, body: '{"dispute":', headers: { 'Idempotency-Key': randomUUID() } }),
      400,
      'malformed-json',
    );
    assertProblem(
      await send(server.url, {
        method: 'POST',
        path: intakePath,
        body: 'x=1',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
      415,
      'unsupported-media-type',
    );
    const tooBig = await send(server.url, {
      method: 'POST',
      path: intakePath,
      body: JSON.stringify({ pad: 'x'.repeat(100_000) }),
      headers: { 'Idempotency-Key': randomUUID() },
    });
    assertProblem(tooBig, 413, 'payload-too-large');
  });
});

describe('the SDK surfaces problems as ProblemError', () => {
  test('with the status, code, localized issues and the request id of the X-Request-Id header', async () => {
    const seen: string[] = [];
    const capture: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      seen.push(response.headers.get('x-request-id') ?? '');
      return response;
    };
    const client = server.client(undefined, { fetch: capture, locale: 'en' });
    const input = { body: brokenIntake() } as unknown as RouteInput<typeof submitMediationIntake>;
    const error = await client.request(submitMediationIntake, input).then(
      () => assert.fail('an invalid intake was accepted'),
      (thrown: unknown) => thrown,
    );
    assert.ok(error instanceof ProblemError, String(error));
    assert.equal(error.status, 400);
    assert.equal(error.code, 'validation');
    assert.equal(error.title, 'The request has invalid fields');
    assert.equal(error.routeId, 'submitMediationIntake');
    assert.equal(seen.length, 1);
    assert.equal(error.requestId, seen[0]);
    assert.equal(error.problem.requestId, seen[0]);
    assert.ok(error.issues.some((one) => one.path.join('.') === 'applicant.mobile'));
  });

  test('a request id chosen by the caller comes back on the error', async () => {
    const client = server.client(undefined, { locale: 'zh-CN' });
    const error = await client
      .request(getLeaderboard, { params: { villageId: 'v-qs-01' }, query: { limit: 0 } }, { requestId: 'widget-call-0001' })
      .then(
        () => assert.fail('limit 0 was accepted'),
        (thrown: unknown) => thrown,
      );
    assert.ok(error instanceof ProblemError, String(error));
    assert.equal(error.requestId, 'widget-call-0001');
    assert.equal(error.title, '提交的内容未通过校验');
  });

  test('a refused token is a ProblemError 401 unauthorized', async () => {
    const error = await server
      .client('never-issued-token')
      .request(getPointsRules, { params: { villageId: 'v-qs-01' } })
      .then(
        () => assert.fail('an unknown token was accepted'),
        (thrown: unknown) => thrown,
      );
    assert.ok(error instanceof ProblemError, String(error));
    assert.equal(error.status, 401);
    assert.equal(error.code, 'unauthorized');
  });
});

describe('idempotency problems end to end (IETF Idempotency-Key draft)', () => {
  test('a create without Idempotency-Key answers 400 idempotency-key-missing', async () => {
    assertProblem(await postIntake(sampleIntake()), 400, 'idempotency-key-missing');
  });

  test('an Idempotency-Key longer than 255 characters answers 400 idempotency-key-invalid', async () => {
    assertProblem(await postIntake(sampleIntake(), { 'Idempotency-Key': 'k'.repeat(256) }), 400, 'idempotency-key-invalid');
  });

  test('the same key and body replay the first response with Idempotent-Replayed: true; another body is 422', async () => {
    const key = randomUUID();
    const first = await postIntake(sampleIntake(), { 'Idempotency-Key': key });
    assert.equal(first.status, 201, first.text);
    assert.equal(first.headers.get('idempotent-replayed'), null);
    const again = await postIntake(sampleIntake(), { 'Idempotency-Key': key });
    assert.equal(again.status, 201, again.text);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(JSON.parse(again.text), JSON.parse(first.text));
    const other = await postIntake(sampleIntake('邻居家的狗每天夜里叫个不停，影响全家休息。'), { 'Idempotency-Key': key });
    assertProblem(other, 422, 'idempotency-key-reused');
  });

  test('the SDK reports a replay and keeps the key it was given', async () => {
    const client = server.client();
    const key = `sdk-${randomUUID()}`;
    const input = { body: sampleIntake('对方在我家承包地边上建房，占了我家半米地。') } as unknown as RouteInput<
      typeof submitMediationIntake
    >;
    const first = await client.request(submitMediationIntake, input, { idempotencyKey: key });
    const second = await client.request(submitMediationIntake, input, { idempotencyKey: key });
    assert.equal(first.replayed, false);
    assert.equal(second.replayed, true);
    assert.equal(second.idempotencyKey, key);
    assert.equal(second.data.caseNumber, first.data.caseNumber);
  });
});

/**
 * A database that answers slowly (like PostgreSQL over a network): an idempotency-key claim is held until the test
 * lets it go. On the embedded SQLite a whole write finishes in one turn of the event loop, so no duplicate could
 * ever arrive while the first is running; with the gate, one does — and on a loaded machine too, because the test
 * waits for the claim to be made instead of guessing how long that takes.
 */
function gatedClaims(): { plugin: KyselyPlugin; claimed(): Promise<void>; release(): void } {
  const slow = new WeakSet();
  let onClaim: (() => void) | undefined;
  let open: (() => void) | undefined;
  let gate = Promise.resolve();
  return {
    plugin: {
      transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
        const { node } = args;
        if (node.kind === 'InsertQueryNode' && node.into?.table.identifier.name === 'idempotency_keys') slow.add(args.queryId);
        return node;
      },
      async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
        if (slow.has(args.queryId)) {
          onClaim?.();
          await gate;
        }
        return args.result;
      },
    },
    /** Closes the gate and resolves once the next claim has been made and is being held. */
    claimed: () => {
      gate = new Promise<void>((resolve) => (open = resolve));
      return new Promise<void>((resolve) => (onClaim = resolve));
    },
    release: () => {
      onClaim = undefined;
      open?.();
    },
  };
}

describe('a duplicate that arrives while the first request is running (slow database)', () => {
  let slowServer: Started;
  const claims = gatedClaims();
  before(async () => {
    const db = openDatabase({ filename: ':memory:' }).withPlugin(claims.plugin);
    slowServer = await startServerInTest({ db, port: 0, hostname: '127.0.0.1', households: 120, now: demoNow });
  });
  after(async () => {
    await slowServer.close();
  });

  test('answers 409 idempotency-in-flight with Retry-After: 1, and the retry after it gets the replay', async () => {
    const key = randomUUID();
    const body = JSON.stringify(sampleIntake());
    const post = () => send(slowServer.url, { method: 'POST', path: intakePath, body, headers: { 'Idempotency-Key': key } });
    const held = claims.claimed();
    const first = post();
    await held;
    const duplicate = await post();
    claims.release();
    assertProblem(duplicate, 409, 'idempotency-in-flight');
    assert.equal(duplicate.headers.get('retry-after'), '1');
    const created = await first;
    assert.equal(created.status, 201, created.text);
    const retried = await post();
    assert.equal(retried.status, 201, retried.text);
    assert.equal(retried.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(JSON.parse(retried.text), JSON.parse(created.text));
  });

  test('the SDK hands the 409 over as a ProblemError with retryAfter = 1 (it does not retry a 409 by itself)', async () => {
    const key = randomUUID();
    const body = sampleIntake('邻居在两家交界处砌墙，挡住了我家的排水沟。');
    const held = claims.claimed();
    const first = send(slowServer.url, {
      method: 'POST',
      path: intakePath,
      body: JSON.stringify(body),
      headers: { 'Idempotency-Key': key },
    });
    await held;
    const client = createClient({ baseUrl: slowServer.url, retry: { limit: 2 } });
    const input = { body } as unknown as RouteInput<typeof submitMediationIntake>;
    const error = await client.request(submitMediationIntake, input, { idempotencyKey: key }).then(
      () => assert.fail('the duplicate was accepted while the first was running'),
      (thrown: unknown) => thrown,
    );
    claims.release();
    assert.ok(error instanceof ProblemError, String(error));
    assert.equal(error.status, 409);
    assert.equal(error.code, 'idempotency-in-flight');
    assert.equal(error.retryAfter, 1);
    assert.equal((await first).status, 201);
    const replay = await client.request(submitMediationIntake, input, { idempotencyKey: key });
    assert.equal(replay.replayed, true);
  });
});
