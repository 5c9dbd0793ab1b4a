import type { Handlers } from '../api/register.js';
import { HttpProblem } from '../http/problem.js';

// Being implemented: placeholder so the app compiles while the mediation handlers are written.
const pending = () => Promise.reject(HttpProblem.of('internal'));

export const mediationHandlers: Pick<Handlers, 'submitMediationIntake' | 'getMediationCase' | 'recordMediationEvent' | 'withdrawMediationCase'> = {
  submitMediationIntake: pending,
  getMediationCase: pending,
  recordMediationEvent: pending,
  withdrawMediationCase: pending,
};
