import type { RouteSpec } from '@shanzhi/sdk';
import { answerEvidence } from '../evidence.js';
import { samplePath } from '../kit-calls.js';
import { routeCheck } from '../route-calls.js';
import { CheckFailure, SkipCheck, type Check, type CheckContext, type KitResponse } from '../types.js';

/**
 * CORS for the origin the operator configured (docs/api.md, Base path: any origin by default, or an allow-list;
 * request headers Authorization, Content-Type, Idempotency-Key, X-Request-Id, Accept-Language; exposed headers
 * X-Request-Id, Idempotent-Replayed, Retry-After, Content-Language, Shanzhi-Contract-Version). The widgets run on a
 * portal's origin and call the backend's: without these grants a browser hides every answer — or the header a widget
 * reads (the request id of a problem, Retry-After of a 409) — from them.
 */

/** What the widgets send on a write (the SDK: a token, JSON, a key per create, a request id, the language). */
const writeHeaders = ['authorization', 'content-type', 'idempotency-key', 'x-request-id', 'accept-language'];
/** What they send on a read. */
const readHeaders = ['x-request-id', 'accept-language'];
/** What the widgets and the SDK read from an answer (docs/api.md). */
const exposedHeaders = ['X-Request-Id', 'Idempotent-Replayed', 'Retry-After', 'Content-Language', 'Shanzhi-Contract-Version'];
/** An origin no operator configures (RFC 6761: .invalid never resolves). */
const strangerOrigin = 'https://not-allowed.invalid';

function originOf(context: CheckContext): string {
  const origin = context.options.origin;
  if (origin === undefined) throw new SkipCheck('no --origin given: the CORS checks need an origin the backend allows');
  return origin;
}

function tokens(header: string | null): string[] {
  return (header ?? '')
    .split(',')
    .map((one) => one.trim().toLowerCase())
    .filter((one) => one !== '');
}

function expectGrant(response: KitResponse, origin: string, what: string): void {
  const allowed = response.headers.get('access-control-allow-origin');
  if (allowed !== origin && allowed !== '*') {
    throw new CheckFailure(
      `${what} from the configured origin ${origin} must answer Access-Control-Allow-Origin: ${origin}, got ${allowed ?? '(none)'}`,
      answerEvidence(response),
    );
  }
}

async function preflight(context: CheckContext, route: RouteSpec, origin: string, headers: readonly string[]): Promise<KitResponse> {
  return context.send({
    method: 'OPTIONS',
    path: await samplePath(context, route, {}, true),
    headers: { Origin: origin, 'Access-Control-Request-Method': route.method, 'Access-Control-Request-Headers': headers.join(', ') },
  });
}

function preflightCheck(route: RouteSpec, headers: readonly string[], what: string): Check {
  const name = `a preflight for ${what} from the configured origin allows the origin, ${route.method} and the headers ${headers.join(', ')}`;
  return routeCheck('cors', route, name, async (context) => {
    const origin = originOf(context);
    const response = await preflight(context, route, origin, headers);
    if (response.status < 200 || response.status >= 300) {
      throw new CheckFailure(
        `a preflight must answer 2xx (Fetch standard, CORS-preflight fetch), got ${String(response.status)}`,
        answerEvidence(response),
      );
    }
    expectGrant(response, origin, 'a preflight');
    const methods = tokens(response.headers.get('access-control-allow-methods'));
    if (!methods.includes(route.method.toLowerCase()) && !methods.includes('*')) {
      throw new CheckFailure(
        `a preflight must allow the method ${route.method}, allowed ${methods.join(', ') || '(none)'}`,
        answerEvidence(response),
      );
    }
    // Fetch standard: `*` in Access-Control-Allow-Headers never covers Authorization; it must be named.
    const allowed = tokens(response.headers.get('access-control-allow-headers'));
    const missing = headers.filter((name) => !allowed.includes(name) && (name === 'authorization' || !allowed.includes('*')));
    if (missing.length > 0) {
      throw new CheckFailure(
        `a preflight must allow the request headers ${missing.join(', ')}, allowed ${allowed.join(', ') || '(none)'}`,
        answerEvidence(response),
      );
    }
  });
}

function exposeCheck(route: RouteSpec | undefined, what: string): Check {
  return {
    suite: 'cors',
    ...(route === undefined ? {} : { route: route.id }),
    name: `${what} to the configured origin carries Access-Control-Allow-Origin and exposes ${exposedHeaders.join(', ')}`,
    async run(context) {
      const origin = originOf(context);
      const path = route === undefined ? '/v1/no-such-route' : await samplePath(context, route);
      const response = await context.send({ method: 'GET', path, headers: { Origin: origin } });
      expectGrant(response, origin, what);
      const exposed = tokens(response.headers.get('access-control-expose-headers'));
      const missing = exposedHeaders.filter((name) => !exposed.includes(name.toLowerCase()) && !exposed.includes('*'));
      if (missing.length > 0) {
        throw new CheckFailure(
          `${what} must expose ${missing.join(', ')} (Access-Control-Expose-Headers: ${exposed.join(', ') || 'none'})`,
          answerEvidence(response),
        );
      }
    },
  };
}

function strangerCheck(route: RouteSpec): Check {
  const name = `an origin that is not configured (${strangerOrigin}) gets no Access-Control-Allow-Origin, on a preflight or an answer`;
  return routeCheck('cors', route, name, async (context) => {
    const origin = originOf(context);
    const granted = await preflight(context, route, origin, readHeaders);
    if (granted.headers.get('access-control-allow-origin') === '*') {
      throw new SkipCheck('the backend allows any origin (docs/api.md: the default); there is no allow-list to hold');
    }
    const answers = [
      await preflight(context, route, strangerOrigin, readHeaders),
      await context.send({ method: 'GET', path: await samplePath(context, route), headers: { Origin: strangerOrigin } }),
    ];
    for (const response of answers) {
      const allowed = response.headers.get('access-control-allow-origin');
      if (allowed !== null) {
        throw new CheckFailure(
          `an origin off the allow-list must get no Access-Control-Allow-Origin, got ${allowed}`,
          answerEvidence(response),
        );
      }
    }
  });
}

export function corsChecks(routes: readonly RouteSpec[]): Check[] {
  const publicRead = routes.find(
    (route) => route.method === 'GET' && route.access.roles === 'anyone' && !route.path.includes('{') && route.id !== 'getHealth',
  );
  const checks: Check[] = [];
  if (publicRead !== undefined) {
    checks.push(
      preflightCheck(publicRead, readHeaders, 'a public read'),
      exposeCheck(publicRead, 'a public read'),
      strangerCheck(publicRead),
    );
  }
  // One write route per method: CORS is granted per origin and method, not per route.
  for (const method of ['POST', 'PUT'] as const) {
    const write = routes.find(
      (route) => route.method === method && route.idempotency !== 'none' && route.body !== undefined && route.upload === undefined,
    );
    if (write !== undefined) checks.push(preflightCheck(write, writeHeaders, `a ${method} write`));
  }
  checks.push(exposeCheck(undefined, 'a problem (an unknown path)'));
  return checks;
}
