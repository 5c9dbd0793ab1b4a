/**
 * `<sz-grid-desk>`'s API for the stories: MSW serves what `packages/components/scripts/fixtures/grid-desk.ts` recorded
 * from the real reference server (`npm run fixtures:stories -- grid-desk`); nothing here invents data. Pass them to a
 * story as `parameters: { msw: { handlers: { gridDesk: gridDeskHandlers } } }`.
 *
 * TODO(new-widget): the route below is the placeholder read (GET /v1/regions); serve the widget's own route once it has one.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import listFixture from '../fixtures/grid-desk-list.json';
import { problem } from './handlers.js';

const route = '*/v1/regions';
const answers = listFixture.answers as unknown as Record<'zh-CN' | 'en', Record<string, unknown>>;

/** The village the recorded stories show. */
export const gridDeskVillage = listFixture.village;

export const gridDeskHandlers: HttpHandler[] = [
  http.get(route, ({ request }) =>
    HttpResponse.json(answers[/^en\b/i.test(request.headers.get('accept-language') ?? '') ? 'en' : 'zh-CN']),
  ),
];

/** Never answers: the loading skeleton stays on screen. */
export const pendingGridDesk: HttpHandler[] = [
  http.get(route, async () => {
    await delay('infinite');
    return HttpResponse.error();
  }),
];

/** The server's recorded 500 `internal` problem, with the request id the SDK sent: the error state with retry. */
export const failingGridDesk: HttpHandler[] = [http.get(route, ({ request }) => problem(request, 'internal'))];

/** No network at all: the fetch rejects, as it does with the cable pulled. */
export const offlineGridDesk: HttpHandler[] = [http.get(route, () => HttpResponse.error())];
