/**
 * `<sz-finance-desk>`'s API for the stories: MSW serves what `packages/components/scripts/fixtures/finance-desk.ts`
 * recorded from the real reference server (`npm run fixtures:stories -- finance-desk`); nothing here invents data. Pass
 * them to a story as `parameters: { msw: { handlers: { financeDesk: financeDeskHandlers } } }`.
 *
 * Like the server, the desk is for the village's cadre and supervisor: no token is 401, any other 403. An import
 * answers the recorded 422 (the wrong amount on line 3), so the story shows the problems at their lines.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import listFixture from '../fixtures/finance-desk-list.json';
import { localeOf, problem, tokenOf } from './handlers.js';
import { stateHandlers } from './state-handlers.js';

type Json = Record<string, unknown>;
const listRoute = '*/v1/villages/:villageId/finance/statements';
const staffTokens = new Set(['demo-cadre', 'demo-supervisor']);
const lists = listFixture.list as unknown as Record<'zh-CN' | 'en', Json>;
const months = listFixture.months as unknown as Record<string, Json>;

/** The village the recorded stories show. */
export const financeDeskVillage = listFixture.village;

/** Refuses as the server does; else undefined (the token may read). */
function refusal(request: Request): Response | undefined {
  const token = tokenOf(request);
  if (!token) return problem(request, 'unauthorized');
  return staffTokens.has(token) ? undefined : problem(request, 'forbidden');
}

export const financeDeskHandlers: HttpHandler[] = [
  http.get(listRoute, ({ request }) => refusal(request) ?? HttpResponse.json(lists[localeOf(request)])),
  http.get(`${listRoute}/:month`, ({ request, params }) => {
    const month = months[String(params.month)];
    return refusal(request) ?? (month ? HttpResponse.json(month) : problem(request, 'not-found'));
  }),
  http.post(
    `${listRoute}/:month/file`,
    ({ request }) =>
      refusal(request) ??
      HttpResponse.json(listFixture.lineProblem, { status: 422, headers: { 'Content-Type': 'application/problem+json' } }),
  ),
];

/** Never answers; the recorded 500 problem; no network (see ./state-handlers.ts). */
export const financeDeskStates = stateHandlers(listRoute);
