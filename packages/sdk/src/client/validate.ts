/**
 * Response validation: zod and the contract's schemas. The client imports this module with a dynamic `import()`
 * only when validation is on (by default in Node, on request in a browser: `validate: true`), so a widget's first
 * load never pays for it. A route passed as a reference (`@shanzhi/sdk/browser`) is looked up in the route table.
 */
import * as z from 'zod/mini';
import type { RouteSpec, Schema } from '../contract/route.js';
import { routes } from '../contract/routes/index.js';

const byId = new Map<string, Schema>(routes.map((route) => [route.id, route.response]));

export interface ValidationIssue {
  readonly path: (string | number)[];
  readonly code: string;
}

export type ValidationResult = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly issues: ValidationIssue[] };

/** Parses a response with its route's schema; a route the table does not know (a portal's own) passes as is. */
export function validateResponse(route: Pick<RouteSpec, 'id'> & { readonly response?: Schema }, json: unknown): ValidationResult {
  const schema = route.response ?? byId.get(route.id);
  if (!schema) return { ok: true, data: json };
  const parsed = z.safeParse(schema, json);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), code: i.code })),
  };
}
