import { routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as decisions from '../../contract/routes/decisions.js';

// The decision desk (<sz-decision-desk>): the village's decisions, one with its trail, and the cadre's and the
// supervisor's writes. Each field is checked against the full route by the compiler.
const decisionRefs = routeRefs<RoutesOf<typeof decisions>>({
  listDecisions: ['GET', '/v1/villages/{villageId}/decisions', 'none'],
  getDecision: ['GET', '/v1/villages/{villageId}/decisions/{decisionId}', 'none'],
  openDecision: ['POST', '/v1/villages/{villageId}/decisions', 'required'],
  recordDecisionStep: ['POST', '/v1/villages/{villageId}/decisions/{decisionId}/steps', 'required'],
  reconveneDecisionStep: ['POST', '/v1/villages/{villageId}/decisions/{decisionId}/attempts', 'required'],
  observeDecisionStep: ['POST', '/v1/villages/{villageId}/decisions/{decisionId}/observations', 'required'],
  publishDecisionStep: ['POST', '/v1/villages/{villageId}/decisions/{decisionId}/publications', 'required'],
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
