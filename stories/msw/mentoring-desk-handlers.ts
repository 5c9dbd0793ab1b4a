/**
 * `<sz-mentoring-desk>`'s API for the stories: MSW serves what `packages/components/scripts/fixtures/mentoring-desk.ts`
 * recorded from the real reference server (`npm run fixtures:stories -- mentoring-desk`); nothing here invents data.
 * Pass them to a story as `parameters: { msw: { handlers: { mentoringDesk: mentoringDeskHandlers } } }`.
 *
 * Like the server, the plans are for the village's staff (the cadre, the grid worker, the supervisor): no token is
 * refused with 401, a villager's with 403. The writes answer what the server answered: the mentor `nobody` is refused
 * at the field, a household already in a plan with 409; `mentoringDeskAfter` serves the lists after the recorded
 * plan took its household off the black list.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import listFixture from '../fixtures/mentoring-desk-list.json';
import { problem, replay, tokenOf } from './handlers.js';
import { stateHandlers } from './state-handlers.js';

const answers = listFixture.answers;
const plansRoute = '*/v1/villages/:villageId/mentoring/plans';
const boardRoute = '*/v1/villages/:villageId/points/leaderboard';
const staffTokens = new Set(['demo-cadre', 'demo-gridWorker', 'demo-supervisor']);

/** The village the recorded stories show. */
export const mentoringDeskVillage = listFixture.village;

/** The household the recorded plan was assigned to (the last one on the black list without a plan). */
export const mentoringDeskHousehold = answers.assigned.householdId;

/** The plans as staff read them: 401 without a token, 403 for anyone else. */
function plansFor(request: Request, plans: unknown): Response {
  const token = tokenOf(request);
  if (!token) return problem(request, 'unauthorized');
  return staffTokens.has(token) ? HttpResponse.json(plans as Record<string, unknown>) : problem(request, 'forbidden');
}

function handlers(plans: unknown, board: unknown): HttpHandler[] {
  return [
    http.get(plansRoute, ({ request }) => plansFor(request, plans)),
    http.get(boardRoute, () => HttpResponse.json(board as Record<string, unknown>)),
    http.post(plansRoute, async ({ request }) => {
      const body = (await request.json()) as { mentorId?: string; householdId?: string };
      if (body.mentorId === 'nobody') return replay(request, answers.refusals.notStaff);
      if (body.householdId !== mentoringDeskHousehold) return replay(request, answers.refusals.alreadyActive);
      return HttpResponse.json(answers.assigned, { status: 201 });
    }),
    http.post(`${plansRoute}/:planId/milestones/:milestoneId/completion`, () => HttpResponse.json(answers.completed)),
    http.post('*/v1/villages/:villageId/mentoring/settings', () => HttpResponse.json(answers.settings)),
  ];
}

export const mentoringDeskHandlers: HttpHandler[] = handlers(answers.plans, answers.board);

/** After the recorded plan: its household off the black list, the plan ended with the day it left. */
export const mentoringDeskAfter: HttpHandler[] = handlers(answers.plansAfter, answers.boardAfter);

/** Never answers; the recorded 500 problem; no network (see ./state-handlers.ts). */
export const mentoringDeskStates = stateHandlers(plansRoute);
