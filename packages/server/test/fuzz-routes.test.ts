import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { describe, test } from 'node:test';
import { problemSchema, routes, type RouteSpec } from '@shanzhi/sdk';
import fc from 'fast-check';
import {
  demoRoles,
  fillPath,
  problemJson,
  sampleBody,
  sampleParams,
  send,
  tokenOf,
  useContractServer,
  type RawRequest,
  type RawResponse,
} from './contract-fixtures.js';

/**
 * Every route of the route table gets random and hostile input over raw HTTP (no SDK): broken bodies, odd path
 * params and query strings, wrong media types, a 1 MB body, with and without tokens. Whatever comes in, the
 * server must answer with a 2xx or a 4xx problem — never a 5xx, never an error that is not problem+json.
 *
 * Deterministic: the samples come from fast-check with a fixed seed (FUZZ_SEED overrides it), so a failure can
 * be replayed. Bounded: about 15 requests per route, a few hundred in all, on loopback.
 */

const seed = Number(process.env.FUZZ_SEED ?? 20261129);
const allRoutes = routes as readonly RouteSpec[];

const server = useContractServer({ households: 240 });

// ---------------------------------------------------------------------------------------------------------------
// Values

const hostileStrings = [
  '',
  ' ',
  '../',
  '../../../../etc/passwd',
  '..%2F..%2F',
  '%00',
  '\u0000',
  'a\u0000b',
  '%',
  '%zz',
  '%E4%B8',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '"; DROP TABLE households; --',
  '王家坞村',
  '𠮷野家',
  '\uD800',
  '\uFEFF',
  '\u202Eevil',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '0x10',
  '2026-02-30',
  '9999-99-99',
  'MED-339901-2026-000001',
  '__proto__',
  'constructor',
  '{}',
  '[]',
] as const;

const weirdString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 300, max: 4000 }).map((length) => 'x'.repeat(length)) },
);

/**
 * `depth` nested arrays or objects: far deeper than any schema, still under the 64 KiB body limit. Stands in the
 * value tree as a marker and is spliced into the body text by `bodyText`, because JSON.stringify itself recurses
 * and overflows the test's stack at these depths under fast-check's own deep frames.
 */
function deep(depth: number, kind: 'array' | 'object'): unknown {
  return { deepMarker: depth, kind };
}

const deepMarker = /\{"deepMarker":(\d+),"kind":"(array|object)"\}/g;

/** JSON text of a body, with every `deep` marker written out as real nesting. */
function bodyText(value: unknown): string {
  return JSON.stringify(value).replace(deepMarker, (_whole, depth: string, kind: string) => {
    const n = Number(depth);
    return kind === 'array' ? `${'['.repeat(n)}"bottom"${']'.repeat(n)}` : `${'{"a":'.repeat(n)}"bottom"${'}'.repeat(n)}`;
  });
}

const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -0, 1e308, -1e308, 0.1),
  weirdString,
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(weirdString, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
  fc
    .tuple(fc.integer({ min: 100, max: 6000 }), fc.constantFrom('array' as const, 'object' as const))
    .map(([depth, kind]) => deep(depth, kind)),
  // 20,000 three-byte characters: 60 KB of UTF-8, just under the body limit.
  fc.constant('界'.repeat(20_000)),
);

// ---------------------------------------------------------------------------------------------------------------
// Requests

type Case = { readonly kind: string } & RawRequest;

const tokens = [undefined, 'not-a-real-token-123', ...demoRoles.map(tokenOf)] as const;

/** A token the route accepts (none for public routes), so the request gets past the role check. */
function allowedToken(route: RouteSpec): string | undefined {
  return route.access.roles === 'anyone' ? undefined : tokenOf(route.access.roles[0] as (typeof demoRoles)[number]);
}

function tokenFor(route: RouteSpec): fc.Arbitrary<string | undefined> {
  return fc.oneof({ weight: 3, arbitrary: fc.constant(allowedToken(route)) }, { weight: 2, arbitrary: fc.constantFrom(...tokens) });
}

const idempotencyKey = fc.oneof(
  { weight: 4, arbitrary: fc.uuid().map((key): string | undefined => key) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<string | undefined>(undefined, '', 'k'.repeat(300), 'caf\u00e9', '"quoted-key"', '"unterminated', '   '),
  },
);

