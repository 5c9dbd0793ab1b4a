import { routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as services from '../../contract/routes/services.js';

const refs = routeRefs<RoutesOf<typeof services>>({
  listServices: ['GET', '/v1/regions/{regionId}/services', 'none', { paged: true }],
  getService: ['GET', '/v1/services/{serviceCode}', 'none'],
  checkEligibility: ['POST', '/v1/services/{serviceCode}/eligibility', 'none'],
  requestProxyService: ['POST', '/v1/services/{serviceCode}/proxy-requests', 'required'],
});
export const { listServices, getService, checkEligibility, requestProxyService } = refs;
