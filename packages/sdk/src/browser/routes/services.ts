import { create, read, routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as services from '../../contract/routes/services.js';

const refs = routeRefs<RoutesOf<typeof services>>({
  listServices: read('/v1/regions/{regionId}/services', { paged: true }),
  getService: read('/v1/services/{serviceCode}'),
  checkEligibility: ['POST', '/v1/services/{serviceCode}/eligibility', 'none'],
  requestProxyService: create('/v1/services/{serviceCode}/proxy-requests'),
});
export const { listServices, getService, checkEligibility, requestProxyService } = refs;
