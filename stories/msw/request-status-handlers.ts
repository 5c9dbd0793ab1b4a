/**
 * `<sz-request-status>`'s API for the stories: MSW serves what `packages/components/scripts/fixtures/request-status.ts`
 * recorded from the real reference server (`npm run fixtures:stories -- request-status`); nothing here invents data.
 * Pass them to a story as `parameters: { msw: { handlers: { requestStatus: requestStatusAt('done') } } }`.
 *
 * One recorded 点单 at four stages (ordered, done, rated, answered): the look-up answers the stage a story asks for when
 * the receipt code is the recorded one, and the recorded 404 otherwise; ordering answers the recorded receipt; rating
 * answers the recorded rating, or the server's refusal of a second one.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import listFixture from '../fixtures/request-status-list.json';
import { localeOf, problem } from './handlers.js';

type Json = Record<string, unknown>;
type Stage = 'ordered' | 'done' | 'rated' | 'answered';
type ByLocale = Record<'zh-CN' | 'en', Json>;
const lookupRoute = '*/v1/villages/:villageId/requests/:requestId/lookup';
const lookups = listFixture.lookups as unknown as Record<Stage, ByLocale>;
const notFound = listFixture.notFound as unknown as ByLocale;
const second = listFixture.second as unknown as ByLocale;

/** The village, the request and its receipt code the recorded stories show. */
export const requestStatusVillage = listFixture.village;
export const requestStatusId = listFixture.id;
export const requestStatusCode = listFixture.receiptCode;

const refused = (request: Request, body: ByLocale, status: number) =>
  HttpResponse.json(body[localeOf(request)], { status, headers: { 'Content-Type': 'application/problem+json' } });

/** The API with the request at `stage`; `secondRating` makes a rating the server's refusal of a second one. */
export function requestStatusAt(stage: Stage, options: { readonly secondRating?: boolean } = {}): HttpHandler[] {
  return [
    http.post(lookupRoute, async ({ request }) => {
      const body = (await request.json()) as { receiptCode?: string };
      const known = body.receiptCode?.replace(/[\s-]/g, '').toUpperCase() === requestStatusCode.replace(/-/g, '');
      return known ? HttpResponse.json(lookups[stage][localeOf(request)]) : refused(request, notFound, 404);
    }),
    http.post('*/v1/villages/:villageId/requests/:requestId/rating', ({ request }) =>
      options.secondRating ? refused(request, second, 409) : HttpResponse.json(listFixture.rated as Json, { status: 201 }),
    ),
    http.post('*/v1/villages/:villageId/requests', () => HttpResponse.json(listFixture.receipt as Json, { status: 201 })),
  ];
}

export const requestStatusHandlers = requestStatusAt('ordered');

/** The look-up never answers: the loading skeleton stays on screen. */
export const pendingRequestStatus: HttpHandler[] = [
  http.post(lookupRoute, async () => {
    await delay('infinite');
    return HttpResponse.error();
  }),
];

/** The server's recorded 500 `internal` problem, with the request id the SDK sent: the error state with retry. */
export const failingRequestStatus: HttpHandler[] = [http.post(lookupRoute, ({ request }) => problem(request, 'internal'))];

/** No network at all: the fetch rejects, as it does with the cable pulled. */
export const offlineRequestStatus: HttpHandler[] = [http.post(lookupRoute, () => HttpResponse.error())];
