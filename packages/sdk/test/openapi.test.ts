import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { CONTRACT_VERSION, generateOpenApi, routes } from '../src/index.js';

const document = generateOpenApi(routes, { version: '0.1.0' });

test('the generated document is valid OpenAPI 3.1 according to an independent validator', async () => {
  const validator = new Validator();
  const result = await validator.validate(document);
  assert.equal(validator.version, '3.1');
  assert.deepEqual(result.errors, undefined);
  assert.equal(result.valid, true);
});

test("info.version is the contract version; the backend's own version is an extension beside it", () => {
  const info = document.info as Record<string, unknown>;
  assert.match(CONTRACT_VERSION, /^\d+\.\d+\.\d+$/);
  assert.equal(info.version, CONTRACT_VERSION);
  assert.equal(info['x-implementation-version'], '0.1.0');
  assert.equal((generateOpenApi(routes).info as Record<string, unknown>).version, CONTRACT_VERSION);
  assert.equal('x-implementation-version' in (generateOpenApi(routes).info as Record<string, unknown>), false);
});

test('every route of the table appears once with its operation id and role list', () => {
  const paths = document.paths as Record<string, Record<string, { operationId: string; 'x-shanzhi-roles': string[] }>>;
  for (const route of routes) {
    const operation = paths[route.path]?.[route.method.toLowerCase()];
    assert.ok(operation, `${route.method} ${route.path}`);
    assert.equal(operation.operationId, route.id);
    assert.ok(operation['x-shanzhi-roles'].length > 0);
  }
  const ids = routes.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'operation ids are unique');
});

test('creates that require an Idempotency-Key say so in the document', () => {
  const paths = document.paths as Record<string, Record<string, { parameters: { name: string; required: boolean }[] }>>;
  const intake = paths['/v1/mediation/cases']?.post;
  assert.deepEqual(intake?.parameters.find((p) => p.name === 'Idempotency-Key')?.required, true);
});

test('response objects admit fields added by other backends', () => {
  const health = (
    document.paths as Record<
      string,
      Record<string, { responses: Record<string, { content: Record<string, { schema: { additionalProperties?: unknown } }> }> }>
    >
  )['/v1/health']?.get;
  assert.notEqual(health?.responses['200']?.content['application/json']?.schema.additionalProperties, false);
});
