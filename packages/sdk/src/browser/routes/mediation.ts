import type { RouteRef } from '../../contract/route-ref.js';
import type * as mediation from '../../contract/routes/mediation.js';

export const submitMediationIntake: RouteRef<typeof mediation.submitMediationIntake> = {
  id: 'submitMediationIntake',
  method: 'POST',
  path: '/v1/mediation/cases',
  idempotency: 'required',
};
export const lookUpMediationCase: RouteRef<typeof mediation.lookUpMediationCase> = {
  id: 'lookUpMediationCase',
  method: 'POST',
  path: '/v1/mediation/cases/{caseNumber}/lookup',
  idempotency: 'none',
  readOnly: true,
};
export const withdrawMediationCase: RouteRef<typeof mediation.withdrawMediationCase> = {
  id: 'withdrawMediationCase',
  method: 'POST',
  path: '/v1/mediation/cases/{caseNumber}/withdrawal',
  idempotency: 'optional',
};
