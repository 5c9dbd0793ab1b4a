import { create, read, routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as decisions from '../../contract/routes/decisions.js';

// The decision desk (<sz-decision-desk>): the village's decisions, one with its trail, and the cadre's and the
// supervisor's writes. Each field is checked against the full route by the compiler.
const decisionRefs = routeRefs<RoutesOf<typeof decisions>>({
  listDecisions: read('/v1/villages/{villageId}/decisions'),
  getDecision: read('/v1/villages/{villageId}/decisions/{decisionId}'),
  openDecision: create('/v1/villages/{villageId}/decisions'),
  recordDecisionStep: create('/v1/villages/{villageId}/decisions/{decisionId}/steps'),
  reconveneDecisionStep: create('/v1/villages/{villageId}/decisions/{decisionId}/attempts'),
  observeDecisionStep: create('/v1/villages/{villageId}/decisions/{decisionId}/observations'),
  publishDecisionStep: create('/v1/villages/{villageId}/decisions/{decisionId}/publications'),
});
export const {
  listDecisions,
  getDecision,
  openDecision,
  recordDecisionStep,
  reconveneDecisionStep,
  observeDecisionStep,
  publishDecisionStep,
} = decisionRefs;
