/**
 * The mediation widgets' API for the stories: MSW serves what `packages/components/scripts/fixtures/mediation.ts`
 * recorded from the real reference server (demo county, pinned to 2026-11-29). The intake handler picks the recorded
 * answer that matches the safety answers (ordinary, escalated, court already has it, other side refused); the status
 * handler answers with the recorded case whose number was asked for, when the body holds its tracking code (codes
 * travel only in request bodies, as on the real server; a wrong code answers 404).
 * Pass them to a story as `parameters: { msw: { handlers: { mediation: mediationHandlers } } }`.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import receiptsFixture from '../fixtures/mediation-receipts.json';
import statusFixture from '../fixtures/mediation-status.json';
import { localeOf, problem as recordedProblem } from './handlers.js';

type Json = Readonly<Record<string, unknown>>;
type Locale = 'zh-CN' | 'en';
type ReceiptKind = 'ordinary' | 'escalated' | 'beforeCourt' | 'otherPartyRefused';
export type StatusKind = 'submitted' | 'refused' | 'noAgreement' | 'agreement' | 'withdrawn';

const receipts = receiptsFixture.receipts as unknown as Record<Locale, Record<ReceiptKind, Json & { readonly status?: number }>>;
const statuses = statusFixture.statuses as unknown as Record<Locale, Record<StatusKind, Json>>;
/** Case numbers and tracking codes of the recorded statuses, for the status stories. */
export const recordedCases = statusFixture.ids as unknown as Record<
  StatusKind,
  { readonly caseNumber: string; readonly trackingCode: string }
>;

function problem(body: Json): Response {
  return HttpResponse.json(body, { status: Number(body.status ?? 422), headers: { 'content-type': 'application/problem+json' } });
}

async function intakeResponse(request: Request): Promise<Response> {
  const body = (await request.json()) as { safety?: Json };
  const safety = body.safety ?? {};
  const locale = localeOf(request);
  if (safety.alreadyBefore === 'court') return problem(receipts[locale].beforeCourt);
  if (safety.otherPartyRefusedMediation === true) return problem(receipts[locale].otherPartyRefused);
  const escalated = safety.violenceThreatened === true || safety.weaponsInvolved === true || safety.groupIncident === true;
  return HttpResponse.json(escalated ? receipts[locale].escalated : receipts[locale].ordinary, { status: 201 });
}

const notFound = { type: 'about:blank', title: '未找到', status: 404, code: 'not-found', requestId: 'story-404' };

async function statusResponse(request: Request, caseNumber: string): Promise<Response> {
  const { trackingCode } = (await request.json()) as { trackingCode?: string };
  const kind = (Object.keys(recordedCases) as StatusKind[]).find((one) => recordedCases[one].caseNumber === caseNumber);
  if (kind && recordedCases[kind].trackingCode !== trackingCode?.replace(/[\s-]/g, '').toUpperCase()) return problem(notFound);
  if (!kind) {
    // A receipt from the intake story: show it as just submitted.
    const submitted = statuses[localeOf(request)].submitted;
    return caseNumber.startsWith('MED-') ? HttpResponse.json({ ...submitted, caseNumber }) : problem(notFound);
  }
  return HttpResponse.json(statuses[localeOf(request)][kind]);
}

export const mediationHandlers: HttpHandler[] = [
  http.post('*/v1/mediation/cases', ({ request }) => intakeResponse(request)),
  http.post('*/v1/mediation/cases/:caseNumber/lookup', ({ request, params }) => statusResponse(request, String(params.caseNumber))),
  http.post('*/v1/mediation/cases/:caseNumber/withdrawal', ({ request }) => HttpResponse.json(statuses[localeOf(request)].withdrawn)),
];

/** Sending never finishes: the "sending" state. */
export const pendingMediation: HttpHandler[] = [
  http.post('*/v1/mediation/cases', async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
];

/** The network fails (the browser still thinks it is online): the error with retry, input kept. */
export const failingMediation: HttpHandler[] = [http.post('*/v1/mediation/cases', () => HttpResponse.error())];

const lookupRoute = '*/v1/mediation/cases/:caseNumber/lookup';

/** The lookup never answers: the status widget's loading state. */
export const pendingStatus: HttpHandler[] = [
  http.post(lookupRoute, async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
];

/** The server's recorded 500 `internal` problem, with the request id the SDK sent: the error with retry. */
export const failingStatus: HttpHandler[] = [http.post(lookupRoute, ({ request }) => recordedProblem(request, 'internal'))];

/** No network at all: the fetch rejects, as it does with the cable pulled. */
export const offlineStatus: HttpHandler[] = [http.post(lookupRoute, () => HttpResponse.error())];