const acceptLanguage = fc.constantFrom('zh-CN', 'en', 'en-GB,en;q=0.9', '*', 'xx-YY', 'en;q=abc', ',,,', 'zh-Hant-TW, en;q=0.5');

/** Lone surrogates cannot be percent-encoded: they become U+FFFD, as a browser would send them. */
function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function headersFor(route: RouteSpec, key: string | undefined, language: string): Record<string, string> {
  const headers: Record<string, string> = { 'Accept-Language': language };
  if (route.idempotency !== 'none' && key !== undefined) headers['Idempotency-Key'] = key;
  return headers;
}

/** Every path (as keys) inside a JSON value, the root included. */
function pathsOf(value: unknown, prefix: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  const out: (readonly (string | number)[])[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => out.push(...pathsOf(item, [...prefix, index])));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) out.push(...pathsOf(item, [...prefix, key]));
  return out;
}

type Mutation = 'replace' | 'delete' | 'extra';

/** The valid body with one place broken: a value replaced by a wrong one, a key removed, or a key added. */
function mutate(body: unknown, pick: number, mutation: Mutation, value: unknown): unknown {
  const copy = structuredClone(body);
  const paths = pathsOf(copy);
  const path = paths[pick % paths.length] ?? [];
  if (path.length === 0) return mutation === 'replace' ? value : copy;
  let parent: unknown = copy;
  for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[step];
  const last = path[path.length - 1] ?? '';
  const holder = parent as Record<string | number, unknown>;
  if (mutation === 'replace') holder[last] = value;
  else if (mutation === 'delete') {
    if (Array.isArray(holder)) holder.splice(Number(last), 1);
    else Reflect.deleteProperty(holder, last);
  } else if (typeof holder[last] === 'object' && holder[last] !== null && !Array.isArray(holder[last])) {
    (holder[last] as Record<string, unknown>)['zz-extra'] = value;
  } else holder[last] = value;
  return copy;
}

function bodyCases(route: RouteSpec, path: string): fc.Arbitrary<Case> {
  const valid = sampleBody(route, server.ids);
  const mutated = fc
    .tuple(fc.nat(), fc.constantFrom<Mutation>('replace', 'replace', 'delete', 'extra'), wrongValue)
    .map(([pick, mutation, value]) => ({ kind: `mutated body (${mutation})`, body: bodyText(mutate(valid, pick, mutation, value)) }));
  const random = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((value) => ({ kind: 'random JSON body', body: bodyText(value) })),
    fc
      .array(fc.constant(valid), { minLength: 1, maxLength: 3 })
      .map((value) => ({ kind: 'array instead of object', body: bodyText(value) })),
    wrongValue.map((value) => ({ kind: 'wrong type for the whole body', body: bodyText(value) })),
  );
  return fc
    .tuple(fc.oneof({ weight: 3, arbitrary: mutated }, { weight: 2, arbitrary: random }), tokenFor(route), idempotencyKey, acceptLanguage)
    .map(([{ kind, body }, token, key, language]) => ({
      kind,
      method: route.method,
      path,
      token,
      body,
      headers: headersFor(route, key, language),
    }));
}

function paramCases(route: RouteSpec): fc.Arbitrary<Case> {
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  const body = sampleBody(route, server.ids);
  return fc
    .tuple(
      fc.array(weirdString, { minLength: names.length, maxLength: names.length }),
      fc.boolean(),
      tokenFor(route),
      idempotencyKey,
      acceptLanguage,
    )
    .map(([values, raw, token, key, language]) => {
      const params = Object.fromEntries(names.map((name, index) => [name, wellFormed(values[index] ?? '') || 'x']));
      return {
        kind: raw ? 'raw path params' : 'encoded path params',
        method: route.method,
        path: fillPath(route, params, raw),
        token,
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: headersFor(route, key, language),
      };
    });
}

