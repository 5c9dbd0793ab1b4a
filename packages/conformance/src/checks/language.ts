import type { Problem, RouteSpec } from '@shanzhi/sdk';
import { badBody, badQueryValues } from '../bad-inputs.js';
import { answerEvidence } from '../evidence.js';
import { idempotencyHeaders, samplePath } from '../kit-calls.js';
import { routeCheck } from '../route-calls.js';
import { expectProblemDocument, hasHan } from '../problem-expect.js';
import { CheckFailure, type Check, type CheckContext, type KitRequest, type KitResponse } from '../types.js';

/**
 * Problems in the caller's language (docs/api.md, Errors, Localization): `Accept-Language` picks zh-CN (the default and
 * the fallback for anything unknown) or en; the choice covers `title`, `detail` and every issue `message`, is echoed
 * in `Content-Language` with `Vary: Accept-Language`, and never changes `code` or an issue's `path` and `code`.
 * Localization is one mechanism per backend, so a few representative refusals stand for all: a bad query, a bad
 * body, a missing token.
 */

/** A refusal the kit can provoke, and how. */
interface Refusal {
  readonly what: string;
  readonly route: RouteSpec;
  readonly status: number | readonly number[];
  request(context: CheckContext, language: string): Promise<KitRequest>;
}

function queryRefusal(routes: readonly RouteSpec[]): Refusal | undefined {
  const route = routes.find((one) => one.method === 'GET' && one.access.roles === 'anyone' && badQueryValues(one).length > 0);
  if (route === undefined) return undefined;
  const bad = badQueryValues(route);
  const one = bad.find((value) => value.field === 'limit') ?? bad[0];
  if (one === undefined) return undefined;
  return {
    what: `a bad query value (${one.field})`,
    route,
    status: 400,
    request: async (context, language) => ({
      method: 'GET',
      path: await samplePath(context, route, { [one.field]: one.value }, true),
      headers: { 'Accept-Language': language },
    }),
  };
}

function bodyRefusal(routes: readonly RouteSpec[]): Refusal | undefined {
  for (const route of routes) {
    const wrong = route.access.roles === 'anyone' ? badBody(route) : undefined;
    if (wrong === undefined || !wrong.certainRefusal || wrong.field === undefined) continue;
    return {
      what: `a body with ${wrong.kind} (${wrong.field})`,
      route,
      status: [400, 422],
      request: async (context, language) => ({
        method: route.method,
        path: await samplePath(context, route, {}, true),
        body: wrong.body,
        headers: { ...idempotencyHeaders(route), 'Accept-Language': language },
      }),
    };
  }
  return undefined;
}

function tokenRefusal(routes: readonly RouteSpec[]): Refusal | undefined {
  const route = routes.find((one) => one.method === 'GET' && one.access.roles !== 'anyone' && one.access.relation === undefined);
  if (route === undefined) return undefined;
  return {
    what: 'a guarded route called without a token',
    route,
    status: 401,
    request: async (context, language) => ({
      method: 'GET',
      path: await samplePath(context, route, {}, true),
      headers: { 'Accept-Language': language },
    }),
  };
}

/** Every human text of a problem: title, detail and the issues' messages. */
function textsOf(problem: Problem): { where: string; text: string }[] {
  return [
    { where: 'title', text: problem.title },
    ...(problem.detail === undefined ? [] : [{ where: 'detail', text: problem.detail }]),
    ...(problem.issues ?? []).map((issue) => ({ where: `issues[${JSON.stringify(issue.path)}].message`, text: issue.message })),
  ];
}

/** The refusal in one language, held to the problem promises and to that language. */
async function refusedIn(
  context: CheckContext,
  refusal: Refusal,
  language: string,
  locale: 'zh-CN' | 'en',
): Promise<{ response: KitResponse; problem: Problem }> {
  const response = await context.send(await refusal.request(context, language));
  const problem = expectProblemDocument(response, { status: refusal.status, sent: `${refusal.what} with Accept-Language: ${language}` });
  for (const { where, text } of textsOf(problem)) {
    if (hasHan(text) !== (locale === 'zh-CN')) {
      throw new CheckFailure(
        `with Accept-Language: ${language} the problem's ${where} must be ${locale === 'zh-CN' ? 'Chinese' : 'English (no Chinese characters)'}, got "${text.slice(0, 80)}"`,
        answerEvidence(response),
      );
    }
  }
  const echoed = response.headers.get('content-language');
  if (echoed?.toLowerCase() !== locale.toLowerCase()) {
    throw new CheckFailure(
      `with Accept-Language: ${language} the answer must say Content-Language: ${locale}, got ${echoed ?? '(none)'}`,
      answerEvidence(response),
    );
  }
  const vary = response.headers.get('vary') ?? '';
  if (!/(^|,)\s*(accept-language|\*)\s*(,|$)/i.test(vary)) {
    throw new CheckFailure(`a localized answer must say Vary: Accept-Language, got ${vary || '(none)'}`, answerEvidence(response));
  }
  return { response, problem };
}

/** What must not change with the language: the code, and each issue's path and code. */
function invariant(problem: Problem): string {
  const issues = (problem.issues ?? []).map((issue) => `${JSON.stringify(issue.path)}:${issue.code}`).sort();
  return JSON.stringify({ code: problem.code, issues });
}

function bilingualCheck(refusal: Refusal): Check {
  const name = `${refusal.what} answers a problem in Chinese for zh-CN and in English for en, with the same code and issue paths`;
  return routeCheck('language', refusal.route, name, async (context) => {
    const zh = await refusedIn(context, refusal, 'zh-CN', 'zh-CN');
    const en = await refusedIn(context, refusal, 'en', 'en');
    if (invariant(zh.problem) !== invariant(en.problem)) {
      throw new CheckFailure(
        `codes and issue paths must not change with the language: zh-CN ${invariant(zh.problem)}, en ${invariant(en.problem)}`,
        `${answerEvidence(zh.response)}\n${answerEvidence(en.response)}`,
      );
    }
  });
}

function negotiationCheck(refusal: Refusal): Check {
  const name = 'Accept-Language en-GB,en;q=0.9 answers English, and an unknown language (fr-FR) falls back to zh-CN';
  return routeCheck('language', refusal.route, name, async (context) => {
    await refusedIn(context, refusal, 'en-GB,en;q=0.9', 'en');
    await refusedIn(context, refusal, 'fr-FR', 'zh-CN');
  });
}

export function languageChecks(routes: readonly RouteSpec[]): Check[] {
  const query = queryRefusal(routes);
  const refusals = [query, bodyRefusal(routes), tokenRefusal(routes)].filter((one): one is Refusal => one !== undefined);
  return [...refusals.map(bilingualCheck), ...(query === undefined ? [] : [negotiationCheck(query)])];
}
