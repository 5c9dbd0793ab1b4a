import { routeRefs } from '../../contract/route-ref.js';
import type * as mediation from '../../contract/routes/mediation.js';

const refs = routeRefs<Pick<typeof mediation, 'submitMediationIntake' | 'lookUpMediationCase' | 'withdrawMediationCase'>>({
  submitMediationIntake: ['POST', '/v1/mediation/cases', 'required'],
  lookUpMediationCase: ['POST', '/v1/mediation/cases/{caseNumber}/lookup', 'none', { readOnly: true }],
  withdrawMediationCase: ['POST', '/v1/mediation/cases/{caseNumber}/withdrawal', 'optional'],
});
export const { submitMediationIntake, lookUpMediationCase, withdrawMediationCase } = refs;
