import type { RouteSpec, Schema } from '@shanzhi/sdk';
import * as z from 'zod/mini';

/**
 * Bad inputs derived from a route's own schemas, so the problems and language suites follow the route table: every
 * value here is first run through the route's schema in the kit, and only a value the schema refuses AT THE FIELD it
 * was put in is used. A backend is then held to refusing exactly what the contract refuses (docs/api.md, Errors).
 */

/** The zod internals the kit reads (zod/mini keeps its definition on `_zod.def`; `optin` marks keys that may be absent). */
interface Introspected {
  readonly _zod: {
    readonly optin?: string;
    readonly def: {
      readonly type: string;
      readonly shape?: Readonly<Record<string, Introspected>>;
      readonly innerType?: Introspected;
      readonly in?: Introspected;
      readonly options?: readonly Introspected[];
      readonly discriminator?: string;
      readonly checks?: readonly { readonly _zod: { readonly def: { readonly check: string; readonly maximum?: number } } }[];
    };
  };
}

function introspect(schema: Schema | undefined): Introspected | undefined {
  return schema;
}

/** The schema under optional/nullable/default wrappers and a pipe's input: what a client must send. */
function unwrap(schema: Introspected): Introspected {
  const def = schema._zod.def;
  if (
    def.innerType !== undefined &&
    ['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch'].includes(def.type)
  ) {
    return unwrap(def.innerType);
  }
  if (def.type === 'pipe' && def.in !== undefined) return unwrap(def.in);
  return schema;
}

function maximumLength(schema: Introspected): number | undefined {
  const found = schema._zod.def.checks?.find((check) => check._zod.def.check === 'max_length');
  return found?._zod.def.maximum;
}

/** Whether the schema refuses `value` with an issue at `path` (its first key): the value is bad *for that field*. */
function refusedAt(schema: Schema, value: unknown, field: string | undefined): boolean {
  const result = z.safeParse(schema, value);
  if (result.success) return false;
  return result.error.issues.some((issue) => (field === undefined ? issue.path.length === 0 : issue.path[0] === field));
}

/** A query parameter and a value its route's query schema refuses. */
export interface BadQueryValue {
  readonly field: string;
  readonly value: string;
  /** What kind of mistake it is, for a check's name and message ("out of range", "not a real date", …). */
  readonly kind: string;
}

/**
 * Values a query string can carry, most telling first per type: a number out of range (`limit=0`), a value no enum
 * has, a date that does not exist (`2026-02-30`: docs/api.md, Dates), a flag that is neither true nor false, text
 * over its bound (docs/api.md, Other conventions: every text input is bounded).
 */
function queryCandidates(field: Introspected): { value: string; kind: string }[] {
  const inner = unwrap(field);
  const type = inner._zod.def.type;
  const max = maximumLength(inner);
  const tooLong = { value: 'x'.repeat((max ?? 2048) + 1), kind: 'longer than its bound' };
  const byType: Record<string, { value: string; kind: string }[]> = {
    number: [
      { value: '0', kind: 'out of range' },
      { value: 'not-a-number', kind: 'not a number' },
    ],
    int: [{ value: '0', kind: 'out of range' }],
    enum: [{ value: 'no-such-value', kind: 'a value the enum does not have' }],
    boolean: [{ value: 'maybe', kind: 'neither true nor false' }],
    string: [{ value: '2026-02-30', kind: 'not a real date' }, { value: 'not a valid value!', kind: 'malformed' }, tooLong],
  };
  return [
    ...(byType[type] ?? []),
    { value: 'no-such-value', kind: 'a value it does not take' },
    { value: '0', kind: 'out of range' },
    { value: '2026-02-30', kind: 'not a real date' },
    tooLong,
  ];
}

/** One refused value per query parameter of the route (parameters that take any text within bounds get a too-long one). */
export function badQueryValues(route: RouteSpec): BadQueryValue[] {
  const query = route.query;
  const shape = introspect(query)?._zod.def.shape;
  if (query === undefined || shape === undefined) return [];
  const found: BadQueryValue[] = [];
  for (const [field, schema] of Object.entries(shape)) {
    const candidate = queryCandidates(schema).find(({ value }) => refusedAt(query, { [field]: value }, field));
    if (candidate !== undefined) found.push({ field, ...candidate });
  }
  return found;
}

/** A body that the route's schema refuses, and why the kit may send it. */
export interface BadBody {
  readonly body: unknown;
  /** The field the refusal must name (`issues[].path[0]`), or undefined when the whole body is wrong. */
  readonly field: string | undefined;
  readonly kind: string;
  /**
   * True when no backend that binds the request to the route's input can act on it: the field that must be present
   * has a value of another JSON type (an object where a string belongs, text where a number belongs), and every other
   * required field is missing. Such a request is refused before anything is written, so it may be sent to a backend
   * the operator asked the kit to leave unchanged (read-only runs).
   */
  readonly certainRefusal: boolean;
}

/** Values of the wrong JSON type for a field: none of them binds to the field's type in Java, Go or TypeScript. */
function wrongTypes(field: Introspected): unknown[] {
  const type = unwrap(field)._zod.def.type;
  // An object for text: Jackson coerces numbers and booleans to String, encoding/json does not, neither binds an object.
  if (['string', 'enum', 'literal', 'template_literal', 'custom'].includes(type)) return [{ wrongType: true }, 12345];
  return ['not-of-this-type', { wrongType: true }, 12345];
}

/** The refused body for a route with a JSON body (undefined for upload routes and routes without a body). */
export function badBody(route: RouteSpec): BadBody | undefined {
  const body = route.body;
  const schema = introspect(body);
  if (body === undefined || schema === undefined || route.upload !== undefined) return undefined;
  const def = schema._zod.def;
  if (def.type === 'object' && def.shape !== undefined) {
    for (const [field, fieldSchema] of Object.entries(def.shape)) {
      if (fieldSchema._zod.optin !== undefined) continue;
      const value = wrongTypes(fieldSchema).find((candidate) => refusedAt(body, { [field]: candidate }, field));
      if (value !== undefined) return { body: { [field]: value }, field, kind: 'a required field of the wrong type', certainRefusal: true };
    }
  }
  // A union the backend tells apart by one member (`type`, `outcome`): a discriminator of the wrong type dispatches nothing.
  if (def.type === 'union' && def.discriminator !== undefined) {
    const field = def.discriminator;
    const value = { wrongType: true };
    if (refusedAt(body, { [field]: value }, field))
      return { body: { [field]: value }, field, kind: 'a discriminator of the wrong type', certainRefusal: true };
  }
  // Every field optional: only a body that is not an object is wrong for sure — and a lax backend might read it as
  // `{}` and apply the change, so it is not a certain refusal.
  if (refusedAt(body, [], undefined))
    return { body: [], field: undefined, kind: 'an array where an object belongs', certainRefusal: false };
  return undefined;
}
