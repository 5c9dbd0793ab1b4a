/**
 * `<sz-decision-desk>`'s API for the stories: MSW serves what `packages/components/scripts/fixtures/decision-desk.ts`
 * recorded from the real reference server (`npm run fixtures:stories -- decision-desk`); nothing here invents data.
 * Pass them to a story as `parameters: { msw: { handlers: { decisionDesk: decisionDeskHandlers } } }`.
 *
 * Like the server, decisions are for the village's cadres and supervisors: no token is refused with 401, anyone else
 * with 403. The recorded decision's party members' review did not pass: the next step is answered with the server's
 * recorded refusal (`decision.step.previousInvalid`), and the reconvened meeting with the decision as it was after it
 * (`decisionDeskAfter` serves the list and decision from then on).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import listFixture from '../fixtures/decision-desk-list.json';
import { problem, replay, tokenOf, localeOf } from './handlers.js';
import { stateHandlers } from './state-handlers.js';

type ByLocale = Readonly<Record<'zh-CN' | 'en', unknown>>;
const answers = listFixture.answers as unknown as Readonly<Record<'list' | 'invalid' | 'seeded' | 'reconvened' | 'after', ByLocale>> & {
  readonly refused: Readonly<Record<'zh-CN' | 'en', { readonly status: number; readonly body: unknown }>>;
};
const listRoute = '*/v1/villages/:villageId/decisions';
const staffTokens = new Set(['demo-cadre', 'demo-supervisor']);

/** The village the recorded stories show, and the decision recorded there. */
export const decisionDeskVillage = listFixture.village;
export const decisionDeskDecision = listFixture.decisionId;

/** An answer for the village's staff only: 401 without a token, 403 for anyone else. */
function forStaff(request: Request, recorded: ByLocale, status = 200): Response {
  const token = tokenOf(request);
  if (!token) return problem(request, 'unauthorized');
  if (!staffTokens.has(token)) return problem(request, 'forbidden');
  return HttpResponse.json(recorded[localeOf(request)] as Record<string, unknown>, { status });
}

function handlers(list: ByLocale, decision: ByLocale): HttpHandler[] {
  return [
    http.get(listRoute, ({ request }) => forStaff(request, list)),
    http.get(`${listRoute}/:decisionId`, ({ request, params }) =>
      forStaff(request, params.decisionId === decisionDeskDecision ? decision : answers.seeded),
    ),
    http.post(`${listRoute}/:decisionId/steps`, ({ request }) => replay(request, answers.refused)),
    http.post(`${listRoute}/:decisionId/attempts`, ({ request }) => forStaff(request, answers.reconvened, 201)),
  ];
}

export const decisionDeskHandlers: HttpHandler[] = handlers(answers.list, answers.invalid);

/** After the recorded meeting was reconvened: the decision waits for its resolution. */
export const decisionDeskAfter: HttpHandler[] = handlers(answers.after, answers.reconvened);

/** Never answers; the recorded 500 problem; no network (see ./state-handlers.ts). */
export const decisionDeskStates = stateHandlers(listRoute);