function queryCases(route: RouteSpec, path: string): fc.Arbitrary<Case> {
  const shape = (route.query as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape ?? {};
  const keys = [...Object.keys(shape), 'cursor', 'limit', '__proto__', 'constructor[prototype]', '键'];
  const pair = fc
    .tuple(fc.oneof(fc.constantFrom(...keys), weirdString), weirdString)
    .map(([key, value]) => `${encodeURIComponent(wellFormed(key))}=${encodeURIComponent(wellFormed(value))}`);
  const rawTail = fc.constantFrom(
    '',
    '&',
    '&&=&',
    '%zz=1',
    'limit=%E4%B8',
    'limit=1&limit=2',
    'cursor=' + 'c'.repeat(600),
    'q=' + '字'.repeat(60),
  );
  const body = sampleBody(route, server.ids);
  return fc
    .tuple(fc.array(pair, { maxLength: 6 }), rawTail, tokenFor(route), idempotencyKey, acceptLanguage)
    .map(([pairs, tail, token, key, language]) => ({
      kind: 'random query string',
      method: route.method,
      path: `${path}?${[...pairs, tail].filter((part) => part !== '').join('&')}`,
      token,
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: headersFor(route, key, language),
    }));
}

/** The plain valid request, with the token the route wants, with none and with another role's. */
function baselineCases(route: RouteSpec, path: string): Case[] {
  const body = sampleBody(route, server.ids);
  const json = body === undefined ? undefined : JSON.stringify(body);
  return [allowedToken(route), undefined, tokenOf('villager'), tokenOf('admin')].map((token) => ({
    kind: 'valid request',
    method: route.method,
    path,
    token,
    body: json,
    headers: headersFor(route, randomUUID(), 'zh-CN'),
  }));
}

/** The fixed cases with an exact expected answer. */
function exactCases(route: RouteSpec, path: string): (Case & { readonly status: number; readonly code: string })[] {
  if (route.method === 'GET') return [];
  const headers = headersFor(route, 'fuzz-exact-key', 'en');
  return [
    {
      kind: 'text/plain body',
      method: route.method,
      path,
      body: '{}',
      headers: { ...headers, 'Content-Type': 'text/plain' },
      status: 415,
      code: 'unsupported-media-type',
    },
    {
      kind: 'form body',
      method: route.method,
      path,
      body: 'a=1&b=2',
      headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
      status: 415,
      code: 'unsupported-media-type',
    },
    {
      kind: 'JSON in Latin-1',
      method: route.method,
      path,
      body: '{}',
      headers: { ...headers, 'Content-Type': 'application/json; charset=iso-8859-1' },
      status: 415,
      code: 'unsupported-media-type',
    },
    {
      kind: 'malformed JSON',
      method: route.method,
      path,
      token: allowedToken(route),
      body: '{"a": [1, 2,',
      headers,
      status: 400,
      code: 'malformed-json',
    },
    {
      kind: 'empty JSON body',
      method: route.method,
      path,
      token: allowedToken(route),
      body: '',
      headers,
      status: 400,
      code: 'malformed-json',
    },
  ];
}

/** One request on a fresh connection (node:http without an agent), so nothing is reused after it. */
function sendOnOwnConnection(baseUrl: string, one: RawRequest): Promise<RawResponse> {
  const headers: Record<string, string> = { ...one.headers };
  if (one.body !== undefined) headers['Content-Type'] ??= 'application/json';
  if (one.token !== undefined) headers.Authorization = `Bearer ${one.token}`;
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(`${baseUrl}${one.path}`, { method: one.method, headers, agent: false }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const answered = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') answered.set(name, value);
        resolve({ status: incoming.statusCode ?? 0, headers: answered, text: Buffer.concat(chunks).toString('utf8') });
      });
      incoming.on('error', reject);
    });
    // The server may answer and stop reading before the whole body is written: that is not a failure here.
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    outgoing.end(one.body);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Checks

/** What is wrong with one answer (empty when it is fine). */
function violations(response: RawResponse, expected?: { status: number; code: string }): string[] {
  const found: string[] = [];
  if (response.status >= 500) found.push('5xx');
  const type = response.headers.get('content-type') ?? '';
  if (response.status >= 400) {
    if (type !== problemJson) found.push(`content-type ${type || '(none)'}`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(response.text);
    } catch {
      found.push('body is not JSON');
    }
    const problem = problemSchema.safeParse(parsed);
    if (!problem.success) found.push('body is not a problem document');
    else {
      if (problem.data.status !== response.status) found.push(`problem.status ${String(problem.data.status)}`);
      if (problem.data.requestId !== response.headers.get('x-request-id')) found.push('requestId differs from X-Request-Id');
      if (expected && problem.data.code !== expected.code) found.push(`code ${problem.data.code}, expected ${expected.code}`);
    }
  } else if (!type.startsWith('application/json')) found.push(`2xx with content-type ${type || '(none)'}`);
  if (expected && response.status !== expected.status) found.push(`expected ${String(expected.status)}`);
  return found;
}

