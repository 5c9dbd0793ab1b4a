/**
 * The disclosure routes as the stories see them: MSW serves what `packages/components/scripts/fixtures/disclosure.ts`
 * recorded from the real reference server (demo county, pinned clock 2026-11-29). The handlers only pick the
 * recorded answer for a request, filter the recorded list as the server does, and cut it into pages.
 *
 * Pass a group through `parameters.msw.handlers`, e.g. `{ disclosure: disclosureHandlers }`.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import invalidTrail from '../fixtures/disclosure-invalid-trail.json';
import longFinance from '../fixtures/disclosure-long-finance.json';
import overdueCompliance from '../fixtures/disclosure-overdue.json';
import receiptFixture from '../fixtures/disclosure-query-receipt.json';
import villageFixture from '../fixtures/disclosure-v-qs-01.json';
import { problem } from './handlers.js';

interface Summary {
  readonly id: string;
  readonly category: string;
  readonly title: string;
  readonly published: string;
  readonly status: string;
  readonly [key: string]: unknown;
}

const list = villageFixture.list as unknown as { readonly items: readonly Summary[]; readonly categories: readonly unknown[] };
const details: Readonly<Record<string, unknown>> = { ...villageFixture.details, [longFinance.id]: longFinance };
const longSummary: Summary = {
  id: longFinance.id,
  category: longFinance.category,
  title: longFinance.versions[0]?.title ?? '',
  period: longFinance.versions[0]?.period,
  published: longFinance.versions[0]?.notice.published ?? '',
  noticeUntil: longFinance.versions[0]?.notice.until,
  status: longFinance.status,
  versions: 1,
  hasFinance: true,
  attachments: 0,
};

/** The ids the stories open. */
export const disclosureStoryIds = {
  village: villageFixture.villageId,
  finance: 'dsc-01-0035',
  corrected: 'dsc-01-0002',
  correctedFinance: 'dsc-01-0034',
  decision: 'dsc-01-0038',
  relief: 'dsc-01-0024',
  longFinance: longFinance.id,
  invalidVillage: invalidTrail.villageId,
  invalidDecision: invalidTrail.id,
} as const;

function json(body: unknown, status = 200): Response {
  return HttpResponse.json(body as Record<string, unknown>, { status, headers: { 'X-Request-Id': 'story', 'Cache-Control': 'no-store' } });
}

function filtered(query: URLSearchParams): Summary[] {
  let items: Summary[] = [longSummary, ...list.items];
  const category = query.get('category');
  if (category) items = items.filter((one) => one.category === category);
  const status = query.get('status');
  if (status) items = items.filter((one) => one.status === status);
  const year = query.get('year');
  const month = query.get('month');
  if (year) items = items.filter((one) => one.published.startsWith(month ? `${year}-${month.padStart(2, '0')}` : year));
  const q = query.get('q');
  if (q) items = items.filter((one) => one.title.includes(q));
  return items;
}

function complianceFrom(body: unknown): HttpHandler {
  return http.get('*/v1/villages/:villageId/disclosures/compliance', ({ request, params }) =>
    params.villageId === villageFixture.villageId ? json(body) : problem(request, 'not-found'),
  );
}

const listHandler = http.get('*/v1/villages/:villageId/disclosures', ({ request, params }) => {
  if (params.villageId !== villageFixture.villageId && params.villageId !== invalidTrail.villageId) return problem(request, 'not-found');
  const query = new URL(request.url).searchParams;
  const items = params.villageId === villageFixture.villageId ? filtered(query) : [];
  const limit = Math.min(200, Math.max(1, Number(query.get('limit') ?? 30) || 30));
  const start = Number(query.get('cursor') ?? 0) || 0;
  const page = items.slice(start, start + limit);
  const end = start + page.length;
  return json({ items: page, nextCursor: end < items.length ? String(end) : null, categories: list.categories, total: items.length });
});

const detailHandler = http.get('*/v1/villages/:villageId/disclosures/:disclosureId', ({ request, params }) => {
  const id = String(params.disclosureId);
  if (params.villageId === invalidTrail.villageId && id === invalidTrail.id) return json(invalidTrail);
  const found = params.villageId === villageFixture.villageId ? details[id] : undefined;
  return found ? json(found) : problem(request, 'not-found');
});

/** Like the server: a question needs a signed-in villager or staff member; the recorded receipt is replayed. */
const queryHandler = http.post('*/v1/villages/:villageId/disclosures/:disclosureId/queries', async ({ request, params }) => {
  if (!/^Bearer\s+\S+$/i.test(request.headers.get('authorization') ?? '')) return problem(request, 'unauthorized');
  await delay(300);
  return json({ ...receiptFixture, disclosureId: String(params.disclosureId) }, 201);
});

export const disclosureHandlers: HttpHandler[] = [complianceFrom(villageFixture.compliance), listHandler, detailHandler, queryHandler];

/** Compliance as of 2027-03-31, recorded: obligations have fallen overdue. */
export const overdueDisclosureHandlers: HttpHandler[] = [complianceFrom(overdueCompliance), listHandler, detailHandler, queryHandler];

/**
 * The reference server refuses to publish a statement that does not add up (and the seed's mistyped statements
 * still add up), so there is none to record. This group serves the recorded October statement with its closing
 * balance raised by ¥100 and without the server's finding, as an older system might have published it: the
 * widget's own check (the rules package's `reconcile`) must flag it.
 */
export const unbalancedDisclosureHandlers: HttpHandler[] = [
  http.get(`*/v1/villages/:villageId/disclosures/${disclosureStoryIds.finance}`, () => {
    const recorded = details[disclosureStoryIds.finance] as {
      versions: { finance?: { closingBalance: number } }[];
      findings: Record<string, unknown>;
    };
    const versions = recorded.versions.map((version) =>
      version.finance ? { ...version, finance: { ...version.finance, closingBalance: version.finance.closingBalance + 10_000 } } : version,
    );
    return json({ ...recorded, versions, findings: {} });
  }),
  ...disclosureHandlers,
];

export const failingDisclosures: HttpHandler[] = [
  http.get('*/v1/villages/:villageId/disclosures', ({ request }) => problem(request, 'internal')),
];

export const offlineDisclosures: HttpHandler[] = [http.get('*/v1/villages/:villageId/disclosures', () => HttpResponse.error())];

export const pendingDisclosures: HttpHandler[] = [
  http.get('*/v1/villages/:villageId/disclosures', async () => {
    await delay('infinite');
    return HttpResponse.error();
  }),
];

export const emptyDisclosures: HttpHandler[] = [
  complianceFrom(villageFixture.compliance),
  http.get('*/v1/villages/:villageId/disclosures', () => json({ items: [], nextCursor: null, categories: list.categories, total: 0 })),
];
