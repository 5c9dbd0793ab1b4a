/**
 * `<sz-disclosure-poster>`'s API for the stories: MSW serves what `packages/components/scripts/fixtures/disclosure-poster.ts`
 * recorded from the real reference server (`npm run fixtures:stories -- disclosure-poster`); nothing here invents data.
 * Pass them to a story as `parameters: { msw: { handlers: { disclosurePoster: disclosurePosterHandlers } } }`.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import fixture from '../fixtures/disclosure-poster-list.json';
import { localeOf, problem, tokenOf } from './handlers.js';
import { evidenceUploads } from './points-desk-handlers.js';

const posterRoute = '*/v1/villages/:villageId/disclosure-poster';
const postingsRoute = '*/v1/villages/:villageId/disclosure-postings';
const postRoute = '*/v1/villages/:villageId/disclosures/:disclosureId/postings';

/** The village the recorded stories show, the item of the one-item poster, and the month poster's month. */
export const disclosurePosterVillage = fixture.village;
export const disclosurePosterItem = fixture.itemId;
export const disclosurePosterMonth = { year: 2026, month: 11 } as const;

/** Whether the story's posting was sent: the unposted list then answers as the server did after it. */
let posted = false;

export const disclosurePosterHandlers: HttpHandler[] = [
  ...evidenceUploads,
  http.get(posterRoute, ({ request }) => {
    const url = new URL(request.url);
    const answers = url.searchParams.has('item') ? fixture.item : fixture.month;
    return HttpResponse.json(answers[localeOf(request)]);
  }),
  http.get(postingsRoute, ({ request }) => {
    if (!tokenOf(request)) return problem(request, 'unauthorized');
    return HttpResponse.json(posted ? fixture.unpostedAfter : fixture.unposted);
  }),
  http.post(postRoute, ({ request, params }) => {
    if (!tokenOf(request)) return problem(request, 'unauthorized');
    posted = true;
    return HttpResponse.json({ ...fixture.posting, disclosureId: String(params.disclosureId) }, { status: 201 });
  }),
];

/** Never answers: the loading skeleton stays on screen. */
export const pendingDisclosurePoster: HttpHandler[] = [
  http.get(posterRoute, async () => {
    await delay('infinite');
    return HttpResponse.error();
  }),
];

/** The server's recorded 500 `internal` problem, with the request id the SDK sent: the error state with retry. */
export const failingDisclosurePoster: HttpHandler[] = [http.get(posterRoute, ({ request }) => problem(request, 'internal'))];

/** No network at all: the fetch rejects, as it does with the cable pulled. */
export const offlineDisclosurePoster: HttpHandler[] = [http.get(posterRoute, () => HttpResponse.error())];
