/**
 * `<sz-mediation-desk>`'s API for the stories: MSW serves what `packages/components/scripts/fixtures/mediation-desk.ts`
 * recorded from the real reference server (`npm run fixtures:stories -- mediation-desk`); nothing here invents data.
 * Pass them to a story as `parameters: { msw: { handlers: { mediationDesk: mediationDeskHandlers } } }`.
 *
 * Like the server, the desk is for mediators: no token is 401, any other role 403. Accepting the waiting case replays
 * the recorded answer; any other step replays the server's recorded refusal of a step out of order (409), so a story
 * shows that problem beside its form.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import listFixture from '../fixtures/mediation-desk-list.json';
import { localeOf, problem, replay, tokenOf } from './handlers.js';
import { stateHandlers } from './state-handlers.js';

type Json = Record<string, unknown>;
type ByLocale<T> = Record<'zh-CN' | 'en', T>;
const queueRoute = '*/v1/mediation/desk';
const caseRoute = '*/v1/mediation/cases/:caseNumber';
const queues = listFixture.queue as unknown as ByLocale<Json>;
const desks = listFixture.desks as unknown as ByLocale<Record<string, Json>>;
const accepted = listFixture.writes.accept as unknown as ByLocale<Json>;
const conflict = listFixture.conflict as unknown as ByLocale<{ status: number; body: unknown }>;

/** The case waiting for acceptance (a fresh application the recorder submitted). */
export const waitingCase = listFixture.waiting;

/** The recorded cases by state, for the stories that open one. */
export function caseIn(state: string): string | undefined {
  const items = (queues['zh-CN'].items ?? []) as { caseNumber: string; state: string; due: unknown[] }[];
  return items.find((one) => one.state === state && (state !== 'concluded' || one.due.length > 0))?.caseNumber;
}

/** Refuses as the server does; else undefined (a mediator may read). */
function refusal(request: Request): Response | undefined {
  const token = tokenOf(request);
  if (!token) return problem(request, 'unauthorized');
  return token === 'demo-mediator' ? undefined : problem(request, 'forbidden');
}

export const mediationDeskHandlers: HttpHandler[] = [
  http.get(queueRoute, ({ request }) => refusal(request) ?? HttpResponse.json(queues[localeOf(request)])),
  http.get(`${caseRoute}/desk`, ({ request, params }) => {
    const desk = desks[localeOf(request)][String(params.caseNumber)];
    return refusal(request) ?? (desk ? HttpResponse.json(desk) : problem(request, 'not-found'));
  }),
  http.post(
    `${caseRoute}/acceptance`,
    ({ request, params }) =>
      refusal(request) ?? (params.caseNumber === waitingCase ? HttpResponse.json(accepted[localeOf(request)]) : replay(request, conflict)),
  ),
  http.post(`${caseRoute}/*`, ({ request }) => refusal(request) ?? replay(request, conflict)),
];

/** Never answers; the recorded 500 problem; no network (see ./state-handlers.ts). */
export const mediationDeskStates = stateHandlers(queueRoute);