function describeCase(one: Case): string {
  const path = one.path.length > 120 ? `${one.path.slice(0, 117)}...` : one.path;
  return `${one.kind}: ${one.method} ${path} token=${one.token ?? '-'}`;
}

describe(`fuzzing every route (seed ${String(seed)})`, () => {
  allRoutes.forEach((route, index) => {
    test(`${route.id} never answers 5xx and every error is application/problem+json`, async (t) => {
      const path = fillPath(route, sampleParams(route, server.ids));
      const runs = { seed: seed + index, numRuns: 0 };
      const cases: Case[] = [
        ...(route.params ? fc.sample(paramCases(route), { ...runs, numRuns: 4 }) : []),
        ...fc.sample(queryCases(route, path), { ...runs, numRuns: 3 }),
        ...(route.body ? fc.sample(bodyCases(route, path), { ...runs, numRuns: 8 }) : []),
        ...baselineCases(route, path),
      ];
      const failures: string[] = [];
      const statuses = new Map<number, number>();
      for (const one of cases) {
        const response = await send(server.url, one);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const wrong = violations(response);
        if (wrong.length > 0)
          failures.push(`${String(response.status)} [${wrong.join('; ')}] ${describeCase(one)} → ${response.text.slice(0, 160)}`);
      }
      // A body over the limit is refused before it is read; sent on a connection of its own (see the test below).
      if (route.method !== 'GET') {
        const huge: Case = {
          kind: '1 MB body',
          method: route.method,
          path,
          body: bodyText({ pad: 'x'.repeat(1024 * 1024) }),
          headers: headersFor(route, randomUUID(), 'en'),
        };
        const response = await sendOnOwnConnection(server.url, huge).catch((error: unknown) => ({
          status: 0,
          headers: new Headers(),
          text: String(error),
        }));
        const wrong = violations(response, { status: 413, code: 'payload-too-large' });
        if (wrong.length > 0)
          failures.push(`${String(response.status)} [${wrong.join('; ')}] ${describeCase(huge)} → ${response.text.slice(0, 160)}`);
      }
      for (const one of exactCases(route, path)) {
        const response = await send(server.url, one).catch((error: unknown) => ({
          status: 0,
          headers: new Headers(),
          text: String(error),
        }));
        const wrong = violations(response, one);
        if (wrong.length > 0)
          failures.push(`${String(response.status)} [${wrong.join('; ')}] ${describeCase(one)} → ${response.text.slice(0, 160)}`);
      }
      t.diagnostic(
        `answers: ${[...statuses]
          .sort(([a], [b]) => a - b)
          .map(([status, count]) => `${String(status)}×${String(count)}`)
          .join(' ')}`,
      );
      assert.ok(cases.length >= 3, 'too few samples');
      assert.deepEqual(
        failures,
        [],
        `${String(failures.length)} of ${String(cases.length + exactCases(route, path).length)} requests to ${route.id} went wrong (FUZZ_SEED=${String(seed)})`,
      );
    });
  });
});

test('after refusing an oversized body, the connection is closed or still answers (no silently dropped keep-alive)', async () => {
  // A 413 sent before the body was read must say `Connection: close`; otherwise the client reuses a socket that the
  // server drops once its drain timeout (500 ms in @hono/node-server) runs out, and the next request fails.
  const path = '/v1/mediation/cases';
  const failures: string[] = [];
  for (let round = 0; round < 3; round += 1) {
    const huge = await send(server.url, {
      method: 'POST',
      path,
      body: bodyText({ pad: 'x'.repeat(1024 * 1024) }),
      headers: { 'Idempotency-Key': randomUUID() },
    });
    assert.equal(huge.status, 413);
    for (let next = 0; next < 3; next += 1) {
      const started = Date.now();
      await send(server.url, { method: 'POST', path, body: '{}', headers: { 'Content-Type': 'text/plain' } }).then(
        (response) => {
          assert.equal(response.status, 415);
        },
        (error: unknown) =>
          void failures.push(
            `round ${String(round)}, request ${String(next)} after the 413 failed after ${String(Date.now() - started)} ms: ${String((error as Error).cause ?? error)}`,
          ),
      );
    }
  }
  assert.deepEqual(failures, []);
});
