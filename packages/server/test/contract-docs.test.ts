import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { routes, type RouteSpec } from '@shanzhi/sdk';
import { genericProblemCodes } from '../src/http/problem.js';

/** docs/api.md is what Java and Go teams build against: its tables must say what the route table says. */

const apiDoc = readFileSync(resolve(import.meta.dirname, '../../../docs/api.md'), 'utf8');

/** The row docs/api.md must have for a route: copy the expected rows from a failing run after changing routes. */
function routeRow(route: RouteSpec): string {
  const { roles, relation } = route.access;
  const who = roles === 'anyone' ? 'anyone' : roles.map((role) => `\`${role}\``).join(', ');
  const related = relation === undefined ? '' : ` + ${relation === 'household' ? 'own household' : 'tracking code'}`;
  return `| \`${route.id}\` | ${route.method} | \`${route.path}\` | ${who}${related} | ${route.idempotency} | ${String(route.status)}${route.paged ? ', paged' : ''} |`;
}

test('the roles table of docs/api.md lists every route of the route table, in order, with its roles and idempotency', () => {
  const start = apiDoc.indexOf('<!-- routes-table:start -->');
  const end = apiDoc.indexOf('<!-- routes-table:end -->');
  assert.ok(start >= 0 && end > start, 'docs/api.md has lost its routes-table markers');
  const rows = apiDoc
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| `'));
  assert.deepEqual(rows, (routes as readonly RouteSpec[]).map(routeRow));
});

test('docs/api.md names every generic problem code the server can answer', () => {
  const missing = genericProblemCodes.filter((code) => !apiDoc.includes(`\`${code}\``));
  assert.deepEqual(missing, []);
});
