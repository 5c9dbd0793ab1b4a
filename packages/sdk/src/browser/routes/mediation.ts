import { change, create, lookUp, routeRefs } from '../../contract/route-ref.js';
import type * as mediation from '../../contract/routes/mediation.js';

const refs = routeRefs<Pick<typeof mediation, 'submitMediationIntake' | 'lookUpMediationCase' | 'withdrawMediationCase'>>({
  submitMediationIntake: create('/v1/mediation/cases'),
  lookUpMediationCase: lookUp('/v1/mediation/cases/{caseNumber}/lookup'),
  withdrawMediationCase: change('/v1/mediation/cases/{caseNumber}/withdrawal'),
});
export const { submitMediationIntake, lookUpMediationCase, withdrawMediationCase } = refs;
