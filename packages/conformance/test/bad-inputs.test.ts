import assert from 'node:assert/strict';
import { test } from 'node:test';
import { routes, type RouteSpec } from '@shanzhi/sdk';
import * as z from 'zod/mini';
import { badBody, badQueryValues } from '../src/bad-inputs.js';
import { hasHan, isProblemTypeOf } from '../src/problem-expect.js';

/*
 * The bad inputs the problems and language suites send are derived from the route table: these tests pin that the
 * derivation reaches every query parameter and every JSON body, so a route added to the contract is checked the day
 * it is added, and that each input is one the contract itself refuses (a backend is never failed for accepting what
 * the schema accepts).
 */

const allRoutes = routes as readonly RouteSpec[];

function routeOf(id: string): RouteSpec {
  const route = allRoutes.find((one) => one.id === id);
  assert.ok(route, `no route ${id}`);
  return route;
}

function queryFields(route: RouteSpec): string[] {
  const shape = (route.query as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
  return Object.keys(shape ?? {});
}

test('every query parameter of every route gets a value its schema refuses at that parameter', () => {
  let fields = 0;
  for (const route of allRoutes) {
    const bad = badQueryValues(route);
    assert.deepEqual(
      bad.map((one) => one.field),
      queryFields(route),
      `${route.id}: a parameter without a bad value`,
    );
    for (const one of bad) {
      const result = z.safeParse(route.query ?? z.never(), { [one.field]: one.value });
      assert.ok(
        !result.success && result.error.issues.some((issue) => issue.path[0] === one.field),
        `${route.id}.${one.field}=${one.value}`,
      );
    }
    fields += bad.length;
  }
  assert.ok(fields >= 80, `only ${String(fields)} query parameters`);
});

test('the bad values are the telling ones: limit=0, an unknown enum value, an impossible date', () => {
  const byRoute = (id: string) => badQueryValues(routeOf(id));
  assert.deepEqual(
    byRoute('getLeaderboard').find((one) => one.field === 'limit'),
    { field: 'limit', value: '0', kind: 'out of range' },
  );
  assert.equal(byRoute('listPointsEntries').find((one) => one.field === 'status')?.value, 'no-such-value');
  assert.equal(byRoute('getHouseholdPoints').find((one) => one.field === 'asOf')?.value, '2026-02-30');
});

test('every JSON body route gets a refused body; a certain refusal names a required field and holds nothing else', () => {
  const jsonRoutes = allRoutes.filter((route) => route.body !== undefined && route.upload === undefined);
  assert.ok(jsonRoutes.length >= 70);
  for (const route of jsonRoutes) {
    const bad = badBody(route);
    assert.ok(bad !== undefined, `${route.id}: no bad body`);
    const result = z.safeParse(route.body ?? z.never(), bad.body);
    assert.ok(!result.success, `${route.id}: the schema accepts the bad body`);
    if (bad.certainRefusal) {
      assert.ok(bad.field !== undefined);
      assert.deepEqual(Object.keys(bad.body as object), [bad.field], `${route.id}: a certain refusal carries only the bad field`);
      assert.ok(
        result.error.issues.some((issue) => issue.path[0] === bad.field),
        route.id,
      );
    }
  }
  // Routes whose every field is optional only get a body that is not an object, and never as a certain refusal.
  const optional = badBody(routeOf('submitFinanceStatement'));
  assert.deepEqual(optional, { body: [], field: undefined, kind: 'an array where an object belongs', certainRefusal: false });
});

test('a problem type is urn:shanzhi:problem: + the code in kebab case; Chinese is told by its Han characters', () => {
  assert.ok(isProblemTypeOf('urn:shanzhi:problem:points-rule-inactive', 'points.rule.inactive'));
  assert.ok(isProblemTypeOf('urn:shanzhi:problem:identity-public-field-raw-personal-data', 'identity.publicField.rawPersonalData'));
  assert.ok(!isProblemTypeOf('about:blank', 'validation'));
  assert.ok(!isProblemTypeOf('urn:shanzhi:problem:not-found', 'validation'));
  assert.ok(!isProblemTypeOf('urn:shanzhi:problem:Validation', 'validation'));
  assert.ok(hasHan('提交的内容未通过校验'));
  assert.ok(!hasHan('The request has invalid fields'));
});
