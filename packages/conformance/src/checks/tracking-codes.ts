import { lookUpMediationCase, getMediationCase, type RouteSpec } from '@shanzhi/sdk';
import { answerEvidence as evidence } from '../evidence.js';
import { expectProblemDocument } from '../problem-expect.js';
import { objectKeys, routeCheck } from '../route-calls.js';
import { pathFor } from '../samples.js';
import { testApplication, type TestApplication } from '../test-records.js';
import { CheckFailure, type Check, type CheckContext, type KitResponse } from '../types.js';

/**
 * The tracking-code rules (docs/api.md, Relations: tracking code; 个人信息保护法 Art 51): a code works like a
 * password, so it travels only in request bodies, a wrong one answers exactly like an unknown case, the status is never
 * cached, and guessing is limited. The live checks read the run's own test application (test-records.ts).
 */

/** A param or query key that would put a secret code in a URL (proxy and access logs, history, Referer keep URLs). */
const secretKey = /^(?:code|pin|secret|password|token)$|(?:tracking|receipt|access|verification)[-_]?code/i;

/** docs/api.md, Guessing limits: failed look-ups per case number before the case's look-ups answer 429. */
const failuresBeforeLockout = 20;

const lookUp = lookUpMediationCase as RouteSpec;
const mediatorRead = getMediationCase as RouteSpec;

/** A code of the right shape that is not the case's: the tracking code's alphabet with one character changed. */
function wrongCode(right: string): string {
  const last = right.slice(-1);
  return `${right.slice(0, -1)}${last === '2' ? '3' : '2'}`;
}

/** The case number with its sequence made up (the highest of the year): a case that does not exist. */
function unknownCase(caseNumber: string): string {
  return caseNumber.replace(/\d+$/, (digits) => '9'.repeat(digits.length));
}

function lookUpCase(context: CheckContext, caseNumber: string, trackingCode: string): Promise<KitResponse> {
  return context.send({ method: 'POST', path: pathFor(lookUp, { caseNumber }), body: { trackingCode } });
}

/** Every header value and the Location that holds the code (any case, with or without a dash in the middle). */
function headersHolding(response: KitResponse, code: string): string[] {
  const forms = [code, `${code.slice(0, 4)}-${code.slice(4)}`].map((form) => form.toLowerCase());
  const names: string[] = [];
  response.headers.forEach((value, name) => {
    if (forms.some((form) => value.toLowerCase().includes(form))) names.push(name);
  });
  return names;
}

function staticChecks(routes: readonly RouteSpec[]): Check[] {
  return [
    {
      suite: 'tracking-codes',
      name: 'no route of the table takes a tracking or receipt code in its path or query',
      run() {
        const offenders = routes.flatMap((route) => {
          const keys = [...objectKeys(route.params), ...objectKeys(route.query)].filter((key) => secretKey.test(key));
          return keys.length === 0 ? [] : [`${route.id} (${route.method} ${route.path}): ${keys.join(', ')}`];
        });
        if (offenders.length > 0)
          throw new CheckFailure('a tracking or receipt code must travel in a request body, never in a URL', offenders.join('\n'));
        return Promise.resolve();
      },
    },
    {
      suite: 'tracking-codes',
      name: 'every route a tracking code opens is a POST that takes the code in its body',
      run() {
        const offenders = routes
          .filter((route) => route.access.relation === 'trackingCode')
          .filter((route) => route.method !== 'POST' || !objectKeys(route.body).some((key) => secretKey.test(key)))
          .map((route) => `${route.id} (${route.method} ${route.path})`);
        if (offenders.length > 0) throw new CheckFailure('a route opened by a code must take it in its POST body', offenders.join('\n'));
        return Promise.resolve();
      },
    },
  ];
}

function liveCheck(name: string, run: (context: CheckContext, application: TestApplication) => Promise<void>): Check {
  return routeCheck('tracking-codes', lookUp, name, async (context) => run(context, await testApplication(context, 'shared')));
}

