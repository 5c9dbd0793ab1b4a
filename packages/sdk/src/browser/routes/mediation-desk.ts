import { routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as mediationDesk from '../../contract/routes/mediation-desk.js';

// The mediator's desk (<sz-mediation-desk>; docs/mediation-desk.md): the queue, one case's desk and every step from
// acceptance to the 回访. Each field is checked against the full route by the compiler.
const mediationDeskRefs = routeRefs<RoutesOf<typeof mediationDesk>>({
  listMediationQueue: ['GET', '/v1/mediation/desk', 'none', { paged: true }],
  getMediationDesk: ['GET', '/v1/mediation/cases/{caseNumber}/desk', 'none'],
  acceptMediationCase: ['POST', '/v1/mediation/cases/{caseNumber}/acceptance', 'optional'],
  refuseMediationCase: ['POST', '/v1/mediation/cases/{caseNumber}/refusal', 'optional'],
  assignMediators: ['POST', '/v1/mediation/cases/{caseNumber}/mediators', 'optional'],
  declareMediationTies: ['POST', '/v1/mediation/cases/{caseNumber}/ties', 'optional'],
  scheduleMediationSession: ['POST', '/v1/mediation/cases/{caseNumber}/sessions', 'required'],
  recordMediationSession: ['POST', '/v1/mediation/cases/{caseNumber}/sessions/{sessionId}/record', 'optional'],
  draftMediationAgreement: ['POST', '/v1/mediation/cases/{caseNumber}/agreement', 'optional'],
  signMediationAgreement: ['POST', '/v1/mediation/cases/{caseNumber}/agreement/signatures', 'optional'],
  remindJudicialConfirmation: ['POST', '/v1/mediation/cases/{caseNumber}/judicial-confirmation-reminder', 'optional'],
  recordMediationFollowUp: ['POST', '/v1/mediation/cases/{caseNumber}/follow-ups', 'required'],
  closeMediationCase: ['POST', '/v1/mediation/cases/{caseNumber}/closing', 'optional'],
  escalateMediationCase: ['POST', '/v1/mediation/cases/{caseNumber}/escalation', 'optional'],
});
export const {
  listMediationQueue,
  getMediationDesk,
  acceptMediationCase,
  refuseMediationCase,
  assignMediators,
  declareMediationTies,
  scheduleMediationSession,
  recordMediationSession,
  draftMediationAgreement,
  signMediationAgreement,
  remindJudicialConfirmation,
  recordMediationFollowUp,
  closeMediationCase,
  escalateMediationCase,
} = mediationDeskRefs;
