/**
 * The 小微权力清单 route as the stories see it: what `packages/components/scripts/fixtures/disclosure-powers.ts`
 * recorded from the reference server for 王家坞村 (v-qs-01). The board's other reads come from disclosure-handlers.ts.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import powersFixture from '../fixtures/disclosure-powers.json';
import { disclosureHandlers } from './disclosure-handlers.js';
import { problem } from './handlers.js';
import { stateHandlers, type StateHandlers } from './state-handlers.js';

const route = '*/v1/villages/:villageId/powers';

function answer(body: unknown): Response {
  return HttpResponse.json(body as Record<string, unknown>, { headers: { 'X-Request-Id': 'story', 'Cache-Control': 'no-store' } });
}

/** The recorded list for its village; another village is unknown, as on the server. */
export const powersHandlers: HttpHandler[] = [
  http.get(route, ({ request, params }) =>
    params.villageId === powersFixture.village ? answer(powersFixture.list) : problem(request, 'not-found'),
  ),
  ...disclosureHandlers,
];

/** A village that has published no list yet. */
export const emptyPowers: HttpHandler[] = [
  http.get(route, () => answer({ villageId: powersFixture.village, powers: [] })),
  ...disclosureHandlers,
];

const states = stateHandlers(route);
/** Loading, error and offline for the list, the board's other reads as recorded. */
export const powerStates: StateHandlers = {
  pending: [...states.pending, ...disclosureHandlers],
  failing: [...states.failing, ...disclosureHandlers],
  offline: [...states.offline, ...disclosureHandlers],
};
