import type { Role } from '@shanzhi/rules';
import type { RouteSpec } from '@shanzhi/sdk';
import { answerEvidence as evidence } from '../evidence.js';
import { idempotencyHeaders } from '../kit-calls.js';
import { expectProblemDocument, mediaTypeOf, problemMediaType } from '../problem-expect.js';
import { isRead, placeholderParams, refusedBody, routeCheck } from '../route-calls.js';
import { otherVillage, strangerHousehold } from '../sample-lookups.js';
import { pathFor } from '../samples.js';
import { CheckFailure, SkipCheck, type Check, type CheckContext, type KitRequest, type KitResponse } from '../types.js';

/**
 * Role and village scoping (docs/api.md, Authentication and Roles per route), generated from each route's `access`:
 * a guarded route refuses the public (401) and every role it does not list (403), and staff act only in their own
 * village. Every request here is one the contract refuses: the body sent is one the route's schema refuses too, so a
 * backend that forgets a check answers 400 (or 404) instead of writing — the kit never creates a record by it.
 */

function listed(route: RouteSpec): readonly Role[] {
  return route.access.roles === 'anyone' ? [] : route.access.roles;
}

/** The params a refused request is sent with: the backend's real ones when sampled (a leak of real data is the worst case). */
async function paramsOf(context: CheckContext, route: RouteSpec): Promise<Record<string, string>> {
  const params = (await context.paramsFor(route)) ?? placeholderParams(route);
  if (params === undefined) throw new SkipCheck('the kit found no path params this route accepts');
  return params;
}

function refusedRequest(route: RouteSpec, params: Record<string, string>, who: Pick<KitRequest, 'role'>): KitRequest {
  const refused = refusedBody(route);
  return {
    method: route.method,
    path: pathFor(route, params),
    ...refused,
    headers: { ...idempotencyHeaders(route), ...refused.headers },
    ...who,
  };
}

/** A refusal as the contract words it: a problem document (RFC 9457) whose code names the status (403 forbidden, 404 not-found). */
function refusedAs(response: KitResponse): boolean {
  const code = (response.json as { code?: unknown } | undefined)?.code;
  return mediaTypeOf(response) === problemMediaType && code === (response.status === 403 ? 'forbidden' : 'not-found');
}

/** Only villagers have a household; any caller may hold a tracking code. */
function mayHoldRelation(route: RouteSpec, role: Role): boolean {
  return route.access.relation === 'trackingCode' || (route.access.relation === 'household' && role === 'villager');
}

/** 400 to a caller the route must refuse: the backend read the body before the caller's role (Order of checks). */
function validatedFirst(response: KitResponse): boolean {
  return response.status === 400 || response.status === 422;
}

function anonymousCheck(route: RouteSpec): Check {
  const name = 'refuses a caller without a token with 401 problem+json and WWW-Authenticate: Bearer';
  return routeCheck('roles', route, name, async (context) => {
    const response = await context.send(refusedRequest(route, await paramsOf(context, route), {}));
    // A tracking-code route may hide whether the case exists even from a caller who sent nothing.
    if (route.access.relation === 'trackingCode' && response.status === 404) {
      expectProblemDocument(response, { status: 404, code: 'not-found', sent: 'a tracking-code request without a token' });
      return;
    }
    if (validatedFirst(response))
      throw new CheckFailure(
        `expected 401 before the body is read (docs/api.md, Order of checks: roles 4th, body 5th); got ${String(response.status)}`,
        evidence(response),
      );
    expectProblemDocument(response, { status: 401, code: 'unauthorized', sent: 'a call without a token' });
    if (!/^Bearer\b/i.test(response.headers.get('www-authenticate') ?? ''))
      throw new CheckFailure('a 401 must carry WWW-Authenticate: Bearer (RFC 6750 §3)', evidence(response));
  });
}

function unlistedRolesCheck(route: RouteSpec): Check {
  const expected = route.access.relation === 'trackingCode' ? [403, 404] : [403];
  const name = `refuses every role it does not list with ${expected.join(' or ')}, before reading the body`;
  return routeCheck('roles', route, name, async (context) => {
    const roles = context.roles.filter((role) => !listed(route).includes(role));
    if (roles.length === 0) throw new SkipCheck('no token was given for a role this route does not list');
    const base = await paramsOf(context, route);
    const findings: string[] = [];
    for (const role of roles) {
      let params = base;
      if (role === 'villager' && route.access.relation === 'household') {
        // The villager's token is bound to one household: ask about another, so that no relation holds.
        const stranger = await strangerHousehold(context, base.householdId);
        if (stranger === undefined) continue;
        params = { ...base, householdId: stranger };
      }
      const response = await context.send(refusedRequest(route, params, { role }));
      if (expected.includes(response.status) && refusedAs(response)) continue;
      // A caller who may hold the route's relation (a villager, own household) passes the role check; the handler
      // proves the relation after the body is read (Order of checks, 5 before 7), so the refused body may come first.
      if (mayHoldRelation(route, role) && route.body !== undefined && response.status === 400) continue;
      const why = validatedFirst(response)
        ? ' (the body was read before the role: docs/api.md, Order of checks)'
        : response.status < 300
          ? ' (the role was let through)'
          : '';
      findings.push(`${role}: ${String(response.status)}${why}\n${evidence(response)}`);
    }
    if (findings.length > 0)
      throw new CheckFailure(
        `expected ${expected.join(' or ')} problem+json for roles the route does not list; ${String(findings.length)} of ${String(roles.length)} were not refused so`,
        findings.join('\n\n'),
      );
  });
}

function villageScopeCheck(route: RouteSpec): Check {
  return routeCheck('roles', route, "refuses staff of the village on another village's data (403 or 404, never 200)", async (context) => {
    const staff = listed(route).filter((role) => role !== 'villager' && context.roles.includes(role));
    if (staff.length === 0) throw new SkipCheck('no staff token was given for a role this route lists');
    const elsewhere = await otherVillage(context);
    if (elsewhere === undefined) throw new SkipCheck('the backend lists no village besides the run’s own');
    const params = { ...(await paramsOf(context, route)), villageId: elsewhere };
    const findings: string[] = [];
    for (const role of staff) {
      const response = await context.send({ method: route.method, path: pathFor(route, params), role });
      if ([403, 404].includes(response.status) && refusedAs(response)) continue;
      findings.push(`${role} of ${context.village} on ${elsewhere}: ${String(response.status)}\n${evidence(response)}`);
    }
    if (findings.length > 0)
      throw new CheckFailure(
        `expected 403 forbidden (or 404) for staff acting on another village (docs/api.md, Authentication); ${String(findings.length)} role(s) were not refused`,
        findings.join('\n\n'),
      );
  });
}

/**
 * Per guarded route: the public refused, the unlisted roles refused, and — for reads of a village — the staff of the
 * run's village refused on another village. Writes are left out of the village check: refusing them by village comes
 * after the body is validated (Order of checks, step 7), so only a valid body would test it, and a backend without
 * the check would then write in a village the operator did not name.
 */
export function roleChecks(routes: readonly RouteSpec[]): Check[] {
  const guarded = routes.filter((route) => route.access.roles !== 'anyone');
  return guarded.flatMap((route) => [
    anonymousCheck(route),
    unlistedRolesCheck(route),
    ...(isRead(route) && route.path.includes('{villageId}') && listed(route).some((role) => role !== 'villager')
      ? [villageScopeCheck(route)]
      : []),
  ]);
}
