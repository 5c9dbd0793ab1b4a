import type { RouteSpec, Schema } from '@shanzhi/sdk';
import * as z from 'zod/mini';
import { pathParams } from './samples.js';
import type { Check, KitRequest, Suite } from './types.js';

/**
 * What the role, privacy, idempotency and tracking-code checks read from the route table to build a request: whether
 * a route only reads, a body certain to be refused, made-up params, the keys a schema declares. (Owned by helper H3;
 * paths are filled by `pathFor` in samples.ts, keys made by `idempotencyHeaders` in kit-calls.ts.)
 */

/** A request that only reads: a GET, or a POST the table marks `readOnly` (it carries a secret in its body). */
export function isRead(route: RouteSpec): boolean {
  return route.method === 'GET' || route.readOnly === true;
}

/** Whether `value` is what the schema accepts (the kit checks its own sample bodies with it). */
export function accepts(schema: Schema | undefined, value: unknown): boolean {
  return schema !== undefined && z.safeParse(schema, value).success;
}

interface SchemaDef {
  readonly shape?: Record<string, Schema>;
  readonly element?: Schema;
  readonly options?: readonly Schema[];
  readonly innerType?: Schema;
  readonly in?: Schema;
  readonly out?: Schema;
  readonly left?: Schema;
  readonly right?: Schema;
}

function defOf(schema: Schema): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** The keys of an object schema (a body's or a query's top level); none for anything else. */
export function objectKeys(schema: Schema | undefined): string[] {
  return schema === undefined ? [] : Object.keys(defOf(schema).shape ?? {});
}

/** Whether any object inside the schema (at any depth: pages, unions, optionals) declares `key`. */
export function schemaHasKey(schema: Schema | undefined, key: string, seen = new Set<Schema>()): boolean {
  if (schema === undefined || seen.has(schema)) return false;
  seen.add(schema);
  const def = defOf(schema);
  const shape = def.shape ?? {};
  if (key in shape || Object.values(shape).some((inner) => schemaHasKey(inner, key, seen))) return true;
  const children = [def.element, def.innerType, def.in, def.out, def.left, def.right, ...(def.options ?? [])];
  return children.some((child) => schemaHasKey(child, key, seen));
}

/**
 * Path values that are well-formed but name nothing on any backend: a request with them passes the syntax checks
 * (docs/api.md, Order of checks, step 5) and then finds nothing to change (step 7). A broken backend that skips an
 * earlier check answers 404 then, and still writes nothing.
 */
const placeholderValues: Readonly<Record<string, string>> = {
  caseNumber: 'MED-339901-2026-999999',
  month: '2099-12',
  sessionId: 's999',
  purpose: 'mediation-intake',
  powerCode: 'homestead',
  milestoneId: 'm999',
};

/** Made-up params for every `{param}` of the route (see placeholderValues), or undefined if the table refuses them. */
export function placeholderParams(route: RouteSpec): Record<string, string> | undefined {
  const params = Object.fromEntries(pathParams(route).map((name) => [name, placeholderValues[name] ?? 'conformance-none']));
  return route.params === undefined || accepts(route.params, params) ? params : undefined;
}

/**
 * A body the route's schema refuses, for requests that must be refused before the body is read (a missing token, a
 * role the route does not list: docs/api.md, Order of checks, steps 3–4 come before the body, step 5). Whatever a
 * broken backend does with it, it cannot create a record from it.
 */
export function refusedBody(route: RouteSpec): Pick<KitRequest, 'body' | 'headers'> {
  if (route.upload !== undefined)
    return { body: '', headers: { 'content-type': route.upload.mediaTypes[0] ?? 'application/octet-stream' } };
  if (route.body === undefined) return {};
  return { body: accepts(route.body, {}) ? [] : {} };
}

/** One check about one route (its id names the check in a report). */
export function routeCheck(suite: Suite, route: RouteSpec, name: string, run: Check['run']): Check {
  return { suite, route: route.id, name, run };
}
