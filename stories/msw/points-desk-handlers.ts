/**
 * `<sz-points-desk>`'s API for the stories: MSW serves what `packages/components/scripts/fixtures/points-desk.ts`
 * recorded from the real reference server (`npm run fixtures:stories -- points-desk`); nothing here invents data.
 * Pass them to a story as `parameters: { msw: { handlers: { pointsDesk: pointsDeskHandlers, household:
 * pointsDeskLedgers } } }` (the ledgers replace the shared `household` group: they are the queues' households).
 *
 * Like the server, the queue a token gets depends on its role: the grid worker's first review, the cadre's review,
 * the supervisor's entries under notice; a villager is refused with 403.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import listFixture from '../fixtures/points-desk-list.json';
import { problem } from './handlers.js';

type Locale = 'zh-CN' | 'en';
interface Recorded {
  readonly status: number;
  readonly body: unknown;
}

const answers = listFixture.answers;
const queueRoute = '*/v1/villages/:villageId/points/entries';
const reviewRoute = '*/v1/villages/:villageId/points/entries/reviews';
const byLocale = (recorded: unknown) => recorded as Readonly<Record<Locale, Recorded>>;

/** The village the recorded stories show. */
export const pointsDeskVillage = listFixture.village;

function localeOf(request: Request): Locale {
  return /^en\b/i.test(request.headers.get('accept-language') ?? '') ? 'en' : 'zh-CN';
}

function tokenOf(request: Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
}

function replay(request: Request, recorded: Readonly<Record<Locale, Recorded>>): Response {
  const { status, body } = recorded[localeOf(request)];
  return HttpResponse.json(body as Record<string, unknown>, {
    status,
    headers: status >= 400 ? { 'Content-Type': 'application/problem+json' } : {},
  });
}

const queues: Readonly<Record<string, unknown>> = {
  'demo-gridWorker': answers.firstReview,
  'demo-cadre': answers.secondReview,
  'demo-supervisor': answers.publicized,
};

const ledgers = answers.ledgers as Readonly<Record<string, unknown>>;

export const pointsDeskHandlers: HttpHandler[] = [
  http.get(queueRoute, ({ request }) => {
    const token = tokenOf(request);
    if (!token) return problem(request, 'unauthorized');
    const queue = queues[token];
    return queue ? HttpResponse.json(queue as Record<string, unknown>) : problem(request, 'forbidden');
  }),
  http.get('*/v1/villages/:villageId/households', () => HttpResponse.json(answers.search)),
  http.post(queueRoute, () => HttpResponse.json(answers.declared, { status: 201 })),
  http.post(reviewRoute, async ({ request }) => {
    const body = (await request.json()) as { action?: string; reason?: string };
    switch (body.action) {
      case 'submit':
        return HttpResponse.json(answers.submitted);
      case 'passFirstReview':
        return HttpResponse.json(answers.passed);
      case 'reject':
        return body.reason?.trim() ? HttpResponse.json(answers.rejected) : replay(request, byLocale(answers.rejectWithoutReason));
      default:
        return replay(request, byLocale(answers.refusedBatch));
    }
  }),
  http.get('*/v1/villages/:villageId/points/objections', () => HttpResponse.json(answers.objections)),
  http.post('*/v1/villages/:villageId/points/objection-rulings', async ({ request }) => {
    const body = (await request.json()) as { answer?: string };
    return body.answer?.trim() ? HttpResponse.json(answers.ruling) : replay(request, byLocale(answers.rulingWithoutAnswer));
  }),
];

/** The ledgers of the households at the head of the recorded queues, as staff read them. */
export const pointsDeskLedgers: HttpHandler[] = [
  http.get('*/v1/villages/:villageId/households/:householdId/points', ({ request, params }) => {
    const ledger = ledgers[String(params.householdId)];
    return ledger ? HttpResponse.json(ledger as Record<string, unknown>) : problem(request, 'not-found');
  }),
];

/** A cadre's batch the server refuses entry by entry (the recorded committee step on first-review entries). */
export const refusingPointsDesk: HttpHandler[] = [http.post(reviewRoute, ({ request }) => replay(request, byLocale(answers.refusedBatch)))];

/** Never answers: the loading skeleton stays on screen. */
export const pendingPointsDesk: HttpHandler[] = [
  http.get(queueRoute, async () => {
    await delay('infinite');
    return HttpResponse.error();
  }),
];

/** The server's recorded 500 `internal` problem, with the request id the SDK sent: the error state with retry. */
export const failingPointsDesk: HttpHandler[] = [http.get(queueRoute, ({ request }) => problem(request, 'internal'))];

/** No network at all: the fetch rejects, as it does with the cable pulled. */
export const offlinePointsDesk: HttpHandler[] = [http.get(queueRoute, () => HttpResponse.error())];