const liveChecks: Check[] = [
  liveCheck(
    'answers the case status to the right code (200), never cached (Cache-Control: private, no-store)',
    async (context, application) => {
      const response = await lookUpCase(context, application.caseNumber, application.trackingCode);
      if (response.status !== 200) throw new CheckFailure('the right tracking code must open the case (200)', evidence(response));
      const status = response.json as { caseNumber?: unknown } | undefined;
      if (status?.caseNumber !== application.caseNumber)
        throw new CheckFailure(`the status must be the case's own (${application.caseNumber})`, evidence(response));
      const cache = (response.headers.get('cache-control') ?? '').toLowerCase();
      if (!cache.includes('no-store') || !cache.includes('private'))
        throw new CheckFailure(
          `a case's status read by its code must be answered with Cache-Control: private, no-store (docs/api.md, Caching); got "${cache}"`,
          evidence(response),
        );
    },
  ),
  liveCheck('answers a wrong code on a real case exactly like an unknown case (404 not-found, no oracle)', async (context, application) => {
    const wrong = wrongCode(application.trackingCode);
    const real = await lookUpCase(context, application.caseNumber, wrong);
    const unknown = await lookUpCase(context, unknownCase(application.caseNumber), wrong);
    expectProblemDocument(real, { status: 404, code: 'not-found', sent: 'a wrong tracking code on a real case' });
    expectProblemDocument(unknown, { status: 404, code: 'not-found', sent: 'a tracking code for a case that does not exist' });
    const codeOf = (response: KitResponse) => (response.json as { code?: unknown } | undefined)?.code;
    if (real.status !== unknown.status || codeOf(real) !== codeOf(unknown))
      throw new CheckFailure(
        'a wrong code must get the same answer as an unknown case number',
        `${evidence(real)}\n\n${evidence(unknown)}`,
      );
  }),
  liveCheck('never puts the code in a response header or a Location (receipt and status)', async (context, application) => {
    const status = await lookUpCase(context, application.caseNumber, application.trackingCode);
    const leaks = [application.response, status].flatMap((response) =>
      headersHolding(response, application.trackingCode).map((name) => `${response.summary}: header ${name}`),
    );
    if (leaks.length > 0) throw new CheckFailure('the tracking code must appear only in response bodies', leaks.join('\n'));
  }),
  liveCheck('refuses a tracking code in the query string (400) without revealing or echoing anything', async (context, application) => {
    const { caseNumber, trackingCode } = application;
    const attempts = [
      await context.send({ method: 'GET', path: pathFor(mediatorRead, { caseNumber, trackingCode }) }),
      await context.send({ method: 'POST', path: pathFor(lookUp, { caseNumber, trackingCode }), body: {} }),
    ];
    for (const response of attempts) {
      expectProblemDocument(response, { status: 400, sent: 'a tracking code in the query string (docs/api.md, Relations)' });
      if (response.text.toLowerCase().includes(trackingCode.toLowerCase()))
        throw new CheckFailure('a refusal must not echo the tracking code it was sent', response.summary);
    }
  }),
  routeCheck(
    'tracking-codes',
    lookUp,
    `limits guessing: after ${String(failuresBeforeLockout)} wrong codes the case's look-ups answer 429 with Retry-After`,
    async (context) => {
      // Its own application: the lock holds even for the right code, and no other check may find its case locked.
      const { caseNumber, trackingCode } = await testApplication(context, 'lockout');
      const wrong = wrongCode(trackingCode);
      let early: KitResponse | undefined;
      for (let attempt = 1; attempt <= failuresBeforeLockout && early === undefined; attempt += 1) {
        const response = await lookUpCase(context, caseNumber, wrong);
        // A stricter limit than the contract's is allowed: the 429 is then checked as the lock.
        if (response.status === 429) early = response;
        else if (response.status !== 404)
          throw new CheckFailure(`wrong code #${String(attempt)} must answer 404 (or 429 once limited)`, evidence(response));
      }
      const locked = early ?? (await lookUpCase(context, caseNumber, trackingCode));
      if (locked.status !== 429)
        throw new CheckFailure(
          `after ${String(failuresBeforeLockout)} wrong codes in 10 minutes the case's look-ups must answer 429, even with the right code (docs/api.md, Guessing limits)`,
          evidence(locked),
        );
      expectProblemDocument(locked, { status: 429, code: 'rate-limited', sent: 'a look-up of a case locked by wrong guesses' });
      const retryAfter = locked.headers.get('retry-after');
      if (retryAfter === null || !(Number(retryAfter) > 0 || !Number.isNaN(Date.parse(retryAfter))))
        throw new CheckFailure('429 must say when to try again (Retry-After, RFC 9110 §10.2.3)', evidence(locked));
    },
  ),
];

/** The static rules over the whole table, and the live ones on the run's test application (skipped when read-only). */
export function trackingCodeChecks(routes: readonly RouteSpec[]): Check[] {
  const hasLookUp = routes.some((route) => route.id === lookUp.id);
  if (!hasLookUp) return staticChecks(routes);
  return [...staticChecks(routes), ...liveChecks];
}
