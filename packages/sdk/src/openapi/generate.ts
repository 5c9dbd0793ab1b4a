import * as z from 'zod/mini';
import type { RouteSpec, Schema } from '../contract/route.js';
import { problemSchema } from '../contract/problem.js';
import { CONTRACT_VERSION } from '../contract/version.js';

type Json = Record<string, unknown>;

/** Shared definitions hoisted out of every schema (recursive ones such as rich text and eligibility conditions). */
let hoisted: Record<string, Json> = {};
let hoistCount = 0;

function rewriteRefs(node: unknown, names: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, names));
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')) {
      out[key] = `#/components/schemas/${names.get(value.slice('#/$defs/'.length)) ?? value}`;
    } else out[key] = rewriteRefs(value, names);
  }
  return out;
}

/**
 * JSON Schema of one part. zod emits recursive parts as local `$defs`, which would dangle once the schema sits
 * inside the OpenAPI document, so they move to `components.schemas` under unique names.
 */
function jsonSchema(schema: Schema, io: 'input' | 'output'): Json {
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
  delete out.$schema;
  const defs = out.$defs as Record<string, Json> | undefined;
  delete out.$defs;
  if (!defs) return out;
  const names = new Map<string, string>();
  for (const name of Object.keys(defs)) names.set(name, `Def${String(++hoistCount)}`);
  for (const [name, def] of Object.entries(defs)) hoisted[names.get(name) ?? name] = rewriteRefs(def, names) as Json;
  return rewriteRefs(out, names) as Json;
}

/** A file's bytes as a request or response body (attachments). */
const binarySchema: Json = { type: 'string', format: 'binary' };

function parametersOf(schema: Schema | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input');
  const properties = (object.properties ?? {}) as Record<string, Json>;
  const required = new Set((object.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
  }));
}

export interface OpenApiInfo {
  readonly title?: string;
  /**
   * The version of the backend serving the document (its release), published as `info.x-implementation-version`.
   * `info.version` is always the contract's version, {@link CONTRACT_VERSION}: the document describes the contract.
   */
  readonly version?: string;
  readonly serverUrl?: string;
}

/**
 * OpenAPI 3.1 from the route table. Roles go into `x-shanzhi-roles` and the description, so a Java or Go team
 * implementing the contract sees who may call what; every error response is the RFC 9457 problem schema.
 */
export function generateOpenApi(routes: readonly RouteSpec[], info: OpenApiInfo = {}): Json {
  const paths: Record<string, Record<string, Json>> = {};
  hoisted = {};
  hoistCount = 0;
  for (const route of routes) {
    const who = route.access.roles === 'anyone' ? 'anyone' : route.access.roles.join(', ');
    const relation = route.access.relation ? ` (also: ${route.access.relation})` : '';
    const parameters = [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')];
    if (route.idempotency !== 'none') {
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: route.idempotency === 'required',
        description:
          'A unique key (UUID) per create; a retry with the same key and body replays the first response, a different body answers 422, a retry while the first is running answers 409.',
        schema: { type: 'string', maxLength: 255 },
      });
    }
    const operation: Json = {
      operationId: route.id,
      summary: route.summary,
      description: `Who may call: ${who}${relation}.`,
      tags: [...route.tags],
      parameters,
      'x-shanzhi-roles': route.access.roles === 'anyone' ? ['anyone'] : [...route.access.roles],
      ...(route.publishes ? { 'x-shanzhi-publishes': true } : {}),
      ...(route.personal ? { 'x-shanzhi-personal': true } : {}),
      ...(route.readOnly ? { 'x-shanzhi-read-only': true } : {}),
      responses: {
        // A response is what the client's schema *accepts* (its input side): that side never forbids extra
        // properties, so a Java or Go backend may add fields without breaking clients (sdk.md trap 4).
        [String(route.status)]: {
          description: 'Success',
          content: route.download
            ? Object.fromEntries(route.download.mediaTypes.map((type) => [type, { schema: binarySchema }]))
            : { 'application/json': { schema: jsonSchema(route.response, 'input') } },
        },
        default: {
          description: 'An RFC 9457 problem',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        },
      },
    };
    if (route.access.roles !== 'anyone' || route.access.relation) operation.security = [{ bearer: [] }];
    if (route.body) {
      operation.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } };
    }
    if (route.upload) {
      const content = Object.fromEntries(route.upload.mediaTypes.map((type) => [type, { schema: binarySchema }]));
      operation.requestBody = { required: true, content };
    }
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: info.title ?? 'shanzhi API',
      version: CONTRACT_VERSION,
      description: 'The shanzhi contract for village governance services: points, disclosure, mediation and the service catalogue.',
      ...(info.version === undefined ? {} : { 'x-implementation-version': info.version }),
    },
    ...(info.serverUrl ? { servers: [{ url: info.serverUrl }] } : {}),
    paths,
    components: {
      schemas: { Problem: jsonSchema(problemSchema, 'output'), ...hoisted },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
