/**
 * The service catalogue's API for the stories: MSW serves what `packages/components/scripts/fixtures/catalogue.ts`
 * recorded from the real reference server (demo county, 60 guides, pinned to 2026-11-29). Handlers only pick the
 * recorded response and cut pages; the eligibility handler answers with the recorded outcome whose answers match.
 * Pass them to a story as `parameters: { msw: { handlers: { catalogue: catalogueHandlers } } }`.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import eligibilityFixture from '../fixtures/catalogue-eligibility.json';
import guidesFixture from '../fixtures/catalogue-guides.json';
import listFixture from '../fixtures/catalogue-list.json';
import proxyFixture from '../fixtures/catalogue-proxy.json';
import { localeOf } from './handlers.js';

type Json = Readonly<Record<string, unknown>>;
interface ListBody {
  readonly items: readonly Json[];
  readonly [key: string]: unknown;
}
type Outcome = 'eligible' | 'notEligible' | 'needMoreInfo';

const lists = listFixture.lists as unknown as Record<'zh-CN' | 'en', ListBody>;
const guides = guidesFixture.guides as unknown as Record<string, Json & { readonly materials: readonly Json[] }>;
const outcomes = eligibilityFixture.eligibility as unknown as Record<'zh-CN' | 'en', Record<Outcome, Json>>;
const recordedAnswers = eligibilityFixture.answers as unknown as Record<Outcome, Json>;

export const catalogueRegion = listFixture.region;
/** A recorded guide with eligibility questions and 村级代办 (残疾人证新办). */
export const eligibilityService = eligibilityFixture.serviceCode;
/** The seed's guide with 20 materials (乡村建设规划许可证核发（农村村民住宅）), as recorded. */
export const longChecklistService = '339901-ZR-0044';

function notFound(): Response {
  return HttpResponse.json(
    { type: 'about:blank', title: '未找到', status: 404, code: 'not-found', requestId: 'story-404' },
    { status: 404, headers: { 'content-type': 'application/problem+json' } },
  );
}

function listResponse(request: Request): Response {
  const url = new URL(request.url);
  const body = lists[localeOf(request)];
  const limit = Number(url.searchParams.get('limit') ?? '20');
  const start = Number(url.searchParams.get('cursor') ?? '0');
  const items = body.items.slice(start, start + limit);
  const end = start + items.length;
  return HttpResponse.json({ ...body, items, nextCursor: end < body.items.length ? String(end) : null, total: body.items.length });
}

function guideResponse(code: string): Response {
  const guide = guides[code];
  if (!guide) return notFound();
  return HttpResponse.json(guide);
}

async function eligibilityResponse(request: Request, code: string): Promise<Response> {
  if (code !== eligibilityService) return notFound();
  const { answers } = (await request.json()) as { answers: Json };
  const same = (a: Json, b: Json) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
  const outcome: Outcome = same(answers, recordedAnswers.eligible)
    ? 'eligible'
    : answers.localHukou === false
      ? 'notEligible'
      : 'needMoreInfo';
  return HttpResponse.json(outcomes[localeOf(request)][outcome]);
}

export const catalogueHandlers: HttpHandler[] = [
  http.get('*/v1/regions/:regionId/services', ({ request }) => listResponse(request)),
  http.get('*/v1/services/:code', ({ params }) => guideResponse(String(params.code))),
  http.post('*/v1/services/:code/eligibility', ({ request, params }) => eligibilityResponse(request, String(params.code))),
  http.post('*/v1/services/:code/proxy-requests', () => HttpResponse.json(proxyFixture.receipt, { status: 201 })),
];

export const pendingCatalogue: HttpHandler[] = [
  http.get('*/v1/regions/:regionId/services', async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
];

export const failingCatalogue: HttpHandler[] = [
  http.get('*/v1/regions/:regionId/services', () =>
    HttpResponse.json(
      { type: 'about:blank', title: '服务器内部错误', status: 500, code: 'internal', requestId: 'story-500' },
      { status: 500, headers: { 'content-type': 'application/problem+json' } },
    ),
  ),
];

export const offlineCatalogue: HttpHandler[] = [http.get('*/v1/regions/:regionId/services', () => HttpResponse.error())];
