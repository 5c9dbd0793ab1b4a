/**
 * `<sz-love-supermarket mode="reconciliation">`'s API for the stories: the supervisor's reconciliations recorded by
 * `packages/components/scripts/fixtures/mentoring-desk.ts` (`npm run fixtures:stories -- mentoring-desk`), in the
 * caller's language; the shelf comes from the supermarket's own handlers. A month not recorded, or a token other than
 * the supervisor's or a cadre's, gets the server's recorded problem.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import recorded from '../fixtures/love-supermarket-reconciliation.json';
import { problem, tokenOf } from './handlers.js';
import { stateHandlers } from './state-handlers.js';

type Locale = 'zh-CN' | 'en';
const route = '*/v1/villages/:villageId/supermarket/reconciliations/:month';
const reconciliations = recorded.reconciliations as Readonly<Record<string, Readonly<Record<Locale, unknown>>>>;

/** The month the stories open on (the demo clock's), and the village. */
export const reconciliationMonth = recorded.month;
export const reconciliationVillage = recorded.village;

export const reconciliationHandlers: HttpHandler[] = [
  http.get(route, ({ request, params }) => {
    const token = tokenOf(request);
    if (!token) return problem(request, 'unauthorized');
    if (token !== 'demo-supervisor' && token !== 'demo-cadre') return problem(request, 'forbidden');
    const month = reconciliations[String(params.month)];
    if (!month) return problem(request, 'not-found');
    return HttpResponse.json(
      month[/^en\b/i.test(request.headers.get('accept-language') ?? '') ? 'en' : 'zh-CN'] as Record<string, unknown>,
    );
  }),
];

/** Never answers; the recorded 500 problem; no network (see ./state-handlers.ts). */
export const reconciliationStates = stateHandlers(route);
