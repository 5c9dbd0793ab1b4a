import { change, create, read, routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as mediationDesk from '../../contract/routes/mediation-desk.js';

// The mediator's desk (<sz-mediation-desk>; docs/mediation-desk.md): the queue, one case's desk and every step from
// acceptance to the 回访. Each field is checked against the full route by the compiler.
const mediationDeskRefs = routeRefs<RoutesOf<typeof mediationDesk>>({
  listMediationQueue: read('/v1/mediation/desk', { paged: true }),
  getMediationDesk: read('/v1/mediation/cases/{caseNumber}/desk'),
  acceptMediationCase: change('/v1/mediation/cases/{caseNumber}/acceptance'),
  refuseMediationCase: change('/v1/mediation/cases/{caseNumber}/refusal'),
  assignMediators: change('/v1/mediation/cases/{caseNumber}/mediators'),
  declareMediationTies: change('/v1/mediation/cases/{caseNumber}/ties'),
  scheduleMediationSession: create('/v1/mediation/cases/{caseNumber}/sessions'),
  recordMediationSession: change('/v1/mediation/cases/{caseNumber}/sessions/{sessionId}/record'),
  draftMediationAgreement: change('/v1/mediation/cases/{caseNumber}/agreement'),
  signMediationAgreement: change('/v1/mediation/cases/{caseNumber}/agreement/signatures'),
  remindJudicialConfirmation: change('/v1/mediation/cases/{caseNumber}/judicial-confirmation-reminder'),
  recordMediationFollowUp: create('/v1/mediation/cases/{caseNumber}/follow-ups'),
  closeMediationCase: change('/v1/mediation/cases/{caseNumber}/closing'),
  escalateMediationCase: change('/v1/mediation/cases/{caseNumber}/escalation'),
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
