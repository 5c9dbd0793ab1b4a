import type { RouteSpec } from '@shanzhi/sdk';
import { badBody, badQueryValues, type BadQueryValue } from '../bad-inputs.js';
import { answerEvidence } from '../evidence.js';
import { callerOf, idempotencyHeaders, samplePath } from '../kit-calls.js';
import { placeholderParams, routeCheck } from '../route-calls.js';
import { expectProblemDocument } from '../problem-expect.js';
import { pathFor } from '../samples.js';
import { CheckFailure, SkipCheck, type Check, type CheckContext, type KitRequest } from '../types.js';

/**
 * Errors as RFC 9457 problem documents (docs/api.md, Errors): a bad query value, a body of the wrong type, a body that
 * is not JSON, a media type that is not JSON and an unknown path are each refused with the status and code the
 * contract names, as `application/problem+json` whose `issues[].path` names the field — the widgets put each message
 * next to its field by that path.
 *
 * Safe by construction: every write route is sent only requests that no backend can act on. The wrong-type body
 * carries one required field with a value of another JSON type and leaves out every other required field (see
 * bad-inputs.ts); the malformed body does not parse; the wrong media type is refused before the body is read. Only
 * routes whose every field is optional need a body that a lax backend might read as `{}` (a JSON array): those run
 * only when the operator allowed writes, and at ids that name nothing (`conformance-none`), so a lax backend finds
 * nothing to change while a conforming one refuses the body first (docs/api.md, Order of checks).
 */
export function problemChecks(routes: readonly RouteSpec[]): Check[] {
  const checks: Check[] = [];
  for (const route of routes) {
    const bad = badQueryValues(route);
    if (bad.length > 0) checks.push(queryCheck(route, bad));
    if (route.body !== undefined && route.upload === undefined) checks.push(...bodyChecks(route));
  }
  checks.push({
    suite: 'problems',
    name: 'an unknown path answers 404 not-found as application/problem+json',
    async run(context) {
      const response = await context.send({ method: 'GET', path: '/v1/no-such-route' });
      expectProblemDocument(response, { status: 404, code: 'not-found', sent: 'an unknown path (/v1/no-such-route)' });
    },
  });
  return checks;
}

function shown(value: string): string {
  return value.length > 24 ? `${value.slice(0, 12)}…(${String(value.length)} characters)` : value;
}

function queryCheck(route: RouteSpec, bad: readonly BadQueryValue[]): Check {
  const name = `a bad query value (${bad.map((one) => one.field).join(', ')}) answers 400 validation problem+json naming the parameter`;
  return routeCheck('problems', route, name, async (context) => {
    const role = callerOf(context, route);
    // A write route with a query (an import's column mapping) is refused at the query, before its file is read;
    // still, an empty file is all the kit sends, and only when writes are allowed.
    if (route.method !== 'GET' && context.options.readOnly) throw new SkipCheck('read-only run: the route writes');
    for (const one of bad) {
      const path = await samplePath(context, route, { [one.field]: one.value }, true);
      const request: KitRequest = {
        method: route.method,
        path,
        ...(role === undefined ? {} : { role }),
        ...(route.method === 'GET'
          ? {}
          : { body: '', headers: { ...idempotencyHeaders(route), 'Content-Type': route.upload?.mediaTypes[0] ?? 'application/json' } }),
      };
      const response = await context.send(request);
      expectProblemDocument(response, {
        status: 400,
        code: 'validation',
        field: one.field,
        sent: `${one.field}=${shown(one.value)} in the query (${one.kind})`,
      });
    }
  });
}

function bodyChecks(route: RouteSpec): Check[] {
  const wrong = badBody(route);
  const checks: Check[] = [];
  if (wrong !== undefined) {
    checks.push(
      routeCheck(
        'problems',
        route,
        wrong.field === undefined
          ? 'a body that is not an object answers 400 problem+json'
          : `a body with ${wrong.kind} (${wrong.field}) answers 400/422 problem+json naming the field`,
        async (context) => {
          if (!wrong.certainRefusal && context.options.readOnly) {
            throw new SkipCheck('read-only run: every field of this body is optional, so a lax backend could act on the bad body');
          }
          const role = callerOf(context, route);
          // Not certain to be refused: sent to ids that name nothing, so even a backend that reads it as `{}` finds
          // nothing to change (a conforming one validates the body first: docs/api.md, Order of checks).
          const response = await sendBody(context, route, role, JSON.stringify(wrong.body), { placeholder: !wrong.certainRefusal });
          expectProblemDocument(response, {
            status: wrong.field === undefined ? 400 : [400, 422],
            ...(wrong.field === undefined ? { code: 'validation' } : { field: wrong.field }),
            sent: `a body with ${wrong.kind}${wrong.field === undefined ? '' : ` (${wrong.field})`}`,
          });
        },
      ),
    );
  }
  checks.push(
    routeCheck('problems', route, 'a body that is not JSON answers 400 malformed-json problem+json', async (context) => {
      const role = callerOf(context, route);
      const response = await sendBody(context, route, role, '{"a": [1, 2,');
      expectProblemDocument(response, { status: 400, code: 'malformed-json', sent: 'a body that is not JSON ({"a": [1, 2,)' });
    }),
    routeCheck('problems', route, 'a body sent as text/plain answers 415 unsupported-media-type problem+json', async (context) => {
      // docs/api.md: any media type but application/json gets 415 (Order of checks: before the token is even read).
      const role = route.access.roles === 'anyone' ? undefined : route.access.roles.find((one) => context.roles.includes(one));
      const response = await sendBody(context, route, role, '{}', { contentType: 'text/plain' });
      expectProblemDocument(response, {
        status: 415,
        code: 'unsupported-media-type',
        sent: 'a JSON route sent Content-Type: text/plain',
      });
      // RFC 9110 §15.5.16 and docs/api.md: a 415 to a POST names what the route takes.
      const accept = response.headers.get('accept-post');
      if (route.method === 'POST' && !(accept ?? '').toLowerCase().includes('application/json')) {
        throw new CheckFailure(
          `a 415 to a POST must carry Accept-Post: application/json, got ${accept ?? '(none)'}`,
          answerEvidence(response),
        );
      }
    }),
  );
  return checks;
}

async function sendBody(
  context: CheckContext,
  route: RouteSpec,
  role: KitRequest['role'],
  body: string,
  { contentType = 'application/json', placeholder = false } = {},
) {
  const params = placeholder ? placeholderParams(route) : undefined;
  if (placeholder && params === undefined) throw new SkipCheck(`no placeholder fits the params of ${route.path}`);
  const path = params === undefined ? await samplePath(context, route, {}, true) : pathFor(route, params);
  return context.send({
    method: route.method,
    path,
    body,
    headers: { ...idempotencyHeaders(route), 'Content-Type': contentType },
    ...(role === undefined ? {} : { role }),
  });
}
