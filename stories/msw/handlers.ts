/**
 * The API as the stories see it: MSW serves the responses that `packages/components/scripts/fixtures/leaderboard.ts` recorded
 * from the real reference server (seeded demo county, pinned clock). Nothing here invents data; the handlers only
 * pick the recorded response for a request and cut it into pages, as the server would.
 *
 * Handlers are grouped by route (`rules`, `leaderboard`, `household`) so a story can replace one group through
 * `parameters.msw.handlers`, e.g. `{ leaderboard: offlineLeaderboard }`.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import householdFixture from '../fixtures/household-points.json';
import largeFixture from '../fixtures/leaderboard-large.json';
import mainFixture from '../fixtures/leaderboard-v-qs-01.json';
import blackListOffFixture from '../fixtures/leaderboard-v-qs-02.json';
import problemsFixture from '../fixtures/problems.json';
import rulesFixture from '../fixtures/points-rules.json';

type Row = Readonly<Record<string, unknown>> & { readonly householdNumber: string; readonly name: string };

interface Board {
  readonly items: readonly Row[];
  readonly villageId: string;
  readonly period: string;
  readonly periodKind: string;
  readonly category: string | null;
  readonly list: string;
  readonly [key: string]: unknown;
}

interface BoardFile {
  readonly boards: readonly Board[];
  readonly searches: readonly (Board & { readonly q: string })[];
}

interface RecordedProblem {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
}

export type ProblemCode = 'not-found' | 'unauthorized' | 'forbidden' | 'validation' | 'internal';

const boardsByVillage: Readonly<Record<string, BoardFile>> = {
  'v-qs-01': mainFixture,
  'v-qs-02': blackListOffFixture,
};
const rulesByVillage: Readonly<Record<string, { readonly settings: { readonly periodKind: string } }>> = rulesFixture.villages;
const ledgers: Readonly<Record<string, unknown>> = householdFixture.households;
const problems = problemsFixture.problems as unknown as Readonly<Record<ProblemCode, Readonly<Record<'zh-CN' | 'en', RecordedProblem>>>>;
const largeBoards = largeFixture as unknown as BoardFile;

/** The village ids the fixtures hold: the demo cadre's village, and one whose black list is switched off. */
export const fixtureVillages = { main: 'v-qs-01', blackListOff: 'v-qs-02', unknown: 'v-nowhere' } as const;
/** The household whose ledger the household-dialog story opens (top of the default board). */
export const firstHousehold = Object.keys(ledgers)[0] ?? '';

/** The language a request asks for, as the server reads Accept-Language: English, else Chinese. */
export function localeOf(request: Request): 'zh-CN' | 'en' {
  return /^en\b/i.test(request.headers.get('accept-language') ?? '') ? 'en' : 'zh-CN';
}

/** The bearer token a request carries (the stories' demo tokens name a role), or undefined. */
export function tokenOf(request: Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
}

/** A response recorded from the reference server in both languages: the one the request's language asks for. */
export function replay(
  request: Request,
  recorded: Readonly<Record<'zh-CN' | 'en', { readonly status: number; readonly body: unknown }>>,
): Response {
  const { status, body } = recorded[localeOf(request)];
  return HttpResponse.json(body as Record<string, unknown>, {
    status,
    headers: status >= 400 ? { 'Content-Type': 'application/problem+json' } : {},
  });
}

/** The server echoes a sane `X-Request-Id` (and puts it in problems); so does the mock. */
function requestIdOf(request: Request, fallback: string): string {
  const sent = request.headers.get('x-request-id');
  return sent && /^[A-Za-z0-9._:-]{1,128}$/.test(sent) ? sent : fallback;
}

function json(request: Request, body: unknown, status = 200): Response {
  return HttpResponse.json(body as Record<string, unknown>, {
    status,
    headers: { 'X-Request-Id': requestIdOf(request, 'story'), 'Content-Language': localeOf(request), 'Cache-Control': 'no-store' },
  });
}

/** A problem exactly as the server answered it, in the caller's language, carrying the caller's request id. */
export function problem(request: Request, code: ProblemCode): Response {
  const recorded = problems[code][localeOf(request)];
  const recordedId = recorded.body.requestId;
  const requestId = requestIdOf(request, typeof recordedId === 'string' ? recordedId : 'story');
  return HttpResponse.json(
    { ...recorded.body, requestId },
    {
      status: recorded.status,
      headers: { 'Content-Type': 'application/problem+json', 'X-Request-Id': requestId, 'Content-Language': localeOf(request) },
    },
  );
}

/**
 * A combination the fixtures do not hold (e.g. a category in a past quarter). Said plainly, in the shape of a
 * problem so the widget shows its error state, rather than answered with made-up rows.
 */
