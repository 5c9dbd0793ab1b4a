import { change, create, read, routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as mentoring from '../../contract/routes/mentoring.js';
import type * as supermarket from '../../contract/routes/supermarket.js';

// The staff's 帮教 desk (<sz-mentoring-desk>): the plans with their progress and the village's quiet period, assigning
// a plan, completing a milestone, the setting. Each field is checked against the full route by the compiler.
const mentoringRefs = routeRefs<RoutesOf<typeof mentoring>>({
  listMentoringHouseholds: read('/v1/villages/{villageId}/mentoring/households'),
  listMentoringPlans: read('/v1/villages/{villageId}/mentoring/plans'),
  assignMentoringPlan: create('/v1/villages/{villageId}/mentoring/plans'),
  completeMentoringMilestone: change('/v1/villages/{villageId}/mentoring/plans/{planId}/milestones/{milestoneId}/completion'),
  setMentoringSettings: change('/v1/villages/{villageId}/mentoring/settings'),
});
export const { listMentoringHouseholds, listMentoringPlans, assignMentoringPlan, completeMentoringMilestone, setMentoringSettings } =
  mentoringRefs;

// The supervisor's monthly stock and points reconciliation of the 爱心超市 (<sz-love-supermarket mode="reconciliation">).
const reconciliationRefs = routeRefs<Pick<typeof supermarket, 'getSupermarketReconciliation'>>({
  getSupermarketReconciliation: read('/v1/villages/{villageId}/supermarket/reconciliations/{month}'),
});
export const { getSupermarketReconciliation } = reconciliationRefs;
