/**
 * `<sz-query-desk>`'s API for the stories: MSW serves what `packages/components/scripts/fixtures/query-desk.ts` recorded
 * from the real reference server (`npm run fixtures:stories -- query-desk`); nothing here invents data. Pass them to a
 * story as `parameters: { msw: { handlers: { queryDesk: queryDeskHandlers } } }`.
 *
 * Like the server, the queries are for the village's cadre and supervisor: no token is 401, any other 403. One query
 * reads as the token's role reads it (the contact number for the cadre only); the answer and the FAQ publication
 * replay the recorded writes (of the query they were recorded on; any other is a 404).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import listFixture from '../fixtures/query-desk-list.json';
import { localeOf, problem, tokenOf } from './handlers.js';
import { stateHandlers } from './state-handlers.js';

type Json = Record<string, unknown>;
const listRoute = '*/v1/villages/:villageId/disclosure-queries';
const staffTokens = new Set(['demo-cadre', 'demo-supervisor']);
const lists = listFixture.list as unknown as Record<'zh-CN' | 'en', Json>;
const byRole = {
  cadre: listFixture.cadre as unknown as Record<string, Json>,
  supervisor: listFixture.supervisor as unknown as Record<string, Json>,
};
const writes = listFixture.writes as unknown as Record<'answer' | 'faq', Record<string, Json>>;

/** The village the recorded stories show. */
export const queryDeskVillage = listFixture.village;

/** Refuses as the server does; else undefined (the token may read). */
function refusal(request: Request): Response | undefined {
  const token = tokenOf(request);
  if (!token) return problem(request, 'unauthorized');
  return staffTokens.has(token) ? undefined : problem(request, 'forbidden');
}

function written(kind: 'answer' | 'faq') {
  return ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
    if (tokenOf(request) !== 'demo-cadre') return refusal(request) ?? problem(request, 'forbidden');
    const answer = writes[kind][String(params.queryId)];
    return answer ? HttpResponse.json(answer) : problem(request, 'not-found');
  };
}

export const queryDeskHandlers: HttpHandler[] = [
  http.get(listRoute, ({ request }) => refusal(request) ?? HttpResponse.json(lists[localeOf(request)])),
  http.get(`${listRoute}/:queryId`, ({ request, params }) => {
    const refused = refusal(request);
    if (refused) return refused;
    const role = tokenOf(request) === 'demo-cadre' ? 'cadre' : 'supervisor';
    const query = byRole[role][String(params.queryId)];
    return query ? HttpResponse.json(query) : problem(request, 'not-found');
  }),
  http.post(`${listRoute}/:queryId/answer`, written('answer')),
  http.post(`${listRoute}/:queryId/faq`, written('faq')),
];

/** Never answers; the recorded 500 problem; no network (see ./state-handlers.ts). */
export const queryDeskStates = stateHandlers(listRoute);
