import { routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as mentoring from '../../contract/routes/mentoring.js';
import type * as supermarket from '../../contract/routes/supermarket.js';

// The staff's 帮教 desk (<sz-mentoring-desk>): the plans with their progress and the village's quiet period, assigning
// a plan, completing a milestone, the setting. Each field is checked against the full route by the compiler.
const mentoringRefs = routeRefs<RoutesOf<typeof mentoring>>({
  listMentoringHouseholds: ['GET', '/v1/villages/{villageId}/mentoring/households', 'none'],
  listMentoringPlans: ['GET', '/v1/villages/{villageId}/mentoring/plans', 'none'],
  assignMentoringPlan: ['POST', '/v1/villages/{villageId}/mentoring/plans', 'required'],
  completeMentoringMilestone: ['POST', '/v1/villages/{villageId}/mentoring/plans/{planId}/milestones/{milestoneId}/completion', 'optional'],
  setMentoringSettings: ['POST', '/v1/villages/{villageId}/mentoring/settings', 'optional'],
});
export const { listMentoringHouseholds, listMentoringPlans, assignMentoringPlan, completeMentoringMilestone, setMentoringSettings } =
  mentoringRefs;

// The supervisor's monthly stock and points reconciliation of the 爱心超市 (<sz-love-supermarket mode="reconciliation">).
const reconciliationRefs = routeRefs<Pick<typeof supermarket, 'getSupermarketReconciliation'>>({
  getSupermarketReconciliation: ['GET', '/v1/villages/{villageId}/supermarket/reconciliations/{month}', 'none'],
});
export const { getSupermarketReconciliation } = reconciliationRefs;
