/**
 * `<sz-points-notice>`'s API for the stories: MSW serves what `packages/components/scripts/fixtures/points-notice.ts`
 * recorded from the real reference server (`npm run fixtures:stories -- points-notice`): the 公示 board, the demo
 * villager's objections, a new objection's receipt and the server's refusals. Nothing here invents data; the empty
 * board is the recorded answer with its items taken away. Pass them to a story as
 * `parameters: { msw: { handlers: { pointsNotice: pointsNoticeHandlers } } }`.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import listFixture from '../fixtures/points-notice-list.json';
import { localeOf, problem, rulesHandlers } from './handlers.js';
import { evidenceUploads } from './points-desk-handlers.js';

type Locale = 'zh-CN' | 'en';
interface Recorded {
  readonly status: number;
  readonly body: Record<string, unknown>;
}
interface Board {
  readonly items: readonly unknown[];
  readonly [key: string]: unknown;
}

const notices = '*/v1/villages/:villageId/points/notices';
const objections = '*/v1/villages/:villageId/points/entries/:entryId/objections';
const mine = '*/v1/villages/:villageId/points/objections/mine';
const boards = listFixture.answers as unknown as Record<Locale, Board>;
const mineAnswers = listFixture.mine as unknown as Record<Locale, unknown>;
const filed = (listFixture.filed as unknown as Record<'zh-CN', Recorded>)['zh-CN'];
const duplicate = listFixture.duplicate as unknown as Record<Locale, Recorded>;
const outsideVillage = listFixture.outsideVillage as unknown as Record<Locale, Recorded>;

/** The village the recorded stories show, and the entry whose objection was recorded. */
export const pointsNoticeVillage = listFixture.village;
export const pointsNoticeEntry = listFixture.entryId;

function send(request: Request, recorded: Recorded): Response {
  const requestId = request.headers.get('x-request-id') ?? 'story';
  const isProblem = recorded.status >= 400;
  return HttpResponse.json(isProblem ? { ...recorded.body, requestId } : recorded.body, {
    status: recorded.status,
    headers: { 'Content-Type': isProblem ? 'application/problem+json' : 'application/json', 'X-Request-Id': requestId },
  });
}

/** The recorded board, paged again by the widget's `limit` and `cursor` (an offset here). */
function boardPage(request: Request, board: Board): Response {
  const query = new URL(request.url).searchParams;
  const start = Number(query.get('cursor') ?? '0') || 0;
  const limit = Number(query.get('limit') ?? '20') || 20;
  const items = board.items.slice(start, start + limit);
  const end = start + items.length;
  return HttpResponse.json({ ...board, items, nextCursor: end < board.items.length ? String(end) : null });
}

/** The objection route answering as recorded: the receipt of a new objection, or a refusal. */
function objectionAnswer(answer: (request: Request) => Recorded): HttpHandler {
  return http.post(objections, ({ request }) => send(request, answer(request)));
}

const readHandlers: HttpHandler[] = [
  http.get(notices, ({ request }) => boardPage(request, boards[localeOf(request)])),
  http.get(mine, ({ request }) => HttpResponse.json(mineAnswers[localeOf(request)] as Record<string, unknown>)),
  ...rulesHandlers,
  // The objection's evidence is uploaded as it is chosen (the same upload route as the desk's declarations).
  ...evidenceUploads,
];

export const pointsNoticeHandlers: HttpHandler[] = [...readHandlers, objectionAnswer(() => filed)];

/** A second objection from the same household: the server's 409, shown next to the reason. */
export const duplicateObjection: HttpHandler[] = [...readHandlers, objectionAnswer((request) => duplicate[localeOf(request)])];

/** A villager of another village: the server's 403, shown next to the reason. */
export const outsideVillageObjection: HttpHandler[] = [...readHandlers, objectionAnswer((request) => outsideVillage[localeOf(request)])];

/** Nothing under notice: the recorded answer without its items. */
export const emptyPointsNotice: HttpHandler[] = [
  http.get(notices, ({ request }) => boardPage(request, { ...boards[localeOf(request)], items: [], total: 0 })),
];

/** Never answers: the loading skeleton stays on screen. */
export const pendingPointsNotice: HttpHandler[] = [
  http.get(notices, async () => {
    await delay('infinite');
    return HttpResponse.error();
  }),
];

/** The server's recorded 500 `internal` problem, with the request id the SDK sent: the error state with retry. */
export const failingPointsNotice: HttpHandler[] = [http.get(notices, ({ request }) => problem(request, 'internal'))];

/** No network at all: the fetch rejects, as it does with the cable pulled. */
export const offlinePointsNotice: HttpHandler[] = [http.get(notices, () => HttpResponse.error())];
