/**
 * `<sz-request-desk>`'s API for the stories: MSW serves what `packages/components/scripts/fixtures/request-desk.ts`
 * recorded from the real reference server (`npm run fixtures:stories -- request-desk`); nothing here invents data. Pass
 * them to a story as `parameters: { msw: { handlers: { requestDesk: requestDeskHandlers } } }`.
 *
 * Like the server, the requests are for the village's cadre, grid worker and supervisor: no token is 401, any other
 * 403. The list is the one recorded (the stories' filters show it as it is); the recorded requests read as the token's
 * role reads them (the supervisor without the number, unless a follow-up waits); any step sent answers the server's
 * recorded refusal of a step out of order, so a story shows it by the form and nothing pretends to change.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import listFixture from '../fixtures/request-desk-list.json';
import { localeOf, problem, tokenOf } from './handlers.js';
import { stateHandlers } from './state-handlers.js';

type Json = Record<string, unknown>;
const listRoute = '*/v1/villages/:villageId/requests';
const staffTokens = new Set(['demo-cadre', 'demo-gridWorker', 'demo-supervisor']);
const lists = listFixture.list as unknown as Record<'zh-CN' | 'en', Json>;
const ratings = listFixture.ratings as unknown as Record<'zh-CN' | 'en', Json>;
const byRole = {
  cadre: listFixture.cadre as unknown as Record<string, Json>,
  supervisor: listFixture.supervisor as unknown as Record<string, Json>,
};
const outOfOrder = listFixture.outOfOrder as unknown as Record<'zh-CN' | 'en', Json>;

/** The village the recorded stories show, and the requests the stories open. */
export const requestDeskVillage = listFixture.village;
export const requestDeskPicked = listFixture.picked;

/** Refuses as the server does; else undefined (the token may read). */
function refusal(request: Request): Response | undefined {
  const token = tokenOf(request);
  if (!token) return problem(request, 'unauthorized');
  return staffTokens.has(token) ? undefined : problem(request, 'forbidden');
}

export const requestDeskHandlers: HttpHandler[] = [
  http.get(listRoute, ({ request }) => refusal(request) ?? HttpResponse.json(lists[localeOf(request)])),
  http.get('*/v1/villages/:villageId/request-ratings', ({ request }) => HttpResponse.json(ratings[localeOf(request)])),
  http.get(`${listRoute}/:requestId`, ({ request, params }) => {
    const refused = refusal(request);
    if (refused) return refused;
    const role = tokenOf(request) === 'demo-supervisor' ? 'supervisor' : 'cadre';
    const found = byRole[role][`${localeOf(request)}|${String(params.requestId)}`];
    return found ? HttpResponse.json(found) : problem(request, 'not-found');
  }),
  http.post(`${listRoute}/:requestId/steps`, ({ request }) => {
    const refused = refusal(request);
    if (refused) return refused;
    return HttpResponse.json(outOfOrder[localeOf(request)], { status: 409, headers: { 'Content-Type': 'application/problem+json' } });
  }),
];

/** Never answers; the recorded 500 problem; no network (see ./state-handlers.ts). */
export const requestDeskStates = stateHandlers(listRoute);
