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
import { problem, replay, tokenOf } from './handlers.js';

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

const queues: Readonly<Record<string, unknown>> = {
  'demo-gridWorker': answers.firstReview,
  'demo-cadre': answers.secondReview,
  'demo-supervisor': answers.publicized,
};

const ledgers = answers.ledgers as Readonly<Record<string, unknown>>;

/** A 1×1 PNG: the photo a story attaches as evidence (the thumbnail shows its one green pixel). */
const evidencePng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** The photo a story's play function chooses in a form's file field (`userEvent.upload`). */
export function evidencePhoto(name = '院落打扫后.png'): File {
  return new File([Uint8Array.from(atob(evidencePng), (char) => char.charCodeAt(0))], name, { type: 'image/png' });
}

/**
 * The upload route (uploadAttachment) for the forms' evidence. An upload's answer describes the bytes sent, so it is
 * computed from them as the server would (size, SHA-256, the id from the hash) rather than replayed; the type is the
 * one the browser declared (the server recognizes it from the bytes) and, like the server's, it has no file name.
 */
export const evidenceUploads: HttpHandler[] = [
  http.post('*/v1/villages/:villageId/uploads/:purpose', async ({ request, params }) => {
    const bytes = await request.arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    const sha256 = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
    return HttpResponse.json(
      {
        id: `att-${sha256.slice(0, 12)}`,
        villageId: String(params.villageId),
        purpose: String(params.purpose),
        mediaType: request.headers.get('content-type') ?? 'application/octet-stream',
        size: bytes.byteLength,
        sha256,
        public: false,
        // The recorded stories' pinned clock (the demo day).
        createdAt: '2026-11-29T04:00:00.000Z',
      },
      { status: 201 },
    );
  }),
];

export const pointsDeskHandlers: HttpHandler[] = [
  ...evidenceUploads,
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

interface RecordedLedger {
  readonly householdId: string;
  readonly householdNumber: string;
  readonly name: string;
  readonly entries: readonly { readonly id: string; readonly status: string }[];
}

/**
 * The cadre's revocation and every staff member's family ties, over the recorded ledgers (no new data): the household
 * search finds the ledgers' households, a revocation turns a recorded effective entry into the revoked one the server
 * answers (revoked on the recorded day, its reason in the history), and declared ties are kept for the story's life.
 * Put them before the desk's own: `pointsDesk: [...pointsDeskStaffTools, ...pointsDeskHandlers]`.
 */
export const pointsDeskStaffTools: HttpHandler[] = (() => {
  const recorded = Object.values(ledgers) as RecordedLedger[];
  const revoked = new Map<string, string>();
  const ties: string[] = [];
  const today = listFixture.seed.today;
  const ledgerOf = (householdId: string) => recorded.find((one) => one.householdId === householdId);
  return [
    http.get('*/v1/villages/:villageId/households', ({ request }) => {
      const q = new URL(request.url).searchParams.get('q')?.trim() ?? '';
      const items = recorded
        .filter((one) => q !== '' && (one.householdNumber.includes(q) || one.name.includes(q)))
        .map((one) => ({ householdId: one.householdId, householdNumber: one.householdNumber, name: one.name }));
      return HttpResponse.json({ villageId: pointsDeskVillage, items, more: false });
    }),
    http.get('*/v1/villages/:villageId/households/:householdId/points', ({ request, params }) => {
      const ledger = ledgerOf(String(params.householdId));
      if (!ledger) return problem(request, 'not-found');
      const entries = ledger.entries.map((entry) => (revoked.has(entry.id) ? { ...entry, status: 'revoked', revokedOn: today } : entry));
      return HttpResponse.json({ ...ledger, entries });
    }),
    http.post('*/v1/villages/:villageId/points/entries/:entryId/transitions', async ({ request, params }) => {
      const body = (await request.json()) as { action?: string; reason?: string };
      const entryId = String(params.entryId);
      const entry = recorded.flatMap((one) => one.entries).find((one) => one.id === entryId);
      if (!entry || body.action !== 'revoke' || entry.status !== 'effective') return problem(request, 'not-found');
      revoked.set(entryId, body.reason ?? '');
      return HttpResponse.json({ ...entry, status: 'revoked', revokedOn: today });
    }),
    http.get('*/v1/villages/:villageId/points/family-ties', () =>
      HttpResponse.json({ staffId: 'demo-staff', villageId: pointsDeskVillage, householdIds: [...ties] }),
    ),
    http.post('*/v1/villages/:villageId/points/family-ties', async ({ request }) => {
      const body = (await request.json()) as { householdIds?: string[] };
      for (const id of body.householdIds ?? []) if (!ties.includes(id)) ties.push(id);
      return HttpResponse.json({ staffId: 'demo-staff', villageId: pointsDeskVillage, householdIds: [...ties] });
    }),
  ];
})();

interface RecordedEntry {
  readonly id: string;
  readonly status: string;
  readonly noticeStartedOn?: string;
  readonly attachmentIds?: readonly string[];
  readonly history: readonly { readonly status: string; readonly reason?: string }[];
}

/** The recorded household whose ledger has entries in four states (effective, rejected, under notice, first review). */
const villagerHousehold = 'h-000040';
/** v-qs-01 keeps the default notice of 7 days (seed settingsByIndex[0]); the board shows its last day. */
const noticeDays = 7;

function lastNoticeDay(started: string): string {
  const day = new Date(`${started}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + noticeDays - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * The villager's side of the desk (the token `demo-villager`): the staff queue refuses it (above), and the household's
 * own entries (listOwnPointsEntries) are the recorded ledger of one household, newest first, with the fields the
 * server adds worked out from the recorded documents (notice end, open objection, the reason of a rejection). A
 * declaration answers the recorded one, submitted at once as a household's is. Put them before the desk's own:
 * `pointsDesk: [...pointsDeskVillager, ...pointsDeskHandlers]`.
 */
export const pointsDeskVillager: HttpHandler[] = (() => {
  const ledger = ledgers[villagerHousehold] as { readonly entries: readonly RecordedEntry[]; readonly asOf: string };
  const declared: unknown[] = [];
  const own = (entry: RecordedEntry) => ({
    ...entry,
    noticeUntil: entry.status === 'publicized' && entry.noticeStartedOn ? lastNoticeDay(entry.noticeStartedOn) : null,
    objected: false,
    reason:
      entry.status === 'rejected' || entry.status === 'revoked'
        ? ([...entry.history].reverse().find((step) => step.status === entry.status)?.reason ?? null)
        : null,
    attachmentCount: entry.attachmentIds?.length ?? 0,
  });
  return [
    http.get('*/v1/villages/:villageId/points/my-entries', ({ request }) => {
      if (tokenOf(request) !== 'demo-villager') return problem(request, 'forbidden');
      const items = [...declared, ...[...ledger.entries].reverse().map(own)];
      return HttpResponse.json({ items, nextCursor: null, householdId: villagerHousehold, total: items.length, asOf: ledger.asOf });
    }),
    http.post('*/v1/villages/:villageId/points/declarations', () => {
      const submitted = answers.submitted.results[0]?.entry as unknown as RecordedEntry;
      const entry = { ...own(submitted), householdId: villagerHousehold };
      declared.unshift(entry);
      return HttpResponse.json(entry, { status: 201 });
    }),
  ];
})();