function notRecorded(request: Request, what: string): Response {
  console.warn(`[msw] not recorded in stories/fixtures: ${what} — add it to packages/components/scripts/fixtures/leaderboard.ts`);
  return HttpResponse.json(
    {
      type: 'urn:shanzhi:problem:story-fixture-missing',
      title: `Story fixture missing: ${what}`,
      status: 501,
      code: 'story-fixture-missing',
      requestId: requestIdOf(request, 'story'),
    },
    { status: 501, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** `current` is the village's own board period; `month` … `all` the current one of that kind; else a period key. */
function findBoard(file: BoardFile, villageId: string, query: URLSearchParams): Board | undefined {
  const period = query.get('period') ?? 'current';
  const categoryParam = query.get('category');
  const category = categoryParam === null || categoryParam === '' ? null : categoryParam;
  const list = query.get('list') ?? 'all';
  const kind = period === 'current' ? rulesByVillage[villageId]?.settings.periodKind : period;
  return file.boards.find(
    (board) =>
      board.category === category &&
      board.list === list &&
      (['month', 'quarter', 'year', 'all'].includes(kind ?? '') ? board.periodKind === kind : board.period === period),
  );
}

/**
 * Search: the server's own answer when the query was recorded; otherwise the recorded board narrowed by
 * household number or published name — exactly what the server matches for the public, which never searches
 * by a name it is not shown (个人信息保护法 Art 25).
 */
function searchBoard(file: BoardFile, board: Board, q: string, query: URLSearchParams): Board {
  const plain = !query.get('category') && (query.get('list') ?? 'all') === 'all' && (query.get('period') ?? 'current') === 'current';
  const recorded = plain ? file.searches.find((search) => search.q === q) : undefined;
  if (recorded) return recorded;
  const needle = q.trim().toLowerCase();
  const items = board.items.filter((row) => row.householdNumber.toLowerCase().includes(needle) || row.name.toLowerCase().includes(needle));
  // `total` counts the rows of the list after the search, as the server does.
  return { ...board, items, ...('total' in board ? { total: items.length } : {}) };
}

/** Cursor pages over a recorded board; the cursor is opaque to clients, as in the contract. */
function page(request: Request, board: Board): Response {
  const query = new URL(request.url).searchParams;
  const limit = Math.min(200, Math.max(1, Number(query.get('limit') ?? 50) || 50));
  const cursor = query.get('cursor');
  const start = cursor ? Number(atob(cursor).replace(/^o:/, '')) || 0 : 0;
  const items = board.items.slice(start, start + limit);
  const end = start + items.length;
  return json(request, { ...board, items, nextCursor: end < board.items.length ? btoa(`o:${String(end)}`) : null });
}

function leaderboardFrom(files: Readonly<Record<string, BoardFile>>): HttpHandler {
  return http.get('*/v1/villages/:villageId/points/leaderboard', ({ request, params }) => {
    const villageId = String(params.villageId);
    const file = files[villageId];
    if (!file) return problem(request, 'not-found');
    const query = new URL(request.url).searchParams;
    const board = findBoard(file, villageId, query);
    if (!board) return notRecorded(request, `leaderboard ${villageId} ${query.toString()}`);
    const q = query.get('q');
    return page(request, q ? searchBoard(file, board, q, query) : board);
  });
}

export const rulesHandlers: HttpHandler[] = [
  http.get('*/v1/villages/:villageId/points/rules', ({ request, params }) => {
    const rules = rulesByVillage[String(params.villageId)];
    return rules ? json(request, rules) : problem(request, 'not-found');
  }),
];

export const leaderboardHandlers: HttpHandler[] = [leaderboardFrom(boardsByVillage)];

/**
 * Ledgers as recorded for the demo cadre. Like the server: no token → 401, a villager reading another household
 * → 403. Ledgers beyond the ten recorded answer the server's 404.
 */
export const householdHandlers: HttpHandler[] = [
  http.get('*/v1/villages/:villageId/households/:householdId/points', ({ request, params }) => {
    const token = tokenOf(request);
    if (!token) return problem(request, 'unauthorized');
    if (token === 'demo-villager') return problem(request, 'forbidden');
    const ledger = params.villageId === householdFixture.villageId ? ledgers[String(params.householdId)] : undefined;
    return ledger ? json(request, ledger) : problem(request, 'not-found');
  }),
];

/** The default API of every story. */
export const handlers = { rules: rulesHandlers, leaderboard: leaderboardHandlers, household: householdHandlers };

/** The 4,000-household county of `npm start`: one village long enough to switch the virtualizer on. */
export const largeVillageLeaderboard: HttpHandler[] = [leaderboardFrom({ 'v-qs-01': largeBoards })];

/** The server's recorded 500 `internal` problem (its request id is the one the SDK sent), on every board request. */
export const failingLeaderboard: HttpHandler[] = [
  http.get('*/v1/villages/:villageId/points/leaderboard', ({ request }) => problem(request, 'internal')),
];

/** No network at all: the fetch rejects, as it does with the cable pulled. */
export const offlineLeaderboard: HttpHandler[] = [
  http.get('*/v1/villages/:villageId/points/rules', () => HttpResponse.error()),
  http.get('*/v1/villages/:villageId/points/leaderboard', () => HttpResponse.error()),
];

/** A board that never answers: the loading skeleton stays on screen. */
export const pendingLeaderboard: HttpHandler[] = [
  http.get('*/v1/villages/:villageId/points/leaderboard', async () => {
    await delay('infinite');
    return HttpResponse.error();
  }),
];
