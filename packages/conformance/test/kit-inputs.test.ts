import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasRawPersonalData, isMobile, maskName } from '@shanzhi/rules';
import { routes, type RouteSpec } from '@shanzhi/sdk';
import { createBody } from '../src/create-bodies.js';
import { maskCharacter, namedRows } from '../src/personal-data.js';
import { accepts, placeholderParams, refusedBody } from '../src/route-calls.js';
import { testApplicant, testIntake } from '../src/test-records.js';
import type { CheckContext } from '../src/types.js';

/*
 * The inputs the role, idempotency, privacy and tracking-code checks send are derived from the route table; when the
 * contract changes under them they would turn into skips against every backend. These tests make the kit's own drift
 * fail here instead.
 */

const all = routes as readonly RouteSpec[];
const marker = '【shanzhi-conformance 测试记录】';

test('every route that requires an Idempotency-Key has a create body its schema accepts, or is an upload or the intake', () => {
  const missing = all
    .filter((route) => route.idempotency === 'required' && route.upload === undefined && route.id !== 'submitMediationIntake')
    .filter((route) => !accepts(route.body, createBody(route.id, marker)))
    .map((route) => route.id);
  assert.deepEqual(missing, []);
});

test('the test application is a valid intake and its applicant passes the rules, without a real person in it', () => {
  const route = all.find((one) => one.id === 'submitMediationIntake');
  assert.ok(route);
  const intake = testIntake({ marker } as CheckContext, '（测试）');
  assert.ok(accepts(route.body, intake));
  assert.ok(intake.dispute.description.startsWith(marker), 'free text starts with the marker');
  assert.ok(isMobile(testApplicant.mobile));
});

test('made-up path params pass every route’s params schema, so a refusal is never about a malformed id', () => {
  const refused = all.filter((route) => placeholderParams(route) === undefined).map((route) => route.id);
  assert.deepEqual(refused, []);
});

test('the body sent to callers a route must refuse is one its schema refuses', () => {
  const accepted = all
    .filter((route) => route.body !== undefined && route.upload === undefined)
    .filter((route) => accepts(route.body, refusedBody(route).body))
    .map((route) => route.id);
  assert.deepEqual(accepted, []);
});

test('named rows are found at any depth and the mask character is maskName’s', () => {
  assert.equal(maskName('张小明'), `张${maskCharacter}明`);
  const rows = namedRows({
    items: [{ householdId: 'h-1', name: '张*明', nameMasked: true, nested: { householdId: 'h-2', name: '李四', nameMasked: false } }],
  });
  assert.deepEqual(
    rows.map((row) => row.householdId),
    ['h-1', 'h-2'],
  );
  assert.ok(hasRawPersonalData(`电话${testApplicant.mobile}`), 'the number the echo check sends is one the scanner finds');
});
