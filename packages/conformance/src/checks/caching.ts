import type { RouteSpec } from '@shanzhi/sdk';
import { answerEvidence } from '../evidence.js';
import { callerOf, samplePath } from '../kit-calls.js';
import { routeCheck } from '../route-calls.js';
import { CheckFailure, SkipCheck, type Check, type KitResponse } from '../types.js';

/**
 * HTTP caching as docs/api.md (Caching) promises it. A read anyone may make, asked without a token, is shared: a
 * village TV screen or a WeChat group revalidates it for the price of a hash (`public, max-age=60`, a strong ETag,
 * 304 on `If-None-Match`). Everything else — a staff view with full names, a household's ledger, a case — is
 * `private, no-store`, so no shared cache or back button keeps personal data (个人信息保护法 Art 51: security measures
 * for personal information). A problem is `no-store`.
 */

/** docs/api.md: shared only when anyone may read it, no relation unlocks it and it holds no one's personal data. */
function isPublicRead(route: RouteSpec): boolean {
  return route.method === 'GET' && route.access.roles === 'anyone' && route.access.relation === undefined && route.personal !== true;
}

/** Cache-Control directives by name (lower case), with their values. */
function directives(response: KitResponse): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of (response.headers.get('cache-control') ?? '').split(',')) {
    const [name = '', value = ''] = part.split('=', 2).map((one) => one.trim().toLowerCase());
    if (name !== '') found.set(name, value.replace(/^"|"$/g, ''));
  }
  return found;
}

function cacheControl(response: KitResponse): string {
  return response.headers.get('cache-control') ?? '(none)';
}

/** Whether a comma-separated header (Vary) lists `name`, case-insensitively. */
function lists(header: string | null, name: string): boolean {
  return (header ?? '').split(',').some((one) => one.trim().toLowerCase() === name.toLowerCase());
}

function expectOk(response: KitResponse): void {
  // A read the kit could not make (a sampled id gone, a role refused) says nothing about caching: other suites judge it.
  if (response.status !== 200) throw new SkipCheck(`${response.summary}: no successful read to judge`);
}

/**
 * A public file (a `download` route) is cached for long: an attachment never changes under its id, and its bytes do
 * not depend on the language asked for (docs/attachments.md: `public, max-age=86400`, `Vary: Authorization`).
 */
const isFile = (route: RouteSpec) => route.download !== undefined;

function publicReadCheck(route: RouteSpec): Check {
  const name = isFile(route)
    ? 'a public file without a token answers public with a max-age, a strong ETag and Vary: Authorization; If-None-Match answers 304 without a body'
    : 'a public read without a token answers public, max-age ≤ 60, a strong ETag and Vary: Accept-Language, Authorization; If-None-Match answers 304 without a body';
  return routeCheck('caching', route, name, async (context) => {
    const path = await samplePath(context, route);
    const first = await context.send({ method: 'GET', path });
    expectOk(first);
    const cache = directives(first);
    const maxAge = Number(cache.get('max-age'));
    const fresh = isFile(route) ? maxAge > 0 : maxAge > 0 && maxAge <= 60;
    if (!cache.has('public') || cache.has('private') || cache.has('no-store') || !fresh) {
      throw new CheckFailure(
        isFile(route)
          ? `a public file must answer Cache-Control: public with a max-age (docs/attachments.md), got ${cacheControl(first)}`
          : `a public read must answer Cache-Control: public, max-age=60 (a correction shows within a minute), got ${cacheControl(first)}`,
        answerEvidence(first),
      );
    }
    const tag = first.headers.get('etag');
    if (tag === null || !/^"[^"]*"$/.test(tag)) {
      throw new CheckFailure(`a public read must carry a strong ETag (RFC 9110 §8.8.3), got ${tag ?? '(none)'}`, answerEvidence(first));
    }
    const vary = first.headers.get('vary');
    if ((!isFile(route) && !lists(vary, 'Accept-Language')) || !lists(vary, 'Authorization')) {
      throw new CheckFailure(`a public read must say Vary: Accept-Language, Authorization, got ${vary ?? '(none)'}`, answerEvidence(first));
    }
    const again = await context.send({ method: 'GET', path, headers: { 'If-None-Match': tag } });
    if (again.status !== 304 || again.text !== '') {
      throw new CheckFailure(
        `If-None-Match with the ETag just served must answer 304 without a body, got ${String(again.status)}${again.text === '' ? '' : ' with a body'}`,
        answerEvidence(again),
      );
    }
    // RFC 9110 §15.4.5: a 304 carries the ETag a 200 would have.
    if (again.headers.get('etag') !== tag) {
      throw new CheckFailure(`a 304 must repeat the ETag ${tag}, got ${again.headers.get('etag') ?? '(none)'}`, answerEvidence(again));
    }
  });
}

