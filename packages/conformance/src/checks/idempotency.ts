import { randomUUID } from 'node:crypto';
import type { MediationIntakeInput } from '@shanzhi/rules';
import type { RouteSpec } from '@shanzhi/sdk';
import { createBody } from '../create-bodies.js';
import { answerEvidence as evidence } from '../evidence.js';
import { expectProblemDocument } from '../problem-expect.js';
import { accepts, placeholderParams, routeCheck } from '../route-calls.js';
import { callerFor, pathFor } from '../samples.js';
import { fileApplication, filer, intakeRoute, receiptOf, testApplication, testIntake } from '../test-records.js';
import { CheckFailure, SkipCheck, type Check, type CheckContext, type KitRequest, type KitResponse } from '../types.js';

/**
 * Idempotency-Key semantics (IETF draft-ietf-httpapi-idempotency-key-header; docs/api.md, Idempotency): a create that
 * requires a key refuses to run without one, and with one runs once — a retry is answered with the stored answer, a
 * key reused for another body is refused, two requests racing with one key make one record.
 */

/** docs/api.md: a replayed answer carries this header (the draft leaves the signal to the server; ours names it). */
const replayHeader = 'idempotent-replayed';

/** A file the upload routes take, in ASCII so it travels as a string: its bytes matter only after the key is checked. */
function uploadBody(route: RouteSpec): Pick<KitRequest, 'body' | 'headers'> | undefined {
  const types = route.upload?.mediaTypes ?? [];
  const type = types.includes('text/csv') ? 'text/csv' : types.includes('application/pdf') ? 'application/pdf' : types[0];
  if (type === undefined) return undefined;
  return { body: type === 'text/csv' ? 'date,description,amount\n' : '%PDF-1.4\n%conformance\n', headers: { 'content-type': type } };
}

/**
 * The request without a key: made-up ids everywhere (see create-bodies.ts), so a backend that ignores the missing
 * key finds nothing to write to. The intake has no id to make up; it is sent only when test records are allowed.
 */
function keylessRequest(context: CheckContext, route: RouteSpec): Pick<KitRequest, 'path' | 'body' | 'headers'> {
  if (route.id === intakeRoute.id) {
    if (context.options.readOnly) throw new SkipCheck('read-only run: without a key a broken backend would file the application');
    return { path: route.path, body: testIntake(context, '（缺少幂等键检测）') };
  }
  const params = placeholderParams(route);
  if (params === undefined || !route.path.includes('{'))
    throw new SkipCheck('the kit has no made-up resource to send this create to, so a backend ignoring the key could write');
  if (route.upload !== undefined) {
    const upload = uploadBody(route);
    if (upload === undefined) throw new SkipCheck('the route names no media type the kit can send');
    return { path: pathFor(route, params), ...upload };
  }
  const body = createBody(route.id, context.marker);
  if (body === undefined || !accepts(route.body, body))
    throw new SkipCheck("the kit has no body this route's schema accepts (create-bodies.ts)");
  return { path: pathFor(route, params), body };
}

function missingKeyCheck(route: RouteSpec): Check {
  return routeCheck('idempotency', route, 'refuses a create without Idempotency-Key with 400 idempotency-key-missing', async (context) => {
    const caller = route.id === intakeRoute.id ? filer(context) : callerFor(route, context.roles);
    if (caller === undefined) throw new SkipCheck('no token was given for a role this route lists');
    const response = await context.send({ method: route.method, ...keylessRequest(context, route), ...caller });
    expectProblemDocument(response, {
      status: 400,
      code: 'idempotency-key-missing',
      sent: 'a create without the Idempotency-Key its route requires',
    });
  });
}

/**
 * A follow-up request with a key whose first request has ended. Other checks of the run may be sending the same (shared)
 * key at this very moment, and a backend may answer 409 while it handles one of them: the draft's "retry later", so
 * the kit retries after Retry-After (at most 3 tries, 2 s each) instead of reading the race as a broken promise.
 */
async function send(context: CheckContext, body: MediationIntakeInput, key: string): Promise<KitResponse> {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fileApplication(context, body, key);
    if (response.status !== 409 || attempt === 3) return response;
    const seconds = Math.min(2, Math.max(0.1, Number(response.headers.get('retry-after') ?? '1') || 1));
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}

