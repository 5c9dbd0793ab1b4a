import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import type { Role } from '@shanzhi/rules';
import { routes, type RouteSpec } from '@shanzhi/sdk';
import {
  assertProblem,
  demoRoles,
  fillPath,
  sampleBody,
  sampleParams,
  send,
  tokenOf,
  useContractServer,
  type DemoRole,
  type RawResponse,
} from './contract-fixtures.js';

/**
 * The role matrix, generated from the route table: every guarded route refuses the public (401), every role that
 * is neither listed nor related (403, or 404 where a tracking code must not reveal that a case exists), and lets
 * every listed role through. A new route is covered the day it is added to `routes`.
 */

const allRoutes = routes as readonly RouteSpec[];
const guarded = allRoutes.filter((route) => route.access.roles !== 'anyone');
const trackingCodeRoutes = allRoutes.filter((route) => route.access.relation === 'trackingCode');

const server = useContractServer();

interface Call {
  readonly token?: string | undefined;
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: string;
}

/** The route called with valid-looking params and a body its schema accepts (and a fresh key where needed). */
function call(route: RouteSpec, options: Call = {}): Promise<RawResponse> {
  const body = sampleBody(route, server.ids);
  const params = sampleParams(route, server.ids, options.params);
  return send(server.url, {
    method: route.method,
    path: fillPath(route, params) + (options.query ?? ''),
    token: options.token,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: route.idempotency === 'none' ? {} : { 'Idempotency-Key': randomUUID() },
  });
}

function listedRoles(route: RouteSpec): readonly Role[] {
  return route.access.roles === 'anyone' ? [] : route.access.roles;
}

describe('every guarded route refuses the public with 401', () => {
  for (const route of guarded) {
    test(`${route.id} without a token answers 401 unauthorized with WWW-Authenticate: Bearer`, async () => {
      const response = await call(route);
      if (route.access.relation === 'trackingCode' && response.status === 404) {
        // A tracking-code route may hide whether the case exists even from a caller who sent nothing.
        assertProblem(response, 404, 'not-found', route.id);
        return;
      }
      assertProblem(response, 401, 'unauthorized', route.id);
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer\b/, route.id);
    });
  }
});

describe('every guarded route refuses roles it does not list', () => {
  for (const route of guarded) {
    const listed = listedRoles(route);
    for (const role of demoRoles.filter((one) => !listed.includes(one))) {
      const expected = route.access.relation === 'trackingCode' ? [403, 404] : [403];
      test(`${route.id} refuses ${role} (${expected.join(' or ')})`, async () => {
        // The villager's token is bound to one household: ask about another, so no relation holds.
        const response = await call(route, { token: tokenOf(role) });
        const problem = assertProblem(response, expected, undefined, `${route.id} as ${role}`);
        assert.equal(problem.code, response.status === 403 ? 'forbidden' : 'not-found', `${route.id} as ${role}`);
      });
    }
  }
});

describe('roles are checked before the body is read (docs/api.md, "Order of checks")', () => {
  // A body the schema refuses: a route that validated first would answer 400 and tell an unlisted caller what it takes.
  for (const route of guarded.filter((one) => one.body !== undefined && one.access.relation !== 'trackingCode')) {
    const refused = demoRoles.filter((one) => !listedRoles(route).includes(one) && !(one === 'villager' && route.access.relation));
    for (const role of [undefined, ...refused]) {
      test(`${route.id} refuses ${role ?? 'the public'} with ${role ? '403' : '401'} even with an invalid body`, async () => {
        const response = await send(server.url, {
          method: route.method,
          path: fillPath(route, sampleParams(route, server.ids)),
          token: role && tokenOf(role),
          body: '{}',
          headers: route.idempotency === 'none' ? {} : { 'Idempotency-Key': randomUUID() },
        });
        assertProblem(response, role ? 403 : 401, role ? 'forbidden' : 'unauthorized', `${route.id} as ${role ?? 'public'}`);
      });
    }
  }
});

describe('every guarded route lets its listed roles through', () => {
  for (const route of guarded) {
    for (const role of listedRoles(route) as readonly DemoRole[]) {
      test(`${route.id} does not refuse ${role} with 401 or 403`, async () => {
        const response = await call(route, { token: tokenOf(role) });
        assert.ok(
          ![401, 403].includes(response.status),
          `${route.id} as ${role} → ${String(response.status)} ${response.text.slice(0, 300)}`,
        );
      });
    }
  }

  for (const route of guarded.filter((one) => one.access.relation === 'household')) {
    test(`${route.id} lets the villager read their own household`, async () => {
      const response = await call(route, { token: tokenOf('villager'), params: { householdId: server.ids.ownHousehold } });
      assert.ok(![401, 403].includes(response.status), `${route.id} → ${String(response.status)} ${response.text.slice(0, 300)}`);
    });
  }
});

describe('staff act only in their own village', () => {
  // Staff tokens are bound to v-qs-01; the same route on v-qs-02 (with v-qs-02's real ids) is someone else's village.
  // Asking about a published disclosure is left out: the item is public, so asking about a neighbouring
  // village's item is not acting in that village.
  const villageScoped = guarded.filter((route) => route.path.includes('{villageId}') && route.id !== 'askAboutDisclosure');
  for (const route of villageScoped) {
    for (const role of listedRoles(route).filter((one) => one !== 'villager') as readonly DemoRole[]) {
      test(`${route.id} refuses ${role} of v-qs-01 on v-qs-02 with 403`, async () => {
        const { ids } = server;
        const params = {
          villageId: ids.otherVillage,
          householdId: ids.otherVillageHousehold,
          entryId: ids.otherVillageEntry,
          disclosureId: ids.otherVillageDisclosure,
        };
        const response = await call(route, { token: tokenOf(role), params });
        assertProblem(response, 403, 'forbidden', `${route.id} as ${role} on ${ids.otherVillage}`);
      });
    }
  }
});

test('a bearer token the server never issued is refused with 401 on every route, even public ones', async () => {
  for (const route of allRoutes) {
    for (const token of ['not-a-real-token-123', 'demo-nobody']) {
      const response = await call(route, { token });
      assertProblem(response, 401, 'unauthorized', `${route.id} with ${token}`);
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer\b.*invalid_token/, route.id);
    }
  }
  const malformed = await send(server.url, { method: 'GET', path: '/v1/health', headers: { Authorization: 'Basic dXNlcjpwYXNz' } });
  assertProblem(malformed, 401, 'unauthorized', 'Basic credentials');
});

describe('a tracking code never reveals whether a case exists', () => {
  // Same answer for a real case with a wrong code and for a made-up case number: the status leaks nothing.
  for (const route of trackingCodeRoutes) {
    for (const token of [undefined, tokenOf('villager'), tokenOf('cadre')]) {
      test(`${route.id} answers a wrong code on a real case like an unknown case (${token ?? 'no token'})`, async () => {
        // The sample body carries a well-formed but wrong code (codes travel only in bodies).
        const wrong = { token };
        const real = await call(route, wrong);
        const madeUp = await call(route, { ...wrong, params: { caseNumber: 'MED-339901-2026-999999' } });
        assertProblem(real, [401, 403, 404], undefined, `${route.id} real case`);
        assertProblem(madeUp, [401, 403, 404], undefined, `${route.id} made-up case`);
        assert.equal(
          real.status,
          madeUp.status,
          `${route.id}: ${String(real.status)} for a real case but ${String(madeUp.status)} for a made-up one`,
        );
      });
    }
  }
});