function expectPrivate(response: KitResponse, why: string): void {
  const cache = directives(response);
  if (!cache.has('private') || !cache.has('no-store')) {
    throw new CheckFailure(`${why} must answer Cache-Control: private, no-store, got ${cacheControl(response)}`, answerEvidence(response));
  }
  const tag = response.headers.get('etag');
  if (tag !== null)
    throw new CheckFailure(`${why} must carry no ETag (nothing may be revalidated from a cache), got ${tag}`, answerEvidence(response));
}

function signedInPublicReadCheck(route: RouteSpec): Check {
  const name = 'a public read asked with a token answers Cache-Control: private, no-store and no ETag';
  return routeCheck('caching', route, name, async (context) => {
    // A signed-in view may show what the public board masks (staff see full names): never shared.
    const role = context.roles[0];
    if (role === undefined) throw new SkipCheck('no token given');
    const response = await context.send({ method: 'GET', path: await samplePath(context, route), role });
    expectOk(response);
    expectPrivate(response, `a public read asked with a token (as ${role})`);
  });
}

function privateReadCheck(route: RouteSpec): Check {
  const name =
    route.personal === true
      ? "a read of one person's or household's data answers Cache-Control: private, no-store and no ETag (个人信息保护法 Art 51)"
      : 'a staff read answers Cache-Control: private, no-store and no ETag';
  return routeCheck('caching', route, name, async (context) => {
    const role = callerOf(context, route);
    const response = await context.send({
      method: 'GET',
      path: await samplePath(context, route),
      ...(role === undefined ? {} : { role }),
    });
    expectOk(response);
    expectPrivate(response, route.personal === true ? 'a read of personal data (个人信息保护法 Art 51)' : 'a read that is not public');
  });
}

const problemHeadersCheck: Check = {
  suite: 'caching',
  name: 'a problem answers Cache-Control: no-store, and every answer says X-Content-Type-Options: nosniff',
  async run(context) {
    const problem = await context.send({ method: 'GET', path: '/v1/no-such-route' });
    if (!directives(problem).has('no-store')) {
      throw new CheckFailure(`a problem must answer Cache-Control: no-store, got ${cacheControl(problem)}`, answerEvidence(problem));
    }
    for (const response of [problem, await context.send({ method: 'GET', path: '/v1/health' })]) {
      const sniff = response.headers.get('x-content-type-options');
      if (sniff?.toLowerCase() !== 'nosniff') {
        throw new CheckFailure(`every answer must say X-Content-Type-Options: nosniff, got ${sniff ?? '(none)'}`, answerEvidence(response));
      }
    }
  },
};

export function cachingChecks(routes: readonly RouteSpec[]): Check[] {
  const checks: Check[] = [];
  for (const route of routes) {
    if (route.method !== 'GET') continue;
    // A public file is the same bytes for every caller, so a token does not make it private (docs/attachments.md).
    if (isPublicRead(route)) checks.push(publicReadCheck(route), ...(isFile(route) ? [] : [signedInPublicReadCheck(route)]));
    else checks.push(privateReadCheck(route));
  }
  checks.push(problemHeadersCheck);
  return checks;
}
