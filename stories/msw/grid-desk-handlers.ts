/**
 * `<sz-grid-desk>`'s API for the stories: MSW serves what `packages/components/scripts/fixtures/grid-desk.ts` recorded
 * from the real reference server with the demo grid worker's token (`npm run fixtures:stories -- grid-desk`); nothing
 * here invents data. Pass them to a story as `parameters: { msw: { handlers: { gridDeskBasics: gridDeskBasics,
 * gridDesk: gridDeskHandlers } } }`: the basics (the worker's grids, the village's matters) stay while a state story
 * swaps the reports read (`gridDeskStates`).
 *
 * Like the server, the desk is for the village's grid workers, cadres and supervisor: no token is 401, any other 403.
 * A report or round is answered as the worker read it; the writes replay the recorded answers (of the report or round
 * they were recorded on; any other is a 404), and `gridDeskConflict` answers the assessment with the recorded 409.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import listFixture from '../fixtures/grid-desk-list.json';
import { localeOf, problem, replay, tokenOf } from './handlers.js';
import { stateHandlers } from './state-handlers.js';

type Json = Record<string, unknown>;
type ByLocale<T> = Record<'zh-CN' | 'en', T>;
const base = '*/v1/villages/:villageId';
const staffTokens = new Set(['demo-gridWorker', 'demo-cadre', 'demo-supervisor']);
const lists = listFixture.lists as unknown as ByLocale<Record<'grids' | 'settings' | 'reports' | 'rounds', Json>>;
const reports = listFixture.reports as unknown as ByLocale<Record<string, Json>>;
const rounds = listFixture.rounds as unknown as ByLocale<Record<string, Json>>;
const writes = listFixture.writes as unknown as { file: Json; assess: Record<string, Json>; visit: Record<string, Json> };
const outOfOrder = listFixture.problems.outOfOrder as unknown as ByLocale<Json>;
/** The worker's grid with its households, as getGrid answers (the report form's household picker). */
const grid = listFixture.grid as unknown as Json & { readonly id: string };

/** The village the recorded stories show. */
export const gridDeskVillage = listFixture.village;
/** The recorded reports by state (the first of each): what the stories open. */
export const gridDeskReports = Object.fromEntries(
  Object.entries(reports['zh-CN']).map(([id, report]) => [String(report.state), id]),
) as Readonly<Record<string, string>>;
/** The recorded rounds: the current one first, then one ended unfinished. */
export const gridDeskRounds = Object.keys(rounds['zh-CN']);

/** Refuses as the server does; else undefined (the token may read). */
function refusal(request: Request): Response | undefined {
  const token = tokenOf(request);
  if (!token) return problem(request, 'unauthorized');
  return staffTokens.has(token) ? undefined : problem(request, 'forbidden');
}

function read(answer: (request: Request, params: Record<string, unknown>) => Json | undefined) {
  return ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
    const refused = refusal(request);
    if (refused) return refused;
    const found = answer(request, params);
    return found ? HttpResponse.json(found) : problem(request, 'not-found');
  };
}

function write(answer: (params: Record<string, unknown>) => Json | undefined, status: number) {
  return ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
    if (tokenOf(request) === 'demo-supervisor') return problem(request, 'forbidden');
    const refused = refusal(request);
    if (refused) return refused;
    const found = answer(params);
    return found ? HttpResponse.json(found, { status }) : problem(request, 'not-found');
  };
}

/** The worker's grids and the village's list of matters: what the report form needs. */
export const gridDeskBasics: HttpHandler[] = [
  http.get(
    `${base}/grids`,
    read((request) => lists[localeOf(request)].grids),
  ),
  http.get(
    `${base}/grid/settings`,
    read((request) => lists[localeOf(request)].settings),
  ),
  // The worker's grid with its households (the report form's household picker); names are the same in both languages.
  http.get(
    `${base}/grids/:gridId`,
    read((_request, params) => (String(params.gridId) === grid.id ? grid : undefined)),
  ),
];

export const gridDeskHandlers: HttpHandler[] = [
  http.get(
    `${base}/grid-reports`,
    read((request) => lists[localeOf(request)].reports),
  ),
  http.get(
    `${base}/grid-reports/:reportId`,
    read((request, params) => reports[localeOf(request)][String(params.reportId)]),
  ),
  http.get(
    `${base}/grid-rounds`,
    read((request) => lists[localeOf(request)].rounds),
  ),
  http.get(
    `${base}/grid-rounds/:roundId`,
    read((request, params) => rounds[localeOf(request)][String(params.roundId)]),
  ),
  http.post(
    `${base}/grid-reports`,
    write(() => writes.file, 201),
  ),
  http.post(
    `${base}/grid-reports/:reportId/assessment`,
    write((params) => writes.assess[String(params.reportId)], 200),
  ),
  http.post(
    `${base}/grid-rounds/:roundId/visits`,
    write((params) => writes.visit[String(params.roundId)], 201),
  ),
];

/** The assessment answered with the server's recorded 409 (a step out of order), in the caller's language. */
export const gridDeskConflict: HttpHandler[] = [
  http.post(`${base}/grid-reports/:reportId/assessment`, ({ request }) =>
    replay(request, { 'zh-CN': { status: 409, body: outOfOrder['zh-CN'] }, en: { status: 409, body: outOfOrder.en } }),
  ),
  ...gridDeskHandlers,
];

/** Never answers; the recorded 500 problem; no network (see ./state-handlers.ts). */
export const gridDeskStates = stateHandlers(`${base}/grid-reports`);
