import { randomUUID } from 'node:crypto';
import type { Role } from '@shanzhi/rules';
import type { RouteSpec } from '@shanzhi/sdk';
import { placeholderParams } from './route-calls.js';
import { callerFor, pathFor } from './samples.js';
import { SkipCheck, type CheckContext } from './types.js';

/**
 * The route's path on this backend (params and required query from the samples), with `extra` query values added
 * (they win over the sampled ones); a skip when the kit found nothing to fill the params with. A request that must be
 * refused before the handler looks anything up (`refusedFirst`) falls back to placeholder params instead.
 */
export async function samplePath(
  context: CheckContext,
  route: RouteSpec,
  extra: Readonly<Record<string, string>> = {},
  refusedFirst = false,
): Promise<string> {
  const sampled = route.path.includes('{') || route.query !== undefined ? await context.paramsFor(route) : {};
  const values = sampled ?? (refusedFirst ? placeholderParams(route) : undefined);
  if (values === undefined) throw new SkipCheck(`found nothing on this backend to call ${route.path} with`);
  return pathFor(route, { ...values, ...extra });
}

/**
 * Who can get past the route's role check (docs/api.md, Order of checks: roles come before params, query and body):
 * `undefined` for the anonymous public on a public route, else a role with a token; a skip when there is none.
 */
export function callerOf(context: CheckContext, route: RouteSpec): Role | undefined {
  const caller = callerFor(route, context.roles);
  if (caller === undefined) {
    const roles = route.access.roles === 'anyone' ? 'anyone' : route.access.roles.join(', ');
    throw new SkipCheck(`no token for a role that may call ${route.id} (${roles})`);
  }
  return caller.role;
}

/** A fresh Idempotency-Key where the route takes one, so a refusal is about the request, not the missing key. */
export function idempotencyHeaders(route: RouteSpec): Record<string, string> {
  return route.idempotency === 'none' ? {} : { 'Idempotency-Key': `conformance-${randomUUID()}` };
}
