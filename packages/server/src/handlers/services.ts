import type { Handlers } from '../api/register.js';
import { HttpProblem } from '../http/problem.js';

// Being implemented: placeholder so the app compiles while the services handlers are written.
const pending = () => Promise.reject(HttpProblem.of('internal'));

export const servicesHandlers: Pick<Handlers, 'listServices' | 'getService' | 'checkEligibility' | 'requestProxyService'> = {
  listServices: pending,
  getService: pending,
  checkEligibility: pending,
  requestProxyService: pending,
};