/** The semantics, on one route whose records are harmless (the marked test applications of test-records.ts). */
function semanticChecks(route: RouteSpec): Check[] {
  const check = (name: string, run: Check['run']): Check => routeCheck('idempotency', route, name, run);
  return [
    check('replays the stored answer for the same key and body (same status and record, Idempotent-Replayed: true)', async (context) => {
      const first = await testApplication(context, 'shared');
      const again = await send(context, first.body, first.key);
      if (again.status !== first.response.status)
        throw new CheckFailure(
          `a retry with the same Idempotency-Key and body must be answered with the stored ${String(first.response.status)}; got ${String(again.status)} (the key was not honoured)`,
          evidence(again),
        );
      const { caseNumber } = receiptOf(again);
      if (caseNumber !== first.caseNumber)
        throw new CheckFailure(
          'a retry with the same Idempotency-Key created a second record instead of replaying the first (the key was ignored)',
          `${first.response.summary}: case ${first.caseNumber}\n${again.summary}: case ${caseNumber}`,
        );
      if (again.headers.get(replayHeader) !== 'true')
        throw new CheckFailure('a replayed answer must carry Idempotent-Replayed: true (docs/api.md, Idempotency)', evidence(again));
    }),
    check('refuses the same key with another body with 422 idempotency-key-reused', async (context) => {
      const first = await testApplication(context, 'shared');
      const other = testIntake(context, '（同一幂等键、不同内容）');
      const response = await send(context, other, first.key);
      expectProblemDocument(response, {
        status: 422,
        code: 'idempotency-key-reused',
        sent: 'an Idempotency-Key reused with another body',
      });
    }),
    check('makes one record of two concurrent requests with one key (409 idempotency-in-flight or the replay)', async (context) => {
      const key = randomUUID();
      const body = testIntake(context, '（并发幂等键检测）');
      const answers = await Promise.all([fileApplication(context, body, key), fileApplication(context, body, key)]);
      const created = answers.filter((answer) => answer.status === 201);
      const summary = answers.map((answer) => evidence(answer)).join('\n\n');
      if (created.length === 0) throw new CheckFailure('neither of two requests with one new key created the record', summary);
      const cases = new Set(created.map((answer) => receiptOf(answer).caseNumber));
      if (cases.size > 1)
        throw new CheckFailure(`two concurrent requests with one Idempotency-Key created ${String(cases.size)} records`, summary);
      const [waiting] = answers.filter((answer) => answer.status !== 201);
      if (waiting === undefined) {
        // Both answered 201 with one record: the second waited for the first and was replayed.
        if (!created.some((answer) => answer.headers.get(replayHeader) === 'true'))
          throw new CheckFailure(
            'of two 201 answers with one key and one record, the later must be marked Idempotent-Replayed: true',
            summary,
          );
        return;
      }
      expectProblemDocument(waiting, { status: 409, code: 'idempotency-in-flight', sent: 'a request whose key is still in flight' });
      if (waiting.headers.get('retry-after') === null)
        throw new CheckFailure('409 idempotency-in-flight must carry Retry-After (docs/api.md, Idempotency)', evidence(waiting));
    }),
    check('creates a new record for a new key with the same body (the key, not the body, decides)', async (context) => {
      const first = await testApplication(context, 'shared');
      const response = await send(context, first.body, randomUUID());
      const { caseNumber } = receiptOf(response);
      if (caseNumber === first.caseNumber)
        throw new CheckFailure(
          'a new Idempotency-Key with a body sent before was answered with the earlier record: the backend deduplicates by body, and an applicant filing twice on purpose loses the second application',
          evidence(response),
        );
    }),
  ];
}

/** One missing-key check per route that requires a key, and the semantics on the public mediation intake. */
export function idempotencyChecks(routes: readonly RouteSpec[]): Check[] {
  const required = routes.filter((route) => route.idempotency === 'required');
  const intake = routes.find((route) => route.id === intakeRoute.id && route.idempotency !== 'none');
  return [...required.map(missingKeyCheck), ...(intake === undefined ? [] : semanticChecks(intake))];
}
